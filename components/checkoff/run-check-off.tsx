"use client";

import { useId, useState, type FormEvent } from "react";
import type { RunStatus, SkipReason } from "@/server/domain/checkoff-words";
import {
  distanceValue,
  formatDistance,
  formatDuration,
  parseDistance,
  parseDuration,
  type DistanceUnit,
} from "@/components/runs/units";
import { formatDay } from "@/components/ui/dates";
import { Icon } from "./icons";
import { NotDueYet, SkipReasonChoice, TickButton, UndoButton, WaitingToSync } from "./tick-parts";
import { useRunCheckOff } from "./writes";
import { skipReasonLabel, useCheckOffWords } from "./words";

type RunCheckOffProps = {
  runId: string;
  date: string;
  label: string;
  units: DistanceUnit;
  checkOff: {
    status: RunStatus;
    reason: SkipReason | null;
    actualDistanceKm: number | null;
    actualMinutes: number | null;
    due: boolean;
  };
};

/** A run is done or skipped in one tap; what was actually run (distance, minutes) is optional. */
export function RunCheckOff({ runId, date, label, units, checkOff }: RunCheckOffProps) {
  const words = useCheckOffWords();
  const reasonId = useId();
  const state = useRunCheckOff(runId, checkOff);
  const [editing, setEditing] = useState(false);
  const itemLabel = `the ${formatDay(date, "EEEE")} ${label.toLowerCase()}`;
  const reason = skipReasonLabel(words, state.reason);
  const actuals = [formatDistance(state.actualDistanceKm, units), formatDuration(state.actualMinutes)].filter(Boolean);
  return (
    <div role="group" aria-label={`Check off ${itemLabel}`} className="space-y-1.5" data-testid="run-check-off">
      <div className="flex min-h-5 flex-wrap items-center gap-x-2 gap-y-1 text-xs">
        {state.status !== "planned" ? (
          <span className="inline-flex items-center gap-1 font-semibold text-run" data-testid="check-off-state">
            <Icon name={state.status === "done" ? "check" : "skip"} />
            {state.status === "done" ? "Done" : "Skipped"}
            {reason ? <span className="font-normal text-muted">{` · ${reason}`}</span> : null}
            {state.status === "done" && actuals.length > 0 ? (
              <span className="font-normal text-muted">{` · ${actuals.join(" · ")}`}</span>
            ) : null}
          </span>
        ) : checkOff.due ? (
          <span className="font-semibold text-warn" data-testid="check-off-state">
            To check off
          </span>
        ) : null}
        {state.status !== "planned" ? (
          <UndoButton label={`Undo the check-off of ${itemLabel}`} onUndo={() => state.tick("planned")} />
        ) : null}
        {state.waiting ? <WaitingToSync /> : null}
      </div>
      <div className="flex flex-wrap gap-1 md:gap-0.5">
        <TickButton
          icon="check"
          label="Done"
          compact
          pressed={state.status === "done"}
          disabled={!checkOff.due}
          describedBy={checkOff.due ? undefined : reasonId}
          onTick={() => state.tick("done")}
        />
        <TickButton
          icon="skip"
          label="Skipped"
          compact
          pressed={state.status === "skipped"}
          onTick={() => state.tick("skipped")}
        />
      </div>
      <NotDueYet due={checkOff.due} id={reasonId} date={date} />
      {state.status === "skipped" ? (
        <SkipReasonChoice
          itemLabel={itemLabel}
          reason={state.reason}
          onChoose={(choice) => state.tick("skipped", { reason: choice })}
        />
      ) : null}
      {state.status === "done" && !editing ? (
        <button
          type="button"
          onClick={() => setEditing(true)}
          className="min-h-8 text-xs font-semibold text-run underline-offset-2 hover:underline"
        >
          {actuals.length > 0 ? "Change distance and time" : "Add distance and time"}
        </button>
      ) : null}
      {state.status === "done" && editing ? (
        <RunActualsForm
          units={units}
          distanceKm={state.actualDistanceKm}
          minutes={state.actualMinutes}
          onCancel={() => setEditing(false)}
          onSave={(actuals) => {
            state.tick("done", actuals);
            setEditing(false);
          }}
        />
      ) : null}
      {state.error ? (
        <p role="alert" className="text-xs text-danger">
          {state.error}
        </p>
      ) : null}
    </div>
  );
}

const inputClass =
  "block min-h-10 w-full rounded-lg border border-line bg-surface px-2 text-base text-fg focus:border-brand focus:outline-none focus:ring-2 focus:ring-brand/30";

function RunActualsForm({
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
