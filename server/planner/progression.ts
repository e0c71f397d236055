import { lighterOf, loadRank } from "./rules";
import type { AthleteLevel, Load, Phase } from "./types";

/**
 * Progression across the block (docs/training-science.md#progression-from-bodyweight-to-heavy):
 * which phase each week is in, its target
 * ("top") load, how many sessions it holds, and whether it is a deload.
 *
 * Interpretation of "the top load never drops except in a deload":
 * - a week's top load is the load of its hardest session;
 * - the target top load below never decreases from one week to the next before the taper; a
 *   deload keeps the load and cuts the sets (docs/training-science.md#deloads-and-step-back-weeks);
 * - the taper may drop it: nothing heavy in the last 10 days before the race;
 * - a day rule may place every session of a week lighter than the target (say, every free day
 *   is the day after a long run); the plan then says so in a warning for that week, and the
 *   following weeks return to the target.
 */

export type WeekVolume =
  | { kind: "full" }
  /** A share of the sets of the previous week that had any sessions. */
  | { kind: "deload"; share: number }
  /** A share of the sets of the biggest week so far. */
  | { kind: "taper"; share: number };

export interface WeekTarget {
  /** 1-based. */
  index: number;
  phase: Phase;
  deload: boolean;
  load: Load;
  sessions: number;
  raceWeek: boolean;
  volume: WeekVolume;
  /** 1-based position of the week within its phase. */
  weekOfPhase: number;
}

export interface ProgressionSpec {
  weeks: number;
  level: AthleteLevel;
  sessionsPerWeek: 2 | 3;
  hasRace: boolean;
  /** Per week (0-based): the run plan steps back that week. */
  stepBack: readonly boolean[];
}

/** Deload weeks keep half the sets of the week before; the issue allows at most 60 %. */
export const DELOAD_SHARE = 0.5;
/** Taper weeks keep 50 % and 30 % of the peak week's sets; the issue allows at most 60 %. */
export const TAPER_SHARES = [0.5, 0.3] as const;
export const TAPER_WEEKS = 2;

export interface PhaseLengths {
  foundation: number;
  strength: number;
  maxStrength: number;
  power: number;
  taper: number;
}

/**
 * Phase lengths for a block. A 16-week race block gets the textbook 4-4-4-2-2. Heavy work (max
 * strength) starts no earlier than week 5 and no later than week 12; blocks too short for four
 * weeks of foundation and strength before the taper never go heavy.
 */
export function phaseLengths(weeks: number, hasRace: boolean): PhaseLengths {
  const taper = hasRace ? Math.min(TAPER_WEEKS, weeks) : 0;
  const working = weeks - taper;
  const power = working >= 6 ? Math.floor(working / 6) : 0;
  const rest = working - power;
  const foundation = Math.min(rest, Math.max(2, Math.min(4, Math.floor(rest / 3))));
  let strength = Math.min(rest - foundation, Math.max(1, Math.min(4, Math.floor((rest - foundation) / 2))));
  if (foundation + strength < 4) strength = Math.min(rest - foundation, 4 - foundation);
  return { foundation, strength, maxStrength: rest - foundation - strength, power, taper };
}

function phaseSequence(lengths: PhaseLengths): { phase: Phase; weekOfPhase: number }[] {
  const order: [Phase, number][] = [
    ["foundation", lengths.foundation],
    ["strength", lengths.strength],
    ["max-strength", lengths.maxStrength],
    ["power", lengths.power],
    ["taper", lengths.taper],
  ];
  return order.flatMap(([phase, count]) => Array.from({ length: count }, (_, i) => ({ phase, weekOfPhase: i + 1 })));
}

/**
 * Deload weeks among the first `loading` weeks: the first in week 3 or 4, then every 3rd or 4th
 * week, with at most 3 loading weeks before the taper (or the end of the block). Among the valid
 * patterns, the one that lands on the most step-back weeks of the run plan wins; then the one
 * with the fewest deloads; a deload right before the taper is a last resort.
 */
