"use client";

import { RunTypeBadge } from "@/components/runs/run-type-badge";
import { formatDistance, formatDuration, type DistanceUnit } from "@/components/runs/units";
import { cx } from "@/components/ui/cx";
import { formatShortDay, formatWeekday } from "@/components/ui/dates";
import { RunDialog, type StoredRun } from "./run-dialog";

interface Props {
  date: string;
  isToday: boolean;
  runs: (StoredRun & { needsReview: boolean })[];
  units: DistanceUnit;
  onSaved: (date: string) => void;
}

/** One day of the week: its runs (each opens the editor) and a button to add one. */
export function DayCard({ date, isToday, runs, units, onSaved }: Props) {
  const day = formatShortDay(date);
  return (
    <li
      aria-label={`${formatWeekday(date)}${isToday ? ", today" : ""}`}
      className={cx(
        "flex min-w-0 flex-col gap-2 rounded-xl border bg-surface p-3",
        // An empty day is one line on a phone: the day, "No run" and the add button.
        runs.length === 0 && "max-lg:flex-row max-lg:flex-wrap max-lg:items-center max-lg:gap-x-3",
        isToday ? "border-brand" : "border-line",
      )}
    >
      <h3 className="flex items-baseline justify-between gap-2 text-sm font-semibold">
        <span>{day}</span>
        {isToday ? (
          <span className="rounded-full bg-brand-soft px-2 py-0.5 text-xs font-semibold text-brand-strong">Today</span>
        ) : null}
      </h3>
      {runs.length > 0 ? (
        <ul className="space-y-2">
          {runs.map((run) => {
            const details = [formatDistance(run.distanceKm, units), formatDuration(run.durationMin)]
              .filter(Boolean)
              .join(" · ");
            return (
              <li key={run.id}>
                <RunDialog
                  mode="edit"
                  run={run}
                  units={units}
                  onSaved={onSaved}
                  trigger={
                    // Named by what it shows, wrapped in "Edit ... on <day>" for screen readers, so
                    // the visible text is part of the name (WCAG 2.5.3).
                    <button
                      type="button"
                      className="block w-full rounded-lg border border-line bg-canvas px-2.5 py-2 text-left text-sm hover:border-brand focus-visible:border-brand"
                    >
                      <span className="sr-only">Edit </span>
                      <span className="flex flex-wrap items-center gap-1.5">
                        <RunTypeBadge type={run.type} />
                        {run.needsReview ? <span className="text-xs font-semibold text-warn">check</span> : null}
                      </span>
                      {run.title ? <span className="mt-1 block break-words font-medium">{run.title}</span> : null}
                      {details ? <span className="mt-0.5 block tabular-nums text-muted">{details}</span> : null}
                      <span className="sr-only"> on {day}</span>
                    </button>
                  }
                />
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-muted">No run</p>
      )}
      <RunDialog
        mode="add"
        date={date}
        units={units}
        onSaved={onSaved}
        trigger={
          <button
            type="button"
            aria-label={`Add run on ${day}`}
            className={cx(
              "mt-auto min-h-10 whitespace-nowrap rounded-lg border border-dashed border-line px-3 text-sm font-medium text-muted hover:border-brand hover:text-fg",
              runs.length === 0 && "max-lg:ml-auto max-lg:mt-0",
            )}
          >
            + Add run
          </button>
        }
      />
    </li>
  );
}
