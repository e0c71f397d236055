"use client";

import { useId, useState, type FormEvent } from "react";
import { distanceValue, parseDistance, parseDuration, type DistanceUnit } from "@/components/runs/units";

const inputClass =
  "block min-h-10 w-full rounded-lg border border-line bg-surface px-2 text-base text-fg focus:border-brand focus:outline-none focus:ring-2 focus:ring-brand/30";

/** What was actually run: distance and minutes, both optional, checked before they are sent. */
export function RunActualsForm({
  units,
  distanceKm,
  minutes,
  onSave,
  onCancel,
}: {
  units: DistanceUnit;
  distanceKm: number | null;
  minutes: number | null;
  onSave: (actuals: { actualDistanceKm?: number; actualMinutes?: number }) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [distance, setDistance] = useState(distanceKm === null ? "" : distanceValue(distanceKm, units));
  const [time, setTime] = useState(minutes === null ? "" : String(minutes));
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    const km = parseDistance(distance, units);
    const min = parseDuration(time);
    if ("error" in km) return setError(km.error);
    if ("error" in min) return setError(min.error);
    onSave({ actualDistanceKm: km.km ?? undefined, actualMinutes: min.minutes ?? undefined });
  }
  return (
    <form onSubmit={submit} className="space-y-2" onPointerDown={(event) => event.stopPropagation()}>
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor={`${id}-distance`} className="text-xs font-medium">
            Distance ({units})
          </label>
          <input
            id={`${id}-distance`}
            inputMode="decimal"
            value={distance}
            onChange={(event) => setDistance(event.target.value)}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor={`${id}-minutes`} className="text-xs font-medium">
            Minutes
          </label>
          <input
            id={`${id}-minutes`}
            inputMode="numeric"
            value={time}
            onChange={(event) => setTime(event.target.value)}
            className={inputClass}
          />
        </div>
      </div>
      {error ? (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button
          type="submit"
          className="min-h-9 rounded-lg bg-run px-3 text-xs font-semibold text-white dark:text-canvas"
        >
          Save
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="min-h-9 rounded-lg px-3 text-xs font-semibold hover:bg-raised"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
