import { addDays, isIsoDate } from "../domain/dates";
import type { IsoDate, Run, RunType } from "../planner/types";
import { MARATHON_KM, milesToKm, roundKm } from "../ics/units";
import { weeklyRunVolume } from "../planner/run-volume";
import { WEEKDAY_SLOTS, type WeekdaySlot } from "../domain/vocabulary";

/**
 * Published plans are tables of weeks x days ending on race day. A template here is the same:
 * a list of weeks, each seven slots long, where slot 6 is the race-day slot (Sunday for a
 * Sunday marathon) and slot 0 the day six days before it (Monday). The whole grid is anchored on
 * the race date, so a Saturday race shifts every session one day earlier and the plan keeps its
 * shape - what coaches tell athletes to do with a printed plan.
 */

export type Workout = Omit<Run, "date">;
export type Slot = Workout | null;
/** Seven slots: [mon, tue, wed, thu, fri, sat, sun] for a Sunday race. */
export type WeekSlots = readonly [Slot, Slot, Slot, Slot, Slot, Slot, Slot];

export const DAY_SLOTS = WEEKDAY_SLOTS;
export type DaySlot = WeekdaySlot;

export function checkRaceDate(raceDate: IsoDate): void {
  if (!isIsoDate(raceDate)) throw new RangeError(`race date must be YYYY-MM-DD, got ${raceDate}`);
}

/** The first day (slot 0) of week `index` (0-based) of a `weeks`-long plan ending on raceDate. */
export function weekStart(raceDate: IsoDate, weeks: number, index: number): IsoDate {
  return addDays(raceDate, -7 * (weeks - 1 - index) - 6);
}

/** Dates every workout of the grid; empty slots are rest days and produce no Run. */
export function layOut(raceDate: IsoDate, weeks: readonly WeekSlots[]): Run[] {
  checkRaceDate(raceDate);
  return weeks.flatMap((slots, index) => {
    const start = weekStart(raceDate, weeks.length, index);
    return slots.flatMap((slot, day) => (slot ? [{ date: addDays(start, day), ...slot }] : []));
  });
}

export function week(...slots: WeekSlots): WeekSlots {
  return slots;
}

export function inMiles(type: RunType, miles: number, title: string): Workout {
  return { type, distanceKm: milesToKm(miles), title };
}

export function inKm(type: RunType, km: number, title: string): Workout {
  return { type, distanceKm: roundKm(km), title };
}

export function crossTraining(
  minutes: number,
  title = `Cross-training ${minutes} min (bike, swim or elliptical)`,
): Workout {
  return { type: "cross", durationMin: minutes, title };
}

export const MARATHON: Workout = { type: "race", distanceKm: MARATHON_KM, title: "Marathon race day" };

/** Running kilometres per week, by the one definition of run volume (server/planner/run-volume.ts). */
export function weeklyRunKm(runs: readonly Run[], raceDate: IsoDate, weeks: number): number[] {
  return weeklyRunVolume(runs, weekStart(raceDate, weeks, 0), weeks).volumeKm.map(roundKm);
}
