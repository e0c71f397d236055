import type { Database } from "@/db/client";
import { addDays, startOfWeek, weekday, type IsoDate } from "../domain/dates";
import type { PlanSettings } from "../domain/plan";
import { weekStartsOn } from "../domain/vocabulary";
import { resolveAthlete } from "./athletes";
import { todayIn } from "./clock";
import type { AthleteDayQuery } from "../schemas/runs";

/**
 * "Today" and everything a page derives from it, for one athlete, from the injected clock: the
 * athlete's own date in their time zone, the bounds of the week a page shows, and the sensible
 * first values of the forms. Pages ask for this instead of reading the server's clock.
 */

/** How far ahead the forms first put a race: a full block away, on a Sunday. */
const NEW_PLAN_RACE_WEEKS = 16;
const TEMPLATE_RACE_WEEKS = 18;
const OWN_WEEK_RACE_WEEKS = 16;
/** An import's first window: today and the next 24 weeks, a marathon build and some. */
const IMPORT_WEEKS = 24;

/** The first Sunday at least `weeks` weeks after `today`: a sensible race day to start from. */
export function sundayAtLeastWeeksAfter(today: IsoDate, weeks: number): IsoDate {
  const earliest = addDays(today, weeks * 7);
  return addDays(earliest, (7 - weekday(earliest)) % 7);
}

/** A new plan's first settings: the first values a runner would most often keep. */
export function newPlanDefaults(today: IsoDate, weekStart: 0 | 1): PlanSettings {
  return {
    raceDate: sundayAtLeastWeeksAfter(today, NEW_PLAN_RACE_WEEKS),
    startDate: startOfWeek(addDays(today, 7), weekStart),
    weeks: 16,
    sessionsPerWeek: 2,
    level: "beginner",
    equipment: ["mat", "band"],
    allowRestDays: false,
    blockedDates: [],
  };
}

export async function getAthleteDay(db: Database, viewerId: string, input: AthleteDayQuery, now: Date) {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const today = todayIn(athlete.timeZone, now);
  const firstDay = weekStartsOn(athlete.weekStart);
  const weekStart = startOfWeek(input.date ?? today, firstDay);
  return {
    athleteId: athlete.id,
    today,
    timeZone: athlete.timeZone,
    units: athlete.units,
    weekStartsOn: firstDay,
    weekStart,
    weekEnd: addDays(weekStart, 6),
    defaults: {
      plan: newPlanDefaults(today, firstDay),
      templateRaceDate: sundayAtLeastWeeksAfter(today, TEMPLATE_RACE_WEEKS),
      ownWeekRaceDate: sundayAtLeastWeeksAfter(today, OWN_WEEK_RACE_WEEKS),
      importFrom: today,
      importTo: addDays(today, IMPORT_WEEKS * 7),
    },
  };
}
