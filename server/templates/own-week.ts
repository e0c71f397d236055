import { addDays, startOfWeek } from "../domain/dates";
import { WEEKDAY_SLOTS } from "../domain/vocabulary";
import type { IsoDate, Run } from "../planner/types";
import { MARATHON, type DaySlot, type Workout, checkRaceDate, inKm } from "./grid";

/**
 * A marathon block built from the athlete's own week: which weekdays carry the long run, the
 * quality session, easy runs or rest. Weeks are calendar weeks (Monday to Sunday) and the last
 * one holds the race, on whatever weekday it falls.
 *
 * Long run: rises evenly from `longRunStartKm` to `longRunPeakKm`, reached in the last build
 * week; every `stepBackEvery`-th week drops to 75 % of the week before (a step-back week).
 * Taper: two weeks at 75 % and 50 % of the peak (one week at 60 % for plans under 12 weeks),
 * then race week with short easy runs only and a rest day before the race. Easy and quality
 * runs scale with the week's long run, so weekly volume follows the same waves.
 */

export type DayRole = "long" | "quality" | "easy" | "rest";

export interface OwnWeekInput {
  raceDate: IsoDate;
  /** Calendar weeks including race week, 6 to 30. */
  weeks: number;
  days: Record<DaySlot, DayRole>;
  longRunStartKm: number;
  longRunPeakKm: number;
  stepBackEvery: 3 | 4;
}

const WEEKDAY_ORDER: readonly DaySlot[] = WEEKDAY_SLOTS;
const STEP_BACK = 0.75;

const half = (km: number) => Math.round(km * 2) / 2;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function checkInput(input: OwnWeekInput): void {
  checkRaceDate(input.raceDate);
  if (!Number.isInteger(input.weeks) || input.weeks < 6 || input.weeks > 30)
    throw new RangeError("weeks must be a whole number from 6 to 30");
  const roles = Object.values(input.days);
  if (roles.length !== 7 || WEEKDAY_ORDER.some((day) => !(day in input.days)))
    throw new RangeError("days must name all seven weekdays");
  if (roles.filter((role) => role === "long").length !== 1)
    throw new RangeError("exactly one day must hold the long run");
  const { longRunStartKm: start, longRunPeakKm: peak } = input;
  if (!(start >= 5 && peak <= 45 && start <= peak))
    throw new RangeError("long runs must satisfy 5 <= start <= peak <= 45 km");
  if (input.stepBackEvery !== 3 && input.stepBackEvery !== 4) throw new RangeError("stepBackEvery must be 3 or 4");
}

/** Long-run kilometres for every week before race week: build waves, then the taper. */
export function longRunProgression(
  input: Pick<OwnWeekInput, "weeks" | "longRunStartKm" | "longRunPeakKm" | "stepBackEvery">,
): number[] {
  const taper = input.weeks >= 12 ? [0.75, 0.5] : [0.6];
  const buildWeeks = input.weeks - 1 - taper.length;
  const isStepBack = (week: number) => week % input.stepBackEvery === 0 && week < buildWeeks;
  const upWeeks = Array.from({ length: buildWeeks }, (_, i) => i + 1).filter((week) => !isStepBack(week)).length;
  const rise = upWeeks > 1 ? (input.longRunPeakKm - input.longRunStartKm) / (upWeeks - 1) : 0;
  const build: number[] = [];
  let up = 0;
  for (let week = 1; week <= buildWeeks; week++) {
    const previous = build[build.length - 1] ?? input.longRunStartKm;
    build.push(isStepBack(week) ? half(previous * STEP_BACK) : half(input.longRunStartKm + rise * up++));
  }
  return [...build, ...taper.map((share) => half(input.longRunPeakKm * share))];
}

function weekWorkouts(longKm: number, weekIndex: number): Record<Exclude<DayRole, "rest">, Workout> {
  const easyKm = half(clamp(0.35 * longKm, 5, 12));
  const qualityKm = half(clamp(0.4 * longKm, 6, 14));
  const quality =
    weekIndex % 2 === 0
      ? inKm("intervals", qualityKm, `Intervals ${qualityKm} km: 6 × 800 m at 5K pace`)
      : inKm("tempo", qualityKm, `Tempo run ${qualityKm} km with 20-30 min at threshold`);
  return {
    long: inKm("long", longKm, `Long run ${longKm} km`),
    quality,
    easy: inKm("easy", easyKm, `Easy run ${easyKm} km`),
  };
}

/** Race week: short easy runs on the usual running days, nothing the day before the race. */
function raceWeekRuns(input: OwnWeekInput, monday: IsoDate): Run[] {
  const dayBefore = addDays(input.raceDate, -1);
  const runs: Run[] = WEEKDAY_ORDER.flatMap((day, offset) => {
    const date = addDays(monday, offset);
    if (date >= dayBefore || input.days[day] === "rest") return [];
    const strides = input.days[day] === "quality" ? " with 4 × 100 m strides" : "";
    return [{ date, ...inKm("easy", 5, `Easy run 5 km${strides}`) }];
  });
  return [...runs, { date: input.raceDate, ...MARATHON }];
}

export function buildOwnWeek(input: OwnWeekInput): Run[] {
  checkInput(input);
  const raceMonday = startOfWeek(input.raceDate, 1);
  const longRuns = longRunProgression(input);
  const runs = longRuns.flatMap((longKm, index) => {
    const monday = addDays(raceMonday, -7 * (input.weeks - 1 - index));
    const workouts = weekWorkouts(longKm, index);
    return WEEKDAY_ORDER.flatMap((day, offset) => {
      const role = input.days[day];
      return role === "rest" ? [] : [{ date: addDays(monday, offset), ...workouts[role] }];
    });
  });
  return [...runs, ...raceWeekRuns(input, raceMonday)];
}
