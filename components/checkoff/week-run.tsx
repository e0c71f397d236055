import { runTypeLabel } from "@/components/runs/run-types";
import type { DistanceUnit } from "@/components/runs/units";
import { RunChip } from "@/components/week/run-chip";
import { RunCheckOff } from "./run-check-off";
import type { WeekRunView } from "./types";

/** A run on the week view with its check-off; rest days have nothing to tick. */
export function WeekRun({ run, units }: { run: WeekRunView; units: DistanceUnit }) {
  return (
    <div className="space-y-1.5" data-testid="week-run">
      <RunChip run={run} units={units} />
      {run.checkOff && run.type !== "rest" ? (
        <RunCheckOff
          runId={run.id}
          date={run.date}
          label={runTypeLabel(run.type)}
          units={units}
          checkOff={run.checkOff}
        />
      ) : null}
    </div>
  );
}
