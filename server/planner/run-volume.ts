import { addDays, toDayNumber, type IsoDate } from "../domain/dates";
import { NOT_RUNNING } from "../domain/enums";
import type { Run } from "./types";

/**
 * Weekly run volume, defined once. The planner (deloads on step-back weeks), the overview chart,
 * the run templates' preview and the week editor all read a week's kilometres from here, so one
 * week shows the same figure on every screen.
 *
 * - Training volume counts every run type but cross-training, rest and races: a race is the
 *   event the training serves (a marathon would swamp its taper week), not training load.
 * - A run's distance is its own when given; otherwise its duration at 6 min/km; otherwise 0,
 *   because a guess would show kilometres the athlete never entered.
 */

/** Minutes per kilometre used to turn a run's duration into distance when it has none. */
export const ESTIMATE_MIN_PER_KM = 6;

/** A run as any layer holds it: the planner's optional fields or the database's nullable ones. */
export interface VolumeEntry {
  type: Run["type"];
  distanceKm?: number | null;
  durationMin?: number | null;
}

export function runVolumeKm(run: VolumeEntry): number {
  if (NOT_RUNNING.includes(run.type) || run.type === "race") return 0;
  return runDistanceKm(run);
}

/** How far one run goes: its distance, or its duration at 6 min/km, or 0 when neither is known. */
export function runDistanceKm(run: Omit<VolumeEntry, "type">): number {
  if (run.distanceKm !== undefined && run.distanceKm !== null) return run.distanceKm;
  if (run.durationMin !== undefined && run.durationMin !== null) return run.durationMin / ESTIMATE_MIN_PER_KM;
  return 0;
}

/** The long run of a week: the longest long run or race, in km. */
export function isLongRunOrRace(run: Pick<Run, "type">): boolean {
  return run.type === "long" || run.type === "race";
}

/** Kilometres to one decimal, as every screen shows them. */
export const roundVolume = (km: number): number => Math.round(km * 10) / 10;

/**
 * A step-back week: the volume drops by 10 % or more, or the long run by 15 % or more, against
 * the week before, and the week after goes back up. The first and last weeks never are.
 */
export function stepBackWeeks(volume: readonly number[], longest: readonly number[]): boolean[] {
  return volume.map((v, w) => {
    const prevV = volume[w - 1] ?? 0;
    const prevL = longest[w - 1] ?? 0;
    const l = longest[w] ?? 0;
    const nextV = volume[w + 1];
    const nextL = longest[w + 1];
    if (w === 0 || nextV === undefined || nextL === undefined) return false;
    const dropped = (prevV > 0 && v <= 0.9 * prevV) || (prevL > 0 && l <= 0.85 * prevL);
    const rebounds = nextV > v || nextL > l;
    return dropped && rebounds;
  });
}

export interface RunVolumeWeeks {
  /** Running kilometres per week, unrounded. */
  volumeKm: number[];
  /** The longest long run or race per week, in km (0 when none). */
  longestKm: number[];
  stepBack: boolean[];
}

type VolumeRun = VolumeEntry & { date: IsoDate };

/** Volume, long run and step-back flags for `weeks` weeks from `firstWeekStart`. */
export function weeklyRunVolume(runs: readonly VolumeRun[], firstWeekStart: IsoDate, weeks: number): RunVolumeWeeks {
  const volumeKm = new Array<number>(weeks).fill(0);
  const longestKm = new Array<number>(weeks).fill(0);
  const start = toDayNumber(firstWeekStart);
  for (const run of runs) {
    const w = Math.floor((toDayNumber(run.date) - start) / 7);
    if (w < 0 || w >= weeks) continue;
    volumeKm[w] = (volumeKm[w] ?? 0) + runVolumeKm(run);
    if (isLongRunOrRace(run)) longestKm[w] = Math.max(longestKm[w] ?? 0, runDistanceKm(run));
  }
  return { volumeKm, longestKm, stepBack: stepBackWeeks(volumeKm, longestKm) };
}

/** The start of each week of a `weeks`-long span from `firstWeekStart`. */
export function weekStarts(firstWeekStart: IsoDate, weeks: number): IsoDate[] {
  return Array.from({ length: weeks }, (_, w) => addDays(firstWeekStart, 7 * w));
}
