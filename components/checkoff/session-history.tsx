"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/client";
import { Card } from "@/components/ui/card";
import { formatLoad, type LoadUnit } from "./load-units";
import { ProgressSparkline } from "./progress-sparkline";
import type { SessionHistory } from "./types";

type ExerciseHistory = SessionHistory["exercises"][number];
type ExerciseWeek = ExerciseHistory["weeks"][number];

/** A series to draw: the top load when any load was logged, otherwise the best reps, seconds or metres. */
function seriesOf(exercise: ExerciseHistory, unit: LoadUnit) {
  const loads = exercise.weeks.filter((w) => w.topLoadKg !== null && w.topLoadKg > 0);
  if (loads.length > 0)
    return {
      what: "Top load",
      points: loads.map((w) => ({ week: w.weekIndex, value: w.topLoadKg ?? 0 })),
      format: (kg: number) => formatLoad(kg, unit),
    };
  const measures = [
    { what: "Most reps", pick: (w: ExerciseWeek) => w.topReps, suffix: "" },
    { what: "Longest hold", pick: (w: ExerciseWeek) => w.topSeconds, suffix: " s" },
    { what: "Longest distance", pick: (w: ExerciseWeek) => w.topMetres, suffix: " m" },
  ];
  const measure = measures.find((m) => exercise.weeks.some((w) => m.pick(w) !== null)) ?? measures[0]!;
  return {
    what: measure.what,
    points: exercise.weeks.flatMap((w) => {
      const value = measure.pick(w);
      return value === null ? [] : [{ week: w.weekIndex, value }];
    }),
    format: (n: number) => `${n}${measure.suffix}`,
  };
}

/** Each exercise's progress over the block, from what was logged, week by week. */
export function SessionHistoryCharts({ sessionId, unit }: { sessionId: string; unit: LoadUnit }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.sessions.history.queryOptions({ sessionId }));
  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">Progress over the block</h2>
      {history.isPending ? <p className="text-sm text-muted">Loading your progress…</p> : null}
      {history.isError ? (
        <p role="alert" className="text-sm text-danger">
          Your progress could not be loaded: {history.error.message}
        </p>
      ) : null}
      {history.data ? <Charts exercises={history.data.exercises} unit={unit} /> : null}
    </Card>
  );
}

function Charts({ exercises, unit }: { exercises: ExerciseHistory[]; unit: LoadUnit }) {
  const drawn = exercises.map((exercise) => ({ exercise, series: seriesOf(exercise, unit) }));
  if (drawn.every((d) => d.series.points.length === 0))
    return <p className="text-sm text-muted">Once you log sets, each exercise’s progress shows here week by week.</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {drawn.map(({ exercise, series }) => (
        <li key={exercise.exerciseId} className="space-y-1">
          <p className="text-sm font-medium">
            {exercise.name} <span className="font-normal text-muted">· {series.what.toLowerCase()}</span>
          </p>
          {series.points.length > 0 ? (
            <ProgressSparkline
              title={`${series.what} of ${exercise.name}`}
              points={series.points}
              format={series.format}
            />
          ) : (
            <p className="text-xs text-muted">Nothing logged yet.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
