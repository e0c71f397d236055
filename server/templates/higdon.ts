import { HALF_MARATHON_KM } from "../ics/units";
import { MARATHON, type Slot, type WeekSlots, type Workout, crossTraining, inMiles, week } from "./grid";

/**
 * Higdon-like plans, in miles as the originals. Structure (docs/training-science.md#published-marathon-plans):
 * - Novice: Mon rest, Tue/Wed/Thu runs, Fri rest, Sat long run (6 -> 20 mi, peak week 15, a
 *   step back every third week, a half marathon in week 8), Sun cross-training; taper 12, 8, race.
 * - Intermediate: Mon cross, Tue/Thu easy, Wed medium-long, Fri rest, Sat pace run, Sun long
 *   run (8 -> 20 mi, a half marathon in week 9).
 * The mid-week half marathon is typed "long" so the marathon stays the plan's only race; the
 * title says it may be raced.
 */

const easy = (miles: number): Workout => inMiles("easy", miles, `Easy run ${miles} mi`);
const long = (miles: number): Workout => inMiles("long", miles, `Long run ${miles} mi`);
const pace = (miles: number): Workout => inMiles("tempo", miles, `Pace run ${miles} mi at goal marathon pace`);
const HALF: Workout = {
  type: "long",
  distanceKm: HALF_MARATHON_KM,
  title: "Half marathon tune-up (race it or run it as a long run)",
};
const CROSS = crossTraining(45, "Cross-training 30-60 min (bike, swim or walk)");

/** [tue, wed, thu, sat long]; a `null` Saturday is a rest day. */
type NoviceRow = readonly [number, number, number, number | Workout | null];

const NOVICE_ROWS: readonly NoviceRow[] = [
  [3, 3, 3, 6],
  [3, 3, 3, 7],
  [3, 4, 3, 5],
  [3, 4, 3, 9],
  [3, 5, 3, 10],
  [3, 5, 3, 7],
  [3, 6, 3, 12],
  [3, 6, 3, HALF],
  [3, 7, 4, 10],
  [3, 7, 4, 15],
  [4, 8, 4, 16],
  [4, 8, 5, 12],
  [4, 9, 5, 18],
  [5, 9, 5, 14],
  [5, 10, 5, 20],
  [5, 8, 4, 12],
  [4, 6, 3, 8],
  [3, 4, 2, null],
];

function noviceWeek([tue, wed, thu, sat]: NoviceRow, index: number): WeekSlots {
  const raceWeek = index === NOVICE_ROWS.length - 1;
  const saturday: Slot = typeof sat === "number" ? long(sat) : sat;
  return week(null, easy(tue), easy(wed), easy(thu), null, saturday, raceWeek ? MARATHON : CROSS);
}

export const HIGDON_NOVICE: readonly WeekSlots[] = NOVICE_ROWS.map(noviceWeek);

/** [tue, wed medium, thu, sat (pace run, plain run or rest), sun long]. */
type IntermediateRow = readonly [number, number, number, Slot, number | Workout | null];

const INTERMEDIATE_ROWS: readonly IntermediateRow[] = [
  [3, 5, 3, pace(5), 8],
  [3, 5, 3, easy(5), 9],
  [3, 5, 3, pace(5), 6],
  [3, 6, 3, pace(6), 11],
  [3, 6, 3, easy(6), 12],
  [3, 5, 3, pace(6), 9],
  [3, 7, 3, pace(7), 14],
  [3, 7, 3, easy(7), 15],
  [3, 5, 3, null, HALF],
  [3, 8, 3, pace(8), 17],
  [4, 8, 4, easy(8), 18],
  [4, 5, 4, pace(8), 13],
  [4, 9, 4, easy(6), 19],
  [4, 5, 4, pace(8), 12],
  [4, 10, 5, easy(6), 20],
  [4, 8, 4, pace(6), 12],
  [4, 6, 3, pace(4), 8],
  [3, 4, 2, null, null],
];

function intermediateWeek([tue, wed, thu, sat, sun]: IntermediateRow, index: number): WeekSlots {
  const raceWeek = index === INTERMEDIATE_ROWS.length - 1;
  const medium = inMiles("easy", wed, `Medium run ${wed} mi`);
  const sunday: Slot = raceWeek ? MARATHON : typeof sun === "number" ? long(sun) : sun;
  return week(raceWeek ? null : CROSS, easy(tue), medium, easy(thu), null, sat, sunday);
}

export const HIGDON_INTERMEDIATE: readonly WeekSlots[] = INTERMEDIATE_ROWS.map(intermediateWeek);
