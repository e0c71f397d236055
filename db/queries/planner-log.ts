import { and, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { LoggedSession } from "../../server/domain/plan";
import { MAX_LOGGED_SESSIONS } from "../../server/domain/limits";
import type { Database } from "../client";
import { planSessions, plans, sessionExercises, sessionLogs, setLogs } from "../schema";

export type PlannerLogWindow = {
  athleteId: string;
  /** The athlete's today: later sessions are not due yet. */
  today: string;
};

type SessionRow = {
  id: string;
  date: string;
  status: string | null;
  reason: LoggedSession["skipReason"] | null;
  rpe: number | null;
  soreness: LoggedSession["soreness"] | null;
  optional: boolean;
  active: boolean;
};

/** A session the planner reads: checked off (done, partly done, skipped), or due before today with no tick (missed). */
function statusOf(row: SessionRow, today: string): LoggedSession["status"] | null {
  if (row.status === "done" || row.status === "partial" || row.status === "skipped") return row.status;
  // An optional travel session is offered, not expected: never missed. Only the active plan's sessions are due.
  if (row.optional || !row.active || row.date >= today) return null;
  return "missed";
}

/**
 * The training log as the planner reads it (server/domain/plan.ts, loggedSessionSchema): the latest
 * sessions up to today, newest first in the query and returned oldest first, each with its sets
 * and the reps it prescribed per exercise (so "beat the top of the range" can be read).
 */
export async function plannerLog(db: Database, window: PlannerLogWindow): Promise<LoggedSession[]> {
  const rows: SessionRow[] = await db
    .select({
      id: planSessions.id,
      date: planSessions.date,
      status: sessionLogs.status,
      reason: sessionLogs.reason,
      rpe: sessionLogs.rpe,
      soreness: sessionLogs.soreness,
      optional: planSessions.optional,
      active: sql<boolean>`${plans.status} = 'active'`,
    })
    .from(planSessions)
    .innerJoin(plans, eq(plans.id, planSessions.planId))
    .leftJoin(sessionLogs, eq(sessionLogs.sessionId, planSessions.id))
    .where(and(eq(planSessions.athleteId, window.athleteId), lte(planSessions.date, window.today)))
    .orderBy(desc(planSessions.date))
    .limit(MAX_LOGGED_SESSIONS * 2);
  const picked = rows
    .map((row) => ({ row, status: statusOf(row, window.today) }))
    .filter((x): x is { row: SessionRow; status: LoggedSession["status"] } => x.status !== null)
    .slice(0, MAX_LOGGED_SESSIONS);
  if (picked.length === 0) return [];
  const ids = picked.map((x) => x.row.id);
  const [sets, prescribed] = await Promise.all([
    db
      .select({
        sessionId: setLogs.sessionId,
        exerciseId: setLogs.exerciseId,
        reps: setLogs.reps,
        loadKg: setLogs.loadKg,
      })
      .from(setLogs)
      .where(inArray(setLogs.sessionId, ids))
      .orderBy(setLogs.sessionId, setLogs.position),
    db
      .select({
        sessionId: sessionExercises.sessionId,
        exerciseId: sessionExercises.exerciseId,
        reps: sessionExercises.reps,
      })
      .from(sessionExercises)
      .where(inArray(sessionExercises.sessionId, ids)),
  ]);
  return picked
    .map(({ row, status }) => toLogged(row, status, sets, prescribed))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

type SetRow = { sessionId: string; exerciseId: string; reps: number | null; loadKg: number | null };
type PrescribedRow = { sessionId: string; exerciseId: string; reps: number | null };

function toLogged(row: SessionRow, status: LoggedSession["status"], sets: SetRow[], prescribed: PrescribedRow[]) {
  const prescribedReps: Record<string, number> = {};
  for (const line of prescribed)
    if (line.sessionId === row.id && line.reps !== null && line.reps > 0) prescribedReps[line.exerciseId] = line.reps;
  const logged: LoggedSession = {
    date: row.date,
    status,
    ...(status === "skipped" && row.reason ? { skipReason: row.reason } : {}),
    ...(row.rpe !== null ? { rpe: row.rpe } : {}),
    ...(row.soreness ? { soreness: row.soreness } : {}),
    prescribedReps,
    sets: sets
      .filter((set) => set.sessionId === row.id)
      .map((set) => ({
        exerciseId: set.exerciseId,
        ...(set.reps !== null ? { reps: set.reps } : {}),
        ...(set.loadKg !== null ? { loadKg: set.loadKg } : {}),
      })),
  };
  return logged;
}
