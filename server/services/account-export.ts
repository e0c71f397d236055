import type { Database } from "@/db/client";
import {
  exportCalendarFeed,
  exportChangeHistory,
  exportCoachLinks,
  exportCoachTemplates,
  exportCommentsWritten,
  exportInvitations,
  exportPlanSessions,
  exportPlanWeeks,
  exportPlans,
  exportProfile,
  exportRuns,
  exportSessionExercises,
  exportSessionLogs,
  exportSetLogs,
} from "@/db/queries/account-export";
import { notFound } from "./errors";

/**
 * "Download my data": the caller's own rows as one JSON document, plans nested the way the app
 * shows them (weeks, then sessions with their exercises, check-off and logged sets). Only the
 * caller's data: comments they wrote, not others' replies; no password hash, token or link hash.
 */
export async function exportAccountData(db: Database, userId: string, now: Date) {
  const profile = await exportProfile(db, userId);
  if (!profile) throw notFound("Your account");
  const [runs, plans, weeks, sessions, exercises, checkOffs, setLogs] = await Promise.all([
    exportRuns(db, userId),
    exportPlans(db, userId),
    exportPlanWeeks(db, userId),
    exportPlanSessions(db, userId),
    exportSessionExercises(db, userId),
    exportSessionLogs(db, userId),
    exportSetLogs(db, userId),
  ]);
  const [commentsWritten, coachLinks, invitations, history, coachTemplates, calendarFeed] = await Promise.all([
    exportCommentsWritten(db, userId),
    exportCoachLinks(db, userId),
    exportInvitations(db, userId),
    exportChangeHistory(db, userId),
    exportCoachTemplates(db, userId),
    exportCalendarFeed(db, userId),
  ]);

  const checkOffBySession = new Map(checkOffs.map(({ sessionId, athleteId: _a, ...rest }) => [sessionId, rest]));
  const sessionsOfPlan = (planId: string) =>
    sessions
      .filter((session) => session.planId === planId)
      .map(({ planId: _p, athleteId: _a, ...session }) => ({
        ...session,
        exercises: exercises.filter((e) => e.sessionId === session.id).map(({ sessionId: _s, ...e }) => e),
        checkOff: checkOffBySession.get(session.id) ?? null,
        loggedSets: setLogs
          .filter((s) => s.sessionId === session.id)
          .map(({ sessionId: _s, athleteId: _a, ...s }) => s),
      }));

  return {
    exportedAt: now.toISOString(),
    format: "groundwork-account-export/1",
    profile,
    runs: runs.map(({ athleteId: _a, ...run }) => run),
    plans: plans.map(({ athleteId: _a, ...plan }) => ({
      ...plan,
      weeks: weeks.filter((week) => week.planId === plan.id).map(({ planId: _p, ...week }) => week),
      sessions: sessionsOfPlan(plan.id),
    })),
    commentsWritten,
    coachLinks,
    invitations,
    history,
    coachTemplates,
    calendarFeed,
  };
}
export type AccountExport = Awaited<ReturnType<typeof exportAccountData>>;
