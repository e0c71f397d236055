import type { Database } from "@/db/client";
import { listWeekItems, type WeekRunRow, type WeekSessionRow } from "@/db/queries/week-items";
import { adherenceOf, runFact, sessionFact, type AdherenceFact } from "../domain/adherence";
import { runCountsForAdherence } from "../domain/checkoff";
import { addDays, startOfWeek } from "../domain/dates";
import type { UserProfile } from "@/db/queries/users";
import { resolveAthlete } from "./athletes";
import { todayIn } from "./clock";
import type { WeekQuery } from "../schemas/plans";

/**
 * The home screen during a block: seven days from the athlete's week start, in their time
 * zone, with runs and strength sessions together, each with its check-off, and the week's
 * adherence. At most three statements whatever the week holds, sent at once: the access check and
 * the athlete's settings (none for the athlete's own week once the session check has read their
 * profile), and the runs and sessions with their check-offs in one. The week's figures come from
 * the same arithmetic as adherence.summary.
 */
export async function getWeek(
  db: Database,
  viewerId: string,
  input: WeekQuery,
  now: Date,
  viewer?: UserProfile | null,
) {
  // The week depends on the athlete's zone and week start, which the first statement reads; the
  // rows of the weeks around it are loaded beside it instead of after it (one round trip, not
  // two), then cut to the week. Nothing is returned before the access check has passed.
  const range = weeksAround(input.date ?? todayIn("UTC", now));
  const athleteId = input.athleteId ?? viewerId;
  const [athlete, around] = await Promise.all([
    resolveAthlete(db, viewerId, input.athleteId, viewer),
    listWeekItems(db, athleteId, range.from, range.to),
  ]);
  const today = todayIn(athlete.timeZone, now);
  const weekStart = startOfWeek(input.date ?? today, athlete.weekStart === "sunday" ? 0 : 1);
  const weekEnd = addDays(weekStart, 6);
  const inWeek = (item: { date: string }) => item.date >= weekStart && item.date <= weekEnd;
  const runs = around.runs.filter(inWeek);
  const sessions = around.sessions.filter(inWeek);
  const days = Array.from({ length: 7 }, (_, offset) => addDays(weekStart, offset)).map((date) => ({
    date,
    isToday: date === today,
    runs: runs.filter((run) => run.date === date).map((run) => weekRun(run, today)),
    sessions: sessions.filter((session) => session.date === date).map((session) => weekSession(session, today)),
  }));
  return {
    athlete: {
      id: athlete.id,
      name: athlete.name,
      units: athlete.units,
      weekStart: athlete.weekStart,
      timeZone: athlete.timeZone,
    },
    today,
    weekStart,
    previousWeek: addDays(weekStart, -7),
    nextWeek: addDays(weekStart, 7),
    days,
    adherence: adherenceOf(weekFacts(runs, sessions, today)),
  };
}

/**
 * Days that hold the week of `date` whatever the athlete's settings: today in any zone is within a
 * day of today in UTC, and a week starting on Sunday or Monday reaches at most six days either way.
 */
function weeksAround(date: string): { from: string; to: string } {
  return { from: addDays(date, -8), to: addDays(date, 8) };
}

function weekSession(session: WeekSessionRow, today: string) {
  return {
    id: session.id,
    planId: session.planId,
    date: session.date,
    weekIndex: session.weekIndex,
    load: session.load,
    focus: session.focus,
    status: session.status,
    movedByHand: session.movedByHand,
    exerciseCount: session.exerciseCount,
    sets: session.prescribedSets,
    /** Estimated length, warm-up included; null for sessions stored before it was estimated. */
    minutes: session.minutes,
    optional: session.optional,
    checkOff: {
      status: session.status,
      reason: session.reason,
      rpe: session.rpe,
      soreness: session.soreness,
      loggedSets: session.loggedSets,
      prescribedSets: session.prescribedSets,
      due: session.date <= today,
    },
  };
}

function weekRun({ completion, ...run }: WeekRunRow, today: string) {
  return {
    ...run,
    checkOff: {
      status: completion?.status ?? "planned",
      reason: completion?.reason ?? null,
      actualDistanceKm: completion?.actualDistanceKm ?? null,
      actualMinutes: completion?.actualMinutes ?? null,
      due: run.date <= today,
    },
  };
}

/** What is due this week, as the adherence aggregate would count it. */
function weekFacts(runs: WeekRunRow[], sessions: WeekSessionRow[], today: string): AdherenceFact[] {
  return [
    ...sessions
      .filter((session) => session.date <= today)
      .map((session) => sessionFact(session.status, session.prescribedSets, session.loggedSets)),
    ...runs
      .filter((run) => run.date <= today && runCountsForAdherence(run.type))
      .map((run) => runFact(run.completion?.status ?? "planned")),
  ];
}
