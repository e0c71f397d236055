import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { RunStatus, SessionStatus, SetLog, SkipReason, SorenessLevel } from "../../server/domain/checkoff";
import type { Database } from "../client";
import { rowsOf } from "../rows";
import { planSessions, runCompletions, runs, sessionLogs, setLogs, users, type SetLogRow } from "../schema";
import { viewerMayAccess } from "./coaching";

/**
 * Check-off writes. Each is one statement: a CTE finds the item only if the viewer may access its
 * athlete (the shared rule from ./coaching) and tells whether its date is due (today or earlier in
 * the athlete's zone); the upsert applies only when its client time is newer than the stored one;
 * the final select returns the state as stored after the write, whether or not it applied.
 */

/** Who writes, when, and which tap it is. */
export type WriteStamp = { viewerId: string; now: Date; clientId: string; clientTime: string };

export type SessionCheckOffState = {
  sessionId: string;
  athleteId: string;
  due: boolean;
  applied: boolean;
  status: SessionStatus;
  reason: SkipReason | null;
  rpe: number | null;
  note: string | null;
  soreness: SorenessLevel | null;
  loggedSets: number;
};

/** The athlete's "today" computed in SQL from the injected clock, so the write stays one statement. */
function todayOf(now: Date): SQL {
  return sql`(${now.toISOString()}::timestamptz at time zone ${users.timeZone})::date`;
}

function sessionTarget(viewerId: string, sessionId: string, now: Date): SQL {
  return sql`select ${planSessions.id} as id, ${planSessions.athleteId} as athlete_id, ${planSessions.date} <= ${todayOf(now)} as due
    from ${planSessions} join ${users} on ${users.id} = ${planSessions.athleteId}
    where ${planSessions.id} = ${sessionId}::uuid and ${viewerMayAccess(viewerId, planSessions.athleteId)}`;
}

/**
 * Whether a write wins over the stored one: a different tap (the same client id replayed never applies
 * again) with a later client time, ties broken by client id.
 */
function newer(timeColumn: string, idColumn: string): SQL {
  return sql.raw(
    `(excluded.${idColumn} is distinct from sl.${idColumn} and (sl.${timeColumn} is null or (excluded.${timeColumn}, excluded.${idColumn}) > (sl.${timeColumn}, coalesce(sl.${idColumn}, '00000000-0000-0000-0000-000000000000'::uuid))))`,
  );
}

const SESSION_STATE = sql.raw(`t.id::text as "sessionId", t.athlete_id::text as "athleteId", t.due as "due",
  (w.session_id is not null) as "applied",
  coalesce(w.status, old.status, 'planned')::text as "status",
  (case when w.session_id is not null then w.reason else old.reason end)::text as "reason",
  (case when w.session_id is not null then w.rpe else old.rpe end)::int as "rpe",
  case when w.session_id is not null then w.note else old.note end as "note",
  (case when w.session_id is not null then w.soreness else old.soreness end)::text as "soreness",
  (select count(*)::int from set_logs where set_logs.session_id = t.id) as "loggedSets"`);

async function writeSessionLog(db: Database, target: SQL, upsert: SQL): Promise<SessionCheckOffState | undefined> {
  const result = await db.execute(sql`with t as (${target}), w as (${upsert})
    select ${SESSION_STATE} from t left join w on true left join ${sessionLogs} old on old.session_id = t.id`);
  const [row] = rowsOf<SessionCheckOffState>(result);
  return row;
}

