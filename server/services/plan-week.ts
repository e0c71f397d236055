import type { Database } from "@/db/client";
import { listActiveSessionsInRange } from "@/db/queries/plans";
import { listRunsInRange } from "@/db/queries/runs";
import { addDays, startOfWeek } from "../domain/dates";
import { resolveAthlete } from "./athletes";
import { todayIn } from "./clock";
import { toRunView } from "./runs";

/**
 * The home screen during a block: seven days from the athlete's week start, in their time
 * zone, with runs and strength sessions together. Three statements whatever the week holds:
 * the athlete's settings, the runs, and the sessions with their exercises (one join).
 */
export async function getWeek(db: Database, viewerId: string, input: { athleteId?: string; date?: string }, now: Date) {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const today = todayIn(athlete.timeZone, now);
  const weekStart = startOfWeek(input.date ?? today, athlete.weekStart === "sunday" ? 0 : 1);
  const weekEnd = addDays(weekStart, 6);
  const [runs, sessions] = await Promise.all([
    listRunsInRange(db, athlete.id, { from: weekStart, to: weekEnd }),
    listActiveSessionsInRange(db, athlete.id, weekStart, weekEnd),
  ]);
  const days = Array.from({ length: 7 }, (_, offset) => addDays(weekStart, offset)).map((date) => ({
    date,
    isToday: date === today,
    runs: runs.filter((run) => run.date === date).map(toRunView),
    sessions: sessions
      .filter((session) => session.date === date)
      .map((session) => ({
        id: session.id,
        planId: session.planId,
        date: session.date,
        weekIndex: session.weekIndex,
        load: session.load,
        focus: session.focus,
        status: session.status,
        movedByHand: session.movedByHand,
        exerciseCount: session.exercises.length,
        sets: session.exercises.reduce((sum, exercise) => sum + exercise.sets, 0),
      })),
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
  };
}
