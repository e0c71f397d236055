import { and, asc, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { SessionStatus } from "../../server/domain/checkoff";
import { planSettingsSchema, type PlanSettings } from "../../server/domain/plan";
import type { Database } from "../client";
import {
  comments,
  plans,
  planSessions,
  planWeeks,
  sessionExercises,
  sessionLogs,
  setLogs,
  type PlanRow,
  type SessionLogRow,
  type PlanSessionRow,
  type SessionExerciseRow,
} from "../schema";

export type NewPlanTree = {
  plan: typeof plans.$inferInsert & { id: string };
  weeks: (typeof planWeeks.$inferInsert)[];
  sessions: (typeof planSessions.$inferInsert & { id: string })[];
  exercises: (typeof sessionExercises.$inferInsert)[];
};

/** Writes a whole plan with one batched insert per table (four statements, however long the plan). */
export async function insertPlanTree(db: Database, tree: NewPlanTree): Promise<void> {
  await db.insert(plans).values(tree.plan);
  if (tree.weeks.length > 0) await db.insert(planWeeks).values(tree.weeks);
  await insertSessions(db, tree.sessions, tree.exercises);
}

export async function insertSessions(
  db: Database,
  sessions: (typeof planSessions.$inferInsert)[],
  exercises: (typeof sessionExercises.$inferInsert)[],
): Promise<void> {
  if (sessions.length > 0) await db.insert(planSessions).values(sessions);
  if (exercises.length > 0) await db.insert(sessionExercises).values(exercises);
}

export async function archiveActivePlan(db: Database, athleteId: string): Promise<void> {
  await db
    .update(plans)
    .set({ status: "archived", updatedAt: new Date() })
    .where(and(eq(plans.athleteId, athleteId), eq(plans.status, "active")));
}

/** A stored plan, its settings read back through the one plan-settings schema (defaults filled). */
export type StoredPlan = Omit<PlanRow, "settings"> & { settings: PlanSettings };

/** jsonb comes back as whatever was written: parse it, so old or hand-edited rows fail loudly here. */
function withParsedSettings(row: PlanRow): StoredPlan {
  return { ...row, settings: planSettingsSchema.parse(row.settings) };
}

export async function findPlan(db: Database, planId: string): Promise<StoredPlan | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, planId)).limit(1);
  return row && withParsedSettings(row);
}

export async function findActivePlan(db: Database, athleteId: string): Promise<StoredPlan | undefined> {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.athleteId, athleteId), eq(plans.status, "active")))
    .limit(1);
  return row && withParsedSettings(row);
}

export async function listPlans(db: Database, athleteId: string): Promise<StoredPlan[]> {
  const rows = await db.select().from(plans).where(eq(plans.athleteId, athleteId)).orderBy(desc(plans.createdAt));
  return rows.map(withParsedSettings);
}

export async function listPlanWeeks(db: Database, planId: string) {
  return db.select().from(planWeeks).where(eq(planWeeks.planId, planId)).orderBy(asc(planWeeks.index));
}

/**
 * A session with its exercises and its check-off: `status` comes from session_logs ("planned" when
 * nothing was ticked), `loggedSets` counts its set log.
 */
export type SessionWithExercises = PlanSessionRow & {
  status: SessionStatus;
  log: SessionLogRow | null;
  loggedSets: number;
  /** Someone commented on it: re-planning keeps it, so the conversation is never lost. */
  hasComments: boolean;
  exercises: SessionExerciseRow[];
};

const loggedSetCount = sql<number>`(select count(*)::int from ${setLogs} where ${setLogs.sessionId} = ${planSessions.id})`;
const commented = sql<boolean>`exists (select 1 from ${comments} where ${comments.sessionId} = ${planSessions.id})`;

/** Sessions with their exercises and check-offs in one statement (a join, grouped here), in date order. */
async function sessionsWhere(db: Database, where: ReturnType<typeof and>): Promise<SessionWithExercises[]> {
  const rows = await db
    .select({
      session: planSessions,
      log: sessionLogs,
      loggedSets: loggedSetCount,
      hasComments: commented,
      exercise: sessionExercises,
    })
    .from(planSessions)
    .leftJoin(sessionLogs, eq(sessionLogs.sessionId, planSessions.id))
    .leftJoin(sessionExercises, eq(sessionExercises.sessionId, planSessions.id))
    .where(where)
    .orderBy(asc(planSessions.date), asc(planSessions.id), asc(sessionExercises.position));
  const byId = new Map<string, SessionWithExercises>();
  for (const { session, log, loggedSets, hasComments, exercise } of rows) {
    let entry = byId.get(session.id);
    if (!entry) {
      const status = log?.status ?? "planned";
      entry = { ...session, status, log, loggedSets: Number(loggedSets), hasComments, exercises: [] };
      byId.set(session.id, entry);
    }
    if (exercise) entry.exercises.push(exercise);
  }
  return [...byId.values()];
}

export function listSessionsOfPlan(db: Database, planId: string): Promise<SessionWithExercises[]> {
  return sessionsWhere(db, and(eq(planSessions.planId, planId)));
}

/** The active plan's sessions between two dates, joined to the plan so it stays one statement. */
export async function listActiveSessionsInRange(db: Database, athleteId: string, from: string, to: string) {
  const active = db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.athleteId, athleteId), eq(plans.status, "active")));
  return sessionsWhere(
    db,
    and(
      eq(planSessions.athleteId, athleteId),
      inArray(planSessions.planId, active),
      gte(planSessions.date, from),
      lte(planSessions.date, to),
    ),
  );
}

export async function findSession(db: Database, sessionId: string): Promise<SessionWithExercises | undefined> {
  const [session] = await sessionsWhere(db, and(eq(planSessions.id, sessionId)));
  return session;
}

export async function updateSession(
  db: Database,
  sessionId: string,
  changes: Partial<Pick<PlanSessionRow, "date" | "movedByHand">>,
) {
  await db.update(planSessions).set(changes).where(eq(planSessions.id, sessionId));
}

export async function deleteSessions(db: Database, sessionIds: string[]): Promise<void> {
  if (sessionIds.length > 0) await db.delete(planSessions).where(inArray(planSessions.id, sessionIds));
}

export async function replaceSessionExercise(
  db: Database,
  sessionId: string,
  position: number,
  exerciseId: string,
  intensity: string,
) {
  await db
    .update(sessionExercises)
    .set({ exerciseId, intensity })
    .where(and(eq(sessionExercises.sessionId, sessionId), eq(sessionExercises.position, position)));
}

export async function markPlanReplanned(
  db: Database,
  planId: string,
  changes: Pick<PlanRow, "warnings" | "calendarFingerprint">,
) {
  await db
    .update(plans)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(plans.id, planId));
}
