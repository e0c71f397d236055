import { sql } from "drizzle-orm";
import type { RunStatus, SessionStatus, SkipReason, SorenessLevel } from "../../server/domain/checkoff";
import type { Database } from "../client";
import { rowsOf } from "../rows";
import type { PlanSessionRow, RunRow } from "../schema";

/** A run as the week view shows it, with its check-off (null until it is ticked). */
export type WeekRunRow = Pick<
  RunRow,
  "id" | "date" | "type" | "distanceKm" | "durationMin" | "title" | "source" | "needsReview"
> & {
  completion: {
    status: RunStatus;
    reason: SkipReason | null;
    actualDistanceKm: number | null;
    actualMinutes: number | null;
  } | null;
};

/**
 * A session as the week view shows it: its place, its check-off and its size (the exercises are
 * counted and summed by the database), without the reasons and warm-up only the session page reads.
 */
export type WeekSessionRow = Pick<
  PlanSessionRow,
  "id" | "planId" | "date" | "weekIndex" | "load" | "focus" | "minutes" | "optional" | "movedByHand"
> & {
  status: SessionStatus;
  reason: SkipReason | null;
  rpe: number | null;
  soreness: SorenessLevel | null;
  exerciseCount: number;
  prescribedSets: number;
  loggedSets: number;
};

/**
 * The runs and the active plan's sessions between two dates (inclusive), in date order, in one
 * statement: the week is the most requested view, and each list comes back as one JSON value the
 * driver hands to a native JSON.parse, instead of two statements with a typed column per field.
 */
export async function listWeekItems(
  db: Database,
  athleteId: string,
  from: string,
  to: string,
): Promise<{ runs: WeekRunRow[]; sessions: WeekSessionRow[] }> {
  const result = await db.execute(sql`
    select
      (select coalesce(json_agg(json_build_object(
          'id', r.id, 'date', r.date, 'type', r.type, 'distanceKm', r.distance_km,
          'durationMin', r.duration_min, 'title', r.title, 'source', r.source, 'needsReview', r.needs_review,
          'completion', case when rc.run_id is null then null else json_build_object(
            'status', rc.status, 'reason', rc.reason, 'actualDistanceKm', rc.actual_distance_km,
            'actualMinutes', rc.actual_minutes) end)
        order by r.date, r.created_at, r.id), '[]')::text
        from runs r left join run_completions rc on rc.run_id = r.id
        where r.athlete_id = ${athleteId} and r.date between ${from} and ${to}) as runs,
      (select coalesce(json_agg(json_build_object(
          'id', s.id, 'planId', s.plan_id, 'date', s.date, 'weekIndex', s.week_index, 'load', s.load,
          'focus', s.focus, 'minutes', s.minutes, 'optional', s.optional, 'movedByHand', s.moved_by_hand,
          'status', coalesce(sl.status::text, 'planned'), 'reason', sl.reason, 'rpe', sl.rpe,
          'soreness', sl.soreness,
          'exerciseCount', (select count(*) from session_exercises e where e.session_id = s.id),
          'prescribedSets', (select coalesce(sum(e.sets), 0) from session_exercises e where e.session_id = s.id),
          'loggedSets', (select count(*) from set_logs x where x.session_id = s.id))
        order by s.date, s.id), '[]')::text
        from plan_sessions s left join session_logs sl on sl.session_id = s.id
        where s.athlete_id = ${athleteId} and s.date between ${from} and ${to}
          and s.plan_id in (select p.id from plans p where p.athlete_id = ${athleteId} and p.status = 'active')
      ) as sessions
  `);
  const [row] = rowsOf<{ runs: string; sessions: string }>(result);
  return {
    runs: JSON.parse(row?.runs ?? "[]") as WeekRunRow[],
    sessions: JSON.parse(row?.sessions ?? "[]") as WeekSessionRow[],
  };
}
