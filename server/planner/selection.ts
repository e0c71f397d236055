import { CATALOG, isAvailable, ladderOf } from "./catalog";
import { NORDIC_IDS } from "./nordic";
import type { ExerciseLimits } from "./rules";
import type { Exercise, Load, MovementPattern, Soreness } from "./types";

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
/**
 * Slow-eccentric work that leaves soreness: single-leg deadlift, Nordic curl
 * (docs/training-science.md#progression-from-bodyweight-to-heavy).
 */
export const isEccentricHeavy = (e: Exercise): boolean => e.emphasis === "eccentric" && e.soreness !== "low";
export function isExternallyLoaded(e: Exercise): boolean {
  // A plain loop: asked for every line of every session, and `some` with a callback cost more.
  for (const item of e.equipment) if (LOADING_EQUIPMENT.has(item)) return true;
  return false;
}
export const needsBand = (e: Exercise): boolean => e.equipment.includes("band");

/** What the picker needs to know about an exercise, worked out once per catalogue entry. */
interface Traits {
  soreness: number;
  plyometric: boolean;
  eccentricHeavy: boolean;
  lowerBody: boolean;
  loaded: boolean;
  band: boolean;
  /** The rungs the exercise can stand for (see `fit`). */
  low: number;
  high: number;
}

/**
 * A lift with external load spans one rung either side of its catalogue level, because the
 * weight is chosen to the RPE: a Romanian deadlift can be a moderate or a heavy lift.
 */
function traitsOf(e: Exercise): Traits {
  const loaded = isExternallyLoaded(e);
  return {
    soreness: SORENESS_RANK[e.soreness],
    plyometric: isPlyometric(e),
    eccentricHeavy: isEccentricHeavy(e),
    lowerBody: isLowerBody(e),
    loaded,
    band: needsBand(e),
    low: loaded ? e.level - 1 : e.level,
    high: loaded ? e.level + 1 : e.level,
  };
}

const TRAITS: ReadonlyMap<string, Traits> = new Map(CATALOG.map((e) => [e.id, traitsOf(e)]));
const traits = (e: Exercise): Traits => TRAITS.get(e.id) ?? traitsOf(e);

/** True when `limits` allow the exercise. */
export function allowedBy(limits: ExerciseLimits, e: Exercise): boolean {
  const t = traits(e);
  if (t.soreness > SORENESS_RANK[limits.maxSoreness]) return false;
  if (!limits.plyometric && t.plyometric) return false;
  if (!limits.eccentricHeavy && t.eccentricHeavy) return false;
  return limits.lowerBody || !t.lowerBody;
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
  /** The session's load: from moderate up loaded lifts come first; heavy also prefers single-leg and slow-eccentric rungs. */
  load: Load;
  /** Bodyweight sessions leave out weights and bands. */
  bodyweightOnly: boolean;
  /** Ids already in the session. */
  exclude: readonly string[];
}

/** How well a rung fits: the highest rung at or below the target; loaded lifts once it is moderate. */
function fit(e: Exercise, request: SlotRequest, patternIndex: number): number {
  const { low, high, loaded } = traits(e);
  const target = request.targetLevel;
  const level = target > high ? high : target >= low ? target : target - 2 * (low - target);
  let score = level * 10;
  if (loaded && (request.load === "moderate" || request.load === "heavy")) score += 5;
  if (request.load === "heavy") {
    if (e.unilateral) score += 2;
    if (e.emphasis === "eccentric") score += 1;
  }
  // Earlier patterns in the slot come first.
  return score - patternIndex * 3;
}

type RungsByPattern = ReadonlyMap<MovementPattern, readonly Exercise[]>;

function rungsFor(equipment: readonly string[]): RungsByPattern {
  const byPattern = new Map<MovementPattern, Exercise[]>();
  for (const ladder of LADDERS) {
    for (const e of ladder) {
      // The Nordic has its own weekly slot (nordic.ts), never a template's.
      if (!isAvailable(e, equipment) || NORDIC_IDS.has(e.id)) continue;
      const list = byPattern.get(e.pattern);
      if (list) list.push(e);
      else byPattern.set(e.pattern, [e]);
    }
  }
  return byPattern;
}

/** What a kit allows, as constant catalogue data. */
interface Kit {
  rungs: RungsByPattern;
  /** No externally loaded exercise is available: the plan explains bodyweight loads. */
  bodyweightOnly: boolean;
}

function kitFor(equipment: readonly string[]): Kit {
  return {
    rungs: rungsFor(equipment),
    bodyweightOnly: !CATALOG.some((e) => isExternallyLoaded(e) && isAvailable(e, equipment)),
  };
}

/**
 * Per kit, worked out once rather than for every plan (a scan of the catalogue each). Bounded:
 * a kit is a subset of the equipment list, and the memo is cleared past a limit.
 */
const KITS = new Map<string, Kit>();
const KITS_LIMIT = 1_000;

/** The athlete's view of the catalogue: the rungs the equipment allows, by movement pattern. */
export class ExercisePicker {
  private readonly byPattern: RungsByPattern;
  /** The kit, as a key: two pickers with the same key choose the same way. */
  readonly key: string;
  /** True when the kit allows no externally loaded exercise. */
  readonly bodyweightOnly: boolean;

  constructor(equipment: readonly string[]) {
    this.key = [...new Set(equipment)].sort().join(",");
    let kit = KITS.get(this.key);
    if (!kit) {
      if (KITS.size >= KITS_LIMIT) KITS.clear();
      KITS.set(this.key, (kit = kitFor(equipment)));
    }
    this.byPattern = kit.rungs;
    this.bodyweightOnly = kit.bodyweightOnly;
  }

  /** The best rung for the slot, or null when no available exercise fits (first among equals). */
  pick(request: SlotRequest): Exercise | null {
    let best: Exercise | null = null;
    let bestFit = -Infinity;
    request.patterns.forEach((pattern, patternIndex) => {
      for (const e of this.byPattern.get(pattern) ?? []) {
        if (request.exclude.includes(e.id) || !allowedBy(request.limits, e)) continue;
        if (request.bodyweightOnly && (traits(e).loaded || traits(e).band)) continue;
        const score = fit(e, request, patternIndex);
        if (score > bestFit) {
          best = e;
          bestFit = score;
        }
      }
    });
    return best;
  }
}