export function deloadWeeks(loading: number, stepBack: readonly boolean[]): boolean[] {
  const end = loading + 1;
  const best: number[] = new Array<number>(loading + 1).fill(-Infinity);
  const from: number[] = new Array<number>(loading + 1).fill(-1);
  best[0] = 0;
  for (let p = 3; p <= loading; p++) {
    for (const gap of [4, 3]) {
      // +10 on a step-back week, -1 per deload, and a nudge towards the classic 3:1 rhythm.
      const score = (best[p - gap] ?? -Infinity) + (stepBack[p - 1] ? 10 : 0) - 1 + (gap === 4 ? 0.1 : 0);
      if (score > (best[p] ?? -Infinity)) {
        best[p] = score;
        from[p] = p - gap;
      }
    }
  }
  let last = -1;
  let lastScore = -Infinity;
  for (let p = Math.max(0, end - 4); p < end; p++) {
    const score = (best[p] ?? -Infinity) - (end - p === 1 && p > 0 ? 5 : 0);
    if (score > lastScore) {
      lastScore = score;
      last = p;
    }
  }
  const deload = new Array<boolean>(loading).fill(false);
  for (let p = last; p > 0; p = from[p] ?? 0) deload[p - 1] = true;
  return deload;
}

/** The top load of a foundation week: bodyweight in week 1 except for advanced lifters. */
function foundationLoad(level: AthleteLevel, week: number): Load {
  if (level === "beginner") return week <= 2 ? "bodyweight" : "light";
  if (level === "intermediate") return week <= 1 ? "bodyweight" : "light";
  return week <= 2 ? "light" : "moderate";
}

/**
 * The week's target load. The taper keeps some intensity, but never more than the block has
 * reached: moderate the week before race week and light in race week, capped by the heaviest
 * earlier week (a short block that never left bodyweight stays at bodyweight).
 */
function phaseLoad(phase: Phase, level: AthleteLevel, week: number, raceWeek: boolean, reached: Load | null): Load {
  switch (phase) {
    case "foundation":
      return foundationLoad(level, week);
    case "strength":
      return "moderate";
    case "max-strength":
    case "power":
      return "heavy";
    case "taper": {
      const cap = reached ?? foundationLoad(level, 1);
      return lighterOf(raceWeek ? "light" : "moderate", cap);
    }
  }
}

const heavierOf = (a: Load, b: Load | null): Load => (b !== null && loadRank(b) > loadRank(a) ? b : a);

function sessionsFor(phase: Phase, raceWeek: boolean, deload: boolean, perWeek: 2 | 3): number {
  if (raceWeek) return 1;
  // Peak mileage and taper: 1-2 sessions keep the strength (Ronnestad 2010); a deload keeps
  // two sessions of fair size rather than three crumbs.
  if (phase === "power" || phase === "taper" || deload) return Math.min(perWeek, 2);
  return perWeek;
}

export function planProgression(spec: ProgressionSpec): WeekTarget[] {
  const lengths = phaseLengths(spec.weeks, spec.hasRace);
  const sequence = phaseSequence(lengths);
  const loading = spec.weeks - lengths.taper;
  const deloads = deloadWeeks(loading, spec.stepBack);
  let reached: Load | null = null;
  return sequence.map(({ phase, weekOfPhase }, i) => {
    const index = i + 1;
    const raceWeek = spec.hasRace && index === spec.weeks;
    const deload = deloads[i] ?? false;
    const taperShare = TAPER_SHARES[TAPER_SHARES.length - 1 - (spec.weeks - index)] ?? TAPER_SHARES[0];
    const volume: WeekVolume =
      phase === "taper"
        ? { kind: "taper", share: taperShare }
        : deload
          ? { kind: "deload", share: DELOAD_SHARE }
          : { kind: "full" };
    const load = phaseLoad(phase, spec.level, index, raceWeek, reached);
    reached = heavierOf(load, reached);
    return {
      index,
      phase,
      deload,
      load,
      sessions: sessionsFor(phase, raceWeek, deload, spec.sessionsPerWeek),
      raceWeek,
      volume,
      weekOfPhase,
    };
  });
}