/** Ticks a session; undefined when it does not exist or the viewer may not see it. */
export function upsertSessionCheckOff(
  db: Database,
  stamp: WriteStamp,
  input: { sessionId: string; status: SessionStatus; reason: SkipReason | null },
): Promise<SessionCheckOffState | undefined> {
  // Done or partly done only once the day has come; skipping ahead and undoing are always fine.
  const allowed = input.status === "planned" || input.status === "skipped" ? sql`true` : sql`t.due`;
  return writeSessionLog(
    db,
    sessionTarget(stamp.viewerId, input.sessionId, stamp.now),
    sql`insert into ${sessionLogs} as sl (session_id, athlete_id, status, reason, client_id, client_time, updated_at)
      select t.id, t.athlete_id, ${input.status}::session_status, ${input.reason}::skip_reason, ${stamp.clientId}::uuid, ${stamp.clientTime}::timestamptz, now()
      from t where ${allowed}
      on conflict (session_id) do update set status = excluded.status, reason = excluded.reason,
        client_id = excluded.client_id, client_time = excluded.client_time, updated_at = now()
      where ${newer("client_time", "client_id")}
      returning *`,
  );
}

/**
 * The log's effort and note. A log on an unticked session ticks it done, with the log's clock, so an
 * older tick replayed later does not undo it. The sets are replaced by `replaceSetLog` when applied.
 */
export function upsertSessionLog(
  db: Database,
  stamp: WriteStamp,
  input: { sessionId: string; rpe: number | null; note: string | null },
): Promise<SessionCheckOffState | undefined> {
  return writeSessionLog(
    db,
    sessionTarget(stamp.viewerId, input.sessionId, stamp.now),
    sql`insert into ${sessionLogs} as sl (session_id, athlete_id, status, client_id, client_time, rpe, note, log_client_id, log_client_time, updated_at)
      select t.id, t.athlete_id, 'done', ${stamp.clientId}::uuid, ${stamp.clientTime}::timestamptz, ${input.rpe}::smallint, ${input.note}::text,
        ${stamp.clientId}::uuid, ${stamp.clientTime}::timestamptz, now()
      from t where t.due
      on conflict (session_id) do update set rpe = excluded.rpe, note = excluded.note,
        log_client_id = excluded.log_client_id, log_client_time = excluded.log_client_time, updated_at = now(),
        status = case when sl.status = 'planned' and ${newer("client_time", "client_id")} then 'done' else sl.status end,
        client_id = case when sl.status = 'planned' and ${newer("client_time", "client_id")} then excluded.client_id else sl.client_id end,
        client_time = case when sl.status = 'planned' and ${newer("client_time", "client_id")} then excluded.client_time else sl.client_time end
      where ${newer("log_client_time", "log_client_id")}
      returning *`,
  );
}

export function upsertSessionSoreness(
  db: Database,
  stamp: WriteStamp,
  input: { sessionId: string; soreness: SorenessLevel },
): Promise<SessionCheckOffState | undefined> {
  return writeSessionLog(
    db,
    sessionTarget(stamp.viewerId, input.sessionId, stamp.now),
    sql`insert into ${sessionLogs} as sl (session_id, athlete_id, soreness, soreness_client_id, soreness_client_time, updated_at)
      select t.id, t.athlete_id, ${input.soreness}::soreness_level, ${stamp.clientId}::uuid, ${stamp.clientTime}::timestamptz, now()
      from t where t.due
      on conflict (session_id) do update set soreness = excluded.soreness, soreness_client_id = excluded.soreness_client_id,
        soreness_client_time = excluded.soreness_client_time, updated_at = now()
      where ${newer("soreness_client_time", "soreness_client_id")}
      returning *`,
  );
}

/** Replaces a session's set log (call in the transaction that applied the log). */
export async function replaceSetLog(
  db: Database,
  session: { sessionId: string; athleteId: string },
  sets: SetLog[],
): Promise<void> {
  await db.delete(setLogs).where(eq(setLogs.sessionId, session.sessionId));
  if (sets.length === 0) return;
  await db.insert(setLogs).values(
    sets.map((set, position) => ({
      athleteId: session.athleteId,
      sessionId: session.sessionId,
      position,
      exerciseId: set.exerciseId,
      setNumber: set.set,
      reps: set.reps ?? null,
      seconds: set.seconds ?? null,
      metres: set.metres === undefined ? null : Math.round(set.metres),
      loadKg: set.loadKg ?? null,
      bodyweight: set.bodyweight ?? false,
    })),
  );
}

