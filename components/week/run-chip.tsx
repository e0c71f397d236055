import type { RunType } from "@/server/planner/types";
import { cx } from "@/components/ui/cx";
import { formatDistance, type Units } from "@/components/ui/distance";

const RUN_LABEL: Record<RunType, string> = {
  easy: "Easy run",
  recovery: "Recovery run",
  long: "Long run",
  tempo: "Tempo",
  intervals: "Intervals",
  hills: "Hills",
  race: "Race",
  cross: "Cross-training",
  rest: "Rest",
};

const KEY_RUNS: RunType[] = ["long", "tempo", "intervals", "hills", "race"];

export function RunChip({ run, units }: { run: { type: RunType; title: string; distanceKm: number | null; durationMin: number | null }; units: Units }) {
  const amount = run.distanceKm ? formatDistance(run.distanceKm, units) : run.durationMin ? `${run.durationMin} min` : "";
  return (
    <div className={cx("rounded-lg px-2.5 py-1.5 text-sm", KEY_RUNS.includes(run.type) ? "bg-run text-white dark:text-canvas" : "bg-run-soft text-run")}>
      <span className="font-semibold">{RUN_LABEL[run.type]}</span>
      {amount ? <span> · {amount}</span> : null}
      {run.title && run.title !== RUN_LABEL[run.type] ? <span className="block truncate text-xs opacity-80">{run.title}</span> : null}
    </div>
  );
}
