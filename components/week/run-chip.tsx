import type { RunType } from "@/server/planner/types";
import { cx } from "@/components/ui/cx";
import { runTypeLabel } from "@/components/runs/run-types";
import { formatDistance, formatDuration, type DistanceUnit } from "@/components/runs/units";

const KEY_RUNS: RunType[] = ["long", "tempo", "intervals", "hills", "race"];

export function RunChip({
  run,
  units,
}: {
  run: { type: RunType; title: string; distanceKm: number | null; durationMin: number | null };
  units: DistanceUnit;
}) {
  const label = runTypeLabel(run.type);
  const amount = run.distanceKm ? formatDistance(run.distanceKm, units) : formatDuration(run.durationMin);
  return (
    <div
      className={cx(
        "rounded-lg px-2.5 py-1.5 text-sm",
        KEY_RUNS.includes(run.type) ? "bg-run text-white dark:text-canvas" : "bg-run-soft text-run",
      )}
    >
      <span className="font-semibold">{label}</span>
      {amount ? <span> · {amount}</span> : null}
      {run.title && run.title !== label ? <span className="block truncate text-xs">{run.title}</span> : null}
    </div>
  );
}
