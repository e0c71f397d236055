"use client";

import { lazy, Suspense, useEffect, useId, useState } from "react";
import type { RunStatus, SkipReason } from "@/server/domain/checkoff-words";
import { formatDistance, formatDuration, type DistanceUnit } from "@/components/runs/units";
import { formatDay } from "@/components/ui/dates";
import { Icon } from "./icons";
import { NotDueYet, SkipReasonChoice, TickButton, UndoButton, WaitingToSync } from "./tick-parts";
import { useRunCheckOff } from "./writes";
import { skipReasonLabel, useCheckOffWords } from "./words";

// The distance-and-time form opens on a tap: it is fetched just after the page, not with it, and
// is already there when the gym has no signal.
const loadActualsForm = () => import("./run-actuals-form").then((m) => ({ default: m.RunActualsForm }));
const RunActualsForm = lazy(loadActualsForm);

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
  useEffect(() => void loadActualsForm(), []);
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
        <Suspense fallback={<p className="text-xs text-muted">Opening the form…</p>}>
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
        </Suspense>
      ) : null}
      {state.error ? (
        <p role="alert" className="text-xs text-danger">
          {state.error}
        </p>
      ) : null}
    </div>
  );
}
