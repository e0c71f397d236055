import { sql } from "drizzle-orm";
import type { AdherenceFact } from "../../server/domain/adherence";
import { NOT_RUNNING } from "../../server/domain/enums";
import type { Database } from "../client";
import { rowsOf } from "../rows";
import { planSessions, plans, runCompletions, runs, sessionExercises, sessionLogs, setLogs } from "../schema";

export type AdherenceWeekFact = AdherenceFact & { weekStart: string };

export type AdherenceWindow = {
  athleteId: string;
  from: string;
  to: string;
  /** The athlete's today: later items are not due yet and count for nothing. */
  today: string;
  /** 0 when weeks start on Sunday, 1 on Monday. */
  weekStartsOn: 0 | 1;
};

/**
 * The adherence read model: one statement over sessions, set logs, runs and their check-offs,
 * grouped by week, kind and status. It counts the active plan's sessions and any checked-off session
 * of an archived plan (what was done stays done), never an optional travel session; runs except
 * cross-training and rest days.
 * server/domain/adherence.ts turns the facts into figures.
 */
export async function adherenceFactsByWeek(db: Database, window: AdherenceWindow): Promise<AdherenceWeekFact[]> {
  const until = window.to < window.today ? window.to : window.today;
  const weekOf = (column: string) =>
    sql.raw(`(${column} - ((extract(dow from ${column})::int - ${window.weekStartsOn} + 7) % 7))::text`);
  const notRunning = sql.join(
    NOT_RUNNING.map((type) => sql`${type}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    with s as (
      select ${planSessions.date} as date, coalesce(${sessionLogs.status}::text, 'planned') as status,
        (select coalesce(sum(${sessionExercises.sets}), 0)::int from ${sessionExercises} where ${sessionExercises.sessionId} = ${planSessions.id}) as prescribed,
        (select count(*)::int from ${setLogs} where ${setLogs.sessionId} = ${planSessions.id}) as logged
      from ${planSessions}
      join ${plans} on ${plans.id} = ${planSessions.planId}
      left join ${sessionLogs} on ${sessionLogs.sessionId} = ${planSessions.id}
      where ${planSessions.athleteId} = ${window.athleteId}::uuid
        and ${planSessions.date} between ${window.from}::date and ${until}::date
        -- An optional travel session is offered, not asked: it never counts against adherence.
        and not ${planSessions.optional}
        and (${plans.status} = 'active' or coalesce(${sessionLogs.status}::text, 'planned') <> 'planned')
    ), r as (
      select ${runs.date} as date, coalesce(${runCompletions.status}::text, 'planned') as status
      from ${runs} left join ${runCompletions} on ${runCompletions.runId} = ${runs.id}
      where ${runs.athleteId} = ${window.athleteId}::uuid
        and ${runs.date} between ${window.from}::date and ${until}::date
        and ${runs.type}::text not in (${notRunning})
    ), facts as (
      -- A session's logged sets count up to its prescription (as sessionFact does for one session).
      select ${weekOf("date")} as week_start, 'strength' as kind, status, prescribed, least(logged, prescribed) as logged from s
      union all
      select ${weekOf("date")}, 'run', status, 1, 0 from r
    )
    select week_start as "weekStart", kind, status, count(*)::int as items,
      sum(prescribed)::int as prescribed, sum(logged)::int as logged
    from facts group by week_start, kind, status order by week_start, kind, status`);
  return rowsOf<AdherenceWeekFact>(result);
}
