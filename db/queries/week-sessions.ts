import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { builtOnce } from "../built-once";
import type { Database } from "../client";
import { plans, planSessions, sessionExercises, sessionLogs, setLogs } from "../schema";

/**
 * What the week view shows of a session: its place, its check-off and its size. One row per session
 * (the exercises are counted and summed in the statement, not joined and grouped here), and none
 * of the session's reasons or warm-up, which only the session page reads: the week is the most
 * requested view, so it carries no more than it shows.
 */
export type WeekSessionRow = Awaited<ReturnType<typeof listWeekSessions>>[number];

const exerciseCount = sql<number>`(select count(*)::int from ${sessionExercises} where ${sessionExercises.sessionId} = ${planSessions.id})`;
const prescribedSets = sql<number>`(select coalesce(sum(${sessionExercises.sets}), 0)::int from ${sessionExercises} where ${sessionExercises.sessionId} = ${planSessions.id})`;
const loggedSets = sql<number>`(select count(*)::int from ${setLogs} where ${setLogs.sessionId} = ${planSessions.id})`;

/** The active plan's sessions between two dates (inclusive), in date order, in one statement. */
export async function listWeekSessions(db: Database, athleteId: string, from: string, to: string) {
  const rows = await builtOnce(db, "week_sessions", weekSessions).execute({ athleteId, from, to });
  return rows.map((row) => ({
    ...row,
    status: row.status ?? "planned",
    exerciseCount: Number(row.exerciseCount),
    prescribedSets: Number(row.prescribedSets),
    loggedSets: Number(row.loggedSets),
  }));
}

/** Sent on every week view: built once (db/built-once.ts). */
function weekSessions(db: Database) {
  const athleteId = sql.placeholder("athleteId");
  const active = db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.athleteId, athleteId), eq(plans.status, "active")));
  return db
    .select({
      id: planSessions.id,
      planId: planSessions.planId,
      date: planSessions.date,
      weekIndex: planSessions.weekIndex,
      load: planSessions.load,
      focus: planSessions.focus,
      minutes: planSessions.minutes,
      optional: planSessions.optional,
      movedByHand: planSessions.movedByHand,
      status: sessionLogs.status,
      reason: sessionLogs.reason,
      rpe: sessionLogs.rpe,
      soreness: sessionLogs.soreness,
      exerciseCount,
      prescribedSets,
      loggedSets,
    })
    .from(planSessions)
    .leftJoin(sessionLogs, eq(sessionLogs.sessionId, planSessions.id))
    .where(
      and(
        eq(planSessions.athleteId, athleteId),
        inArray(planSessions.planId, active),
        gte(planSessions.date, sql.placeholder("from")),
        lte(planSessions.date, sql.placeholder("to")),
      ),
    )
    .orderBy(asc(planSessions.date), asc(planSessions.id))
    .prepare("week_sessions");
}
