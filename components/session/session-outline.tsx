"use client";

import { KG_PER_LB } from "@/server/domain/enums";
import { Card } from "@/components/ui/card";

/**
 * The session's frame on the session page: its estimated length, the warm-up, and a switch to the
 * 15-minute version. Imports only zod-free modules so the page's first load stays small.
 */

export type LoadUnit = "kg" | "lb";

/** A planned load in the athlete's unit: half kilos, or whole pounds (plates come in 2.5 lb). */
export function plannedLoad(kg: number, unit: LoadUnit): string {
  if (unit === "kg") return `${Number.isInteger(kg) ? kg : kg.toFixed(1)} kg`;
  return `${Math.round(kg / KG_PER_LB)} lb`;
}

export function SessionOutline({
  minutes,
  warmUp,
  shortAvailable,
  short,
  onShortChange,
}: {
  minutes: number | null;
  warmUp: string[];
  shortAvailable: boolean;
  short: boolean;
  onShortChange: (short: boolean) => void;
}) {
  return (
    <Card className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">
          Warm-up
          {minutes ? (
            <span className="font-normal text-muted"> · about {short ? 15 : minutes} minutes in all</span>
          ) : null}
        </h2>
        {shortAvailable ? (
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" checked={short} onChange={(e) => onShortChange(e.target.checked)} />
            15-minute version
          </label>
        ) : null}
      </div>
      {warmUp.length > 0 ? (
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {(short ? warmUp.slice(0, 2) : warmUp).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-muted">Five minutes of easy movement and leg swings before the first exercise.</p>
      )}
      {short ? (
        <p className="text-sm text-muted">
          Short on time: only the exercises below, with a shorter warm-up. The rest of the session can wait for next
          time.
        </p>
      ) : null}
    </Card>
  );
}
