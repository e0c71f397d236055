import type { Database } from "@/db/client";
import { listRunsWithCompletions, type RunWithCompletion } from "@/db/queries/checkoffs";
import { listActiveSessionsInRange, type SessionWithExercises } from "@/db/queries/plans";
import { adherenceOf, runFact, sessionFact, type AdherenceFact } from "../domain/adherence";
import { runCountsForAdherence } from "../domain/checkoff";
import { addDays, startOfWeek } from "../domain/dates";
import { resolveAthlete } from "./athletes";
import { todayIn } from "./clock";
import { toRunView } from "./runs";
import type { WeekQuery } from "../schemas/plans";

/**
 * The home screen during a block: seven days from the athlete's week start, in their time
 * zone, with runs and strength sessions together, each with its check-off, and the week's
 * adherence. Three statements whatever the week holds: the athlete's settings, the runs with
 * their completions, and the sessions with their exercises and logs (one join each). The week's
 * figures come from the same arithmetic as adherence.summary, fed with the rows already loaded.
 */
export async function getWeek(db: Database, viewerId: string, input: WeekQuery, now: Date) {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const today = todayIn(athlete.timeZone, now);
  const weekStart = startOfWeek(input.date ?? today, athlete.weekStart === "sunday" ? 0 : 1);
  const weekEnd = addDays(weekStart, 6);
  const [runs, sessions] = await Promise.all([
    listRunsWithCompletions(db, athlete.id, { from: weekStart, to: weekEnd }),
    listActiveSessionsInRange(db, athlete.id, weekStart, weekEnd),
  ]);
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

function prescribedSets(session: SessionWithExercises): number {
  return session.exercises.reduce((sum, exercise) => sum + exercise.sets, 0);
}

function weekSession(session: SessionWithExercises, today: string) {
  const sets = prescribedSets(session);
  return {
    id: session.id,
    planId: session.planId,
    date: session.date,
    weekIndex: session.weekIndex,
    load: session.load,
    focus: session.focus,
    status: session.status,
    movedByHand: session.movedByHand,
    exerciseCount: session.exercises.length,
    sets,
    /** Estimated length, warm-up included; null for sessions stored before it was estimated. */
    minutes: session.minutes,
    optional: session.optional,
    checkOff: {
      status: session.status,
      reason: session.log?.reason ?? null,
      rpe: session.log?.rpe ?? null,
      soreness: session.log?.soreness ?? null,
      loggedSets: session.loggedSets,
      prescribedSets: sets,
      due: session.date <= today,
    },
  };
}

function weekRun(run: RunWithCompletion, today: string) {
  return {
    ...toRunView(run),
    checkOff: {
      status: run.completion?.status ?? "planned",
      reason: run.completion?.reason ?? null,
      actualDistanceKm: run.completion?.actualDistanceKm ?? null,
      actualMinutes: run.completion?.actualMinutes ?? null,
      due: run.date <= today,
    },
  };
}

/** What is due this week, as the adherence aggregate would count it. */
function weekFacts(runs: RunWithCompletion[], sessions: SessionWithExercises[], today: string): AdherenceFact[] {
  return [
    ...sessions
      .filter((session) => session.date <= today)
      .map((session) => sessionFact(session.status, prescribedSets(session), session.loggedSets)),
    ...runs
      .filter((run) => run.date <= today && runCountsForAdherence(run.type))
      .map((run) => runFact(run.completion?.status ?? "planned")),
  ];
}
