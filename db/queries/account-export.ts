import { asc, eq, getTableColumns, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  calendarFeeds,
  changeHistory,
  coachLinks,
  coachTemplates,
  comments,
  invitations,
  planSessions,
  planWeeks,
  plans,
  runCompletions,
  runs,
  sessionExercises,
  sessionLogs,
  setLogs,
  users,
} from "../schema";

/**
 * Everything one person's data export reads: their own rows only, and never a secret (password
 * hash, link token hashes, the calendar feed's token). One query per table, all keyed by the user.
 */

function withoutColumns<T extends Record<string, unknown>, K extends keyof T>(columns: T, drop: K[]): Omit<T, K> {
  const copy = { ...columns };
  for (const key of drop) delete copy[key];
  return copy;
}

export async function exportProfile(db: Database, userId: string) {
  const [row] = await db
    .select(withoutColumns(getTableColumns(users), ["passwordHash"]))
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

export function exportRuns(db: Database, userId: string) {
  return db
    .select({ ...getTableColumns(runs), completion: withoutColumns(getTableColumns(runCompletions), ["athleteId"]) })
    .from(runs)
    .leftJoin(runCompletions, eq(runCompletions.runId, runs.id))
    .where(eq(runs.athleteId, userId))
    .orderBy(asc(runs.date));
}

export function exportPlans(db: Database, userId: string) {
  return db.select().from(plans).where(eq(plans.athleteId, userId)).orderBy(asc(plans.createdAt));
}

export function exportPlanWeeks(db: Database, userId: string) {
  return db
    .select(getTableColumns(planWeeks))
    .from(planWeeks)
    .innerJoin(plans, eq(plans.id, planWeeks.planId))
    .where(eq(plans.athleteId, userId))
    .orderBy(asc(planWeeks.planId), asc(planWeeks.index));
}

export function exportPlanSessions(db: Database, userId: string) {
  return db.select().from(planSessions).where(eq(planSessions.athleteId, userId)).orderBy(asc(planSessions.date));
}

export function exportSessionExercises(db: Database, userId: string) {
  return db
    .select(getTableColumns(sessionExercises))
    .from(sessionExercises)
    .innerJoin(planSessions, eq(planSessions.id, sessionExercises.sessionId))
    .where(eq(planSessions.athleteId, userId))
    .orderBy(asc(sessionExercises.sessionId), asc(sessionExercises.position));
}

export function exportSessionLogs(db: Database, userId: string) {
  return db.select().from(sessionLogs).where(eq(sessionLogs.athleteId, userId));
}

export function exportSetLogs(db: Database, userId: string) {
  return db
    .select()
    .from(setLogs)
    .where(eq(setLogs.athleteId, userId))
    .orderBy(asc(setLogs.sessionId), asc(setLogs.position));
}

/** Comments the person wrote, on their own threads or an athlete's they coach(ed). */
export function exportCommentsWritten(db: Database, userId: string) {
  return db
    .select(withoutColumns(getTableColumns(comments), ["authorId"]))
    .from(comments)
    .where(eq(comments.authorId, userId))
    .orderBy(asc(comments.createdAt));
}

/** Their links as athlete or coach, with the other person's name as the app shows it. */
export function exportCoachLinks(db: Database, userId: string) {
  return db
    .select({
      ...getTableColumns(coachLinks),
      otherName: sql<
        string | null
      >`(select u.name from ${users} u where u.id = case when ${coachLinks.athleteId} = ${userId} then ${coachLinks.coachId} else ${coachLinks.athleteId} end)`,
    })
    .from(coachLinks)
    .where(or(eq(coachLinks.athleteId, userId), eq(coachLinks.coachId, userId)));
}

export function exportInvitations(db: Database, userId: string) {
  return db
    .select(withoutColumns(getTableColumns(invitations), ["tokenHash"]))
    .from(invitations)
    .where(or(eq(invitations.inviterId, userId), eq(invitations.responderId, userId)))
    .orderBy(asc(invitations.createdAt));
}

/** The change history of the person's own plan, sessions and runs, whoever made the change. */
export function exportChangeHistory(db: Database, userId: string) {
  return db.select().from(changeHistory).where(eq(changeHistory.athleteId, userId)).orderBy(asc(changeHistory.at));
}

export function exportCoachTemplates(db: Database, userId: string) {
  return db.select().from(coachTemplates).where(eq(coachTemplates.coachId, userId));
}

export async function exportCalendarFeed(db: Database, userId: string) {
  const [row] = await db
    .select(withoutColumns(getTableColumns(calendarFeeds), ["token"]))
    .from(calendarFeeds)
    .where(eq(calendarFeeds.athleteId, userId))
    .limit(1);
  return row ?? null;
}
