import { fromDayNumber, toDayNumber } from "../domain/dates";
import { blockLength, type Block } from "./block";
import { weeklyRunVolume } from "./run-volume";
import { WEEKDAY_NAMES } from "../domain/vocabulary";
import { QUALITY_RUN_TYPES, type IsoDate, type Run, type RunType } from "./types";

/**
 * The run calendar seen from the block: one record per day of the block, computed once, so the
 * placement rules read flags instead of searching the run list. Runs outside the block are
 * ignored; several runs on one day are merged into the day's flags.
 */
export interface CalendarDay {
  /** 0 for the Monday of week 1. */
  index: number;
  date: IsoDate;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
  runs: Run[];
  race: boolean;
  goalRace: boolean;
  marathon: boolean;
  long: boolean;
  /** The quality run types on this day (tempo, intervals, hills), in input order. */
  quality: RunType[];
  easy: boolean;
  cross: boolean;
  /** Rest: an explicit rest entry, or no run on a day of a week that has training entered. */
  rest: boolean;
  /** Nothing entered in the whole week (apart from a race): we cannot tell rest from unknown. */
  unplanned: boolean;
  blocked: boolean;
  /** Before the start date, when the block starts mid-week. */
  beforeStart: boolean;
}

export interface Calendar {
  days: CalendarDay[];
  weeks: number;
  /** Block index of the goal race, when it falls in the block. */
  goalRaceIndex?: number;
  /** Estimated run volume per week, in km. */
  weekVolumeKm: number[];
  /** The longest long run or race per week, in km. */
  weekLongestKm: number[];
  /** Weeks where the run plan steps back: volume or long run drops, then rises again. */
  stepBack: boolean[];
}

export const DAY_NAMES = WEEKDAY_NAMES;

export function dayName(day: CalendarDay): string {
  return DAY_NAMES[day.weekday] ?? "that day";
}

/** A marathon or longer: 40 km or more, or titled "marathon" without "half". */
export function isMarathon(run: Run): boolean {
  if (run.type !== "race") return false;
  if (run.distanceKm !== undefined) return run.distanceKm >= 40;
  const title = run.title ?? "";
  return /marathon/i.test(title) && !/half|semi|1\/2/i.test(title);
}

function emptyDay(index: number, dayNumber: number): CalendarDay {
  return {
    index,
    date: fromDayNumber(dayNumber),
    weekday: (((dayNumber + 4) % 7) + 7) % 7,
    runs: [],
    race: false,
    goalRace: false,
    marathon: false,
    long: false,
    quality: [],
    easy: false,
    cross: false,
    rest: false,
    unplanned: false,
    blocked: false,
    beforeStart: false,
  };
}

function addRun(day: CalendarDay, run: Run): void {
  day.runs.push(run);
  switch (run.type) {
    case "race":
      day.race = true;
      day.marathon ||= isMarathon(run);
      break;
    case "long":
      day.long = true;
      break;
    case "easy":
    case "recovery":
      day.easy = true;
      break;
    case "cross":
      day.cross = true;
      break;
    default:
      if (QUALITY_RUN_TYPES.includes(run.type) && !day.quality.includes(run.type)) day.quality.push(run.type);
  }
}

const isTraining = (run: Run): boolean => run.type !== "race" && run.type !== "rest";

/** Marks rest days and unplanned weeks, once every run is in place. */
function classifyRest(days: CalendarDay[], weeks: number): void {
  // Indexes into the days rather than a slice per week: this runs for every plan.
  const end = Math.min(weeks * 7, days.length);
  for (let start = 0; start < end; start += 7) {
    const last = Math.min(start + 7, end);
    let trained = false;
    for (let i = start; i < last && !trained; i++) trained = days[i]?.runs.some(isTraining) ?? false;
    for (let i = start; i < last; i++) {
      const day = days[i];
      if (!day || day.runs.some(isTraining) || day.race) continue;
      if (trained || day.runs.length > 0) day.rest = true;
      else day.unplanned = true;
    }
  }
}

export interface CalendarSpec {
  runs: readonly Run[];
  blockedDates: readonly IsoDate[];
}

export function buildCalendar(block: Block, spec: CalendarSpec): Calendar {
  const length = blockLength(block);
  // A plain loop: Array.from with a map function walks a generic array-like, slower for 112 days.
  const days: CalendarDay[] = [];
  for (let i = 0; i < length; i++) days.push(emptyDay(i, block.firstMonday + i));
  const indexOf = (date: IsoDate): number => toDayNumber(date) - block.firstMonday;
  for (const run of spec.runs) {
    const day = days[indexOf(run.date)];
    if (day) addRun(day, run);
  }
  for (const date of spec.blockedDates) {
    const day = days[indexOf(date)];
    if (day) day.blocked = true;
  }
  for (let i = 0; i < block.firstPlannableDay - block.firstMonday && i < length; i++) {
    const day = days[i];
    if (day) day.beforeStart = true;
  }
  const goalRaceIndex = block.raceDay === undefined ? undefined : block.raceDay - block.firstMonday;
  const goal = goalRaceIndex === undefined ? undefined : days[goalRaceIndex];
  if (goal) {
    goal.race = true;
    goal.goalRace = true;
  }
  classifyRest(days, block.weeks);
  const volume = weeklyRunVolume(spec.runs, fromDayNumber(block.firstMonday), block.weeks);
  return {
    days,
    weeks: block.weeks,
    ...(goal ? { goalRaceIndex } : {}),
    weekVolumeKm: volume.volumeKm,
    weekLongestKm: volume.longestKm,
    stepBack: volume.stepBack,
  };
}
