import { NOT_RUNNING } from "@/server/domain/enums";
import { roundVolume, runVolumeKm } from "@/server/planner/run-volume";
import type { RunType } from "@/server/domain/vocabulary";
import { formatDistance, type DistanceUnit } from "@/components/runs/units";

type SummaryRun = { type: RunType; distanceKm: number | null; durationMin: number | null };

/**
 * "5 runs · 33.8 km": how many runs the week holds and its running volume, by the one definition
 * of run volume (server/planner/run-volume.ts), so this figure matches the overview and previews.
 */
export function weekRunSummary(runs: readonly SummaryRun[], units: DistanceUnit): string {
  const running = runs.filter((run) => !NOT_RUNNING.includes(run.type));
  const km = roundVolume(running.reduce((sum, run) => sum + runVolumeKm(run), 0));
  const count = `${running.length} ${running.length === 1 ? "run" : "runs"}`;
  return km > 0 ? `${count} · ${formatDistance(km, units)}` : count;
}