export async function listSetLogs(db: Database, sessionId: string): Promise<SetLogRow[]> {
  return db.select().from(setLogs).where(eq(setLogs.sessionId, sessionId)).orderBy(asc(setLogs.position));
}

export type RunCheckOffState = {
  runId: string;
  due: boolean;
  applied: boolean;
  status: RunStatus;
  reason: SkipReason | null;
  actualDistanceKm: number | null;
  actualMinutes: number | null;
};

export type RunCheckOffInput = {
  runId: string;
  status: RunStatus;
  reason: SkipReason | null;
  actualDistanceKm: number | null;
  actualMinutes: number | null;
};

export async function upsertRunCheckOff(
  db: Database,
  stamp: WriteStamp,
  input: RunCheckOffInput,
): Promise<RunCheckOffState | undefined> {
  const allowed = input.status === "done" ? sql`t.due` : sql`true`;
  const result = await db.execute(sql`with t as (
      select ${runs.id} as id, ${runs.athleteId} as athlete_id, ${runs.date} <= ${todayOf(stamp.now)} as due
      from ${runs} join ${users} on ${users.id} = ${runs.athleteId}
      where ${runs.id} = ${input.runId}::uuid and ${viewerMayAccess(stamp.viewerId, runs.athleteId)}
    ), w as (
      insert into ${runCompletions} as sl (run_id, athlete_id, status, reason, actual_distance_km, actual_minutes, client_id, client_time, updated_at)
      select t.id, t.athlete_id, ${input.status}::run_status, ${input.reason}::skip_reason, ${input.actualDistanceKm}::double precision,
        ${input.actualMinutes}::integer, ${stamp.clientId}::uuid, ${stamp.clientTime}::timestamptz, now()
      from t where ${allowed}
      on conflict (run_id) do update set status = excluded.status, reason = excluded.reason,
        actual_distance_km = excluded.actual_distance_km, actual_minutes = excluded.actual_minutes,
        client_id = excluded.client_id, client_time = excluded.client_time, updated_at = now()
      where ${newer("client_time", "client_id")}
      returning *
    )
    select t.id::text as "runId", t.due as "due", (w.run_id is not null) as "applied",
      coalesce(w.status, old.status, 'planned')::text as "status",
      (case when w.run_id is not null then w.reason else old.reason end)::text as "reason",
      case when w.run_id is not null then w.actual_distance_km else old.actual_distance_km end as "actualDistanceKm",
      case when w.run_id is not null then w.actual_minutes else old.actual_minutes end as "actualMinutes"
    from t left join w on true left join ${runCompletions} old on old.run_id = t.id`);
  const [row] = rowsOf<RunCheckOffState>(result);
  return row;
}

export type ExerciseWeekProgress = {
  exerciseId: string;
  weekIndex: number;
  topLoadKg: number | null;
  topReps: number | null;
  topSeconds: number | null;
  topMetres: number | null;
};

/** Per exercise, the best set of each week of a plan: the block's progress, in one statement. */
export async function exerciseProgress(
  db: Database,
  planId: string,
  exerciseIds: string[],
): Promise<ExerciseWeekProgress[]> {
  if (exerciseIds.length === 0) return [];
  return db
    .select({
      exerciseId: setLogs.exerciseId,
      weekIndex: planSessions.weekIndex,
      topLoadKg: sql<number | null>`max(${setLogs.loadKg})`.mapWith((value) => (value === null ? null : Number(value))),
      topReps: sql<number | null>`max(${setLogs.reps})::int`,
      topSeconds: sql<number | null>`max(${setLogs.seconds})::int`,
      topMetres: sql<number | null>`max(${setLogs.metres})::int`,
    })
    .from(setLogs)
    .innerJoin(planSessions, eq(planSessions.id, setLogs.sessionId))
    .where(and(eq(planSessions.planId, planId), inArray(setLogs.exerciseId, exerciseIds)))
    .groupBy(setLogs.exerciseId, planSessions.weekIndex)
    .orderBy(asc(setLogs.exerciseId), asc(planSessions.weekIndex));
}
