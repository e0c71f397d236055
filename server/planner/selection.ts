import { CATALOG, isAvailable, ladderOf } from "./catalog";
import type { ExerciseLimits } from "./rules";
import type { Exercise, MovementPattern, Soreness } from "./types";

/**
 * Choosing an exercise by its attributes, never by its id. The catalogue is a set of ladders
 * (regression -> progression); a slot asks for a movement pattern at a target rung, and the
 * equipment decides how far up each ladder the athlete can go: an unavailable rung is skipped,
 * so a runner without weights climbs the bodyweight ladders (single-leg, slow-eccentric rungs)
 * where a runner with a barbell reaches the loaded lifts.
 */

const SORENESS_RANK: Record<Soreness, number> = { low: 0, medium: 1, high: 2 };
const LOWER_BODY: ReadonlySet<MovementPattern> = new Set<MovementPattern>([
  "hinge",
  "squat",
  "lunge",
  "knee-flexion",
  "hip-abduction",
  "hip-extension",
  "calf",
  "plyometric",
  "balance",
]);
/** Equipment that adds external load, so "heavy" can mean a percentage of 1RM. */
const LOADING_EQUIPMENT: ReadonlySet<string> = new Set(["dumbbell", "kettlebell", "barbell", "machine"]);

export const isLowerBody = (e: Exercise): boolean => LOWER_BODY.has(e.pattern);
export const isPlyometric = (e: Exercise): boolean => e.emphasis === "plyometric" || e.pattern === "plyometric";
/** Slow-eccentric work that leaves soreness (DOMAIN: single-leg deadlift, Nordic curl). */
export const isEccentricHeavy = (e: Exercise): boolean => e.emphasis === "eccentric" && e.soreness !== "low";
export const isExternallyLoaded = (e: Exercise): boolean => e.equipment.some((item) => LOADING_EQUIPMENT.has(item));
export const needsBand = (e: Exercise): boolean => e.equipment.includes("band");

/** True when `limits` allow the exercise. */
export function allowedBy(limits: ExerciseLimits, e: Exercise): boolean {
  if (SORENESS_RANK[e.soreness] > SORENESS_RANK[limits.maxSoreness]) return false;
  if (!limits.plyometric && isPlyometric(e)) return false;
  if (!limits.eccentricHeavy && isEccentricHeavy(e)) return false;
  return limits.lowerBody || !isLowerBody(e);
}

/** Every ladder of the catalogue, easiest rung first, in catalogue order (strays on their own). */
function allLadders(): Exercise[][] {
  const ladders = CATALOG.filter((e) => e.regression === undefined).map((root) => ladderOf(root.id));
  const seen = new Set(ladders.flat().map((e) => e.id));
  for (const e of CATALOG) if (!seen.has(e.id)) ladders.push([e]);
  return ladders;
}

const LADDERS: readonly (readonly Exercise[])[] = allLadders();

export interface SlotRequest {
  patterns: readonly MovementPattern[];
  /** The rung (catalogue level 1-5) the load asks for. */
  targetLevel: number;
  limits: ExerciseLimits;
  /** Prefer loaded, single-leg or slow-eccentric rungs: the meaning of "heavy". */
  heavy: boolean;
  /** Bodyweight sessions leave out weights and bands. */
  bodyweightOnly: boolean;
  /** Ids already in the session. */
  exclude: readonly string[];
}

/**
 * The rung an exercise stands for. A lift with external load can be done lighter than its
 * catalogue level says (the weight is chosen to the RPE), so it counts one rung lower.
 */
const rungOf = (e: Exercise): number => (isExternallyLoaded(e) ? e.level - 1 : e.level);

/** How well a rung fits: the highest rung at or below the target, loaded lifts when heavy. */
function fit(e: Exercise, request: SlotRequest): number {
  const rung = rungOf(e);
  const level = rung <= request.targetLevel ? rung : request.targetLevel - 2 * (rung - request.targetLevel);
  let score = level * 10;
  if (request.heavy && request.targetLevel >= 3) {
    if (isExternallyLoaded(e)) score += 5;
    if (e.unilateral) score += 2;
    if (e.emphasis === "eccentric") score += 1;
  }
  // Earlier patterns in the slot come first.
  return score - request.patterns.indexOf(e.pattern) * 3;
}

/** The athlete's view of the catalogue: ladders cut down to the rungs the equipment allows. */
export class ExercisePicker {
  private readonly ladders: readonly (readonly Exercise[])[];
  private readonly cache = new Map<string, Exercise | null>();

  constructor(equipment: readonly string[]) {
    this.ladders = LADDERS.map((ladder) => ladder.filter((e) => isAvailable(e, equipment))).filter((l) => l.length > 0);
  }

  /** The best rung for the slot, or null when no available exercise fits. */
  pick(request: SlotRequest): Exercise | null {
    const l = request.limits;
    const key = [
      request.patterns.join("+"),
      request.targetLevel,
      l.maxSoreness,
      l.plyometric,
      l.eccentricHeavy,
      l.lowerBody,
      request.heavy,
      request.bodyweightOnly,
      request.exclude.join("+"),
    ].join("|");
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const chosen = this.search(request);
    this.cache.set(key, chosen);
    return chosen;
  }

  private search(request: SlotRequest): Exercise | null {
    let best: Exercise | null = null;
    let bestFit = -Infinity;
    for (const ladder of this.ladders) {
      for (const e of ladder) {
        if (!request.patterns.includes(e.pattern) || request.exclude.includes(e.id)) continue;
        if (!allowedBy(request.limits, e)) continue;
        if (request.bodyweightOnly && (isExternallyLoaded(e) || needsBand(e))) continue;
        const score = fit(e, request);
        if (score > bestFit) {
          best = e;
          bestFit = score;
        }
      }
    }
    return best;
  }
}
