/**
 * The exercise catalogue: plain data, concatenated in a fixed order so that every consumer
 * (and every plan built from it) sees the same sequence on every run.
 */
import type { Exercise, MovementPattern } from "../types";
import { BALANCE } from "./balance";
import { CALF } from "./calf";
import { CORE } from "./core";
import { HAMSTRING_LADDER } from "./hamstring-ladder";
import { HINGE } from "./hinge";
import { HIP_ABDUCTION } from "./hip-abduction";
import { HIP_EXTENSION } from "./hip-extension";
import { KNEE_FLEXION } from "./knee-flexion";
import { LUNGE } from "./lunge";
import { PLYOMETRIC } from "./plyometric";
import { SQUAT } from "./squat";
import { UPPER } from "./upper";

/** Every exercise, in a fixed order (do not reorder: determinism depends on it). */
export const CATALOG: readonly Exercise[] = Object.freeze([
  ...HAMSTRING_LADDER,
  ...HINGE,
  ...KNEE_FLEXION,
  ...HIP_EXTENSION,
  ...SQUAT,
  ...LUNGE,
  ...CALF,
  ...HIP_ABDUCTION,
  ...CORE,
  ...PLYOMETRIC,
  ...BALANCE,
  ...UPPER,
]);

const BY_ID: ReadonlyMap<string, Exercise> = new Map(CATALOG.map((e) => [e.id, e]));

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/**
 * The whole ladder containing `id`, easiest first (walks regressions to the bottom, then
 * progressions to the top). Empty when the id is unknown. A ladder may cross movement patterns
 * (the hamstring ladder does); filter by `pattern` if you need a single-pattern view.
 */
export function ladderOf(id: string): Exercise[] {
  let bottom = BY_ID.get(id);
  if (!bottom) return [];
  const seen = new Set<string>([bottom.id]);
  while (bottom.regression !== undefined) {
    const prev = BY_ID.get(bottom.regression);
    if (!prev || seen.has(prev.id)) break;
    seen.add(prev.id);
    bottom = prev;
  }
  const out: Exercise[] = [];
  const inLadder = new Set<string>();
  let step: Exercise | undefined = bottom;
  while (step && !inLadder.has(step.id)) {
    out.push(step);
    inLadder.add(step.id);
    step = step.progression !== undefined ? BY_ID.get(step.progression) : undefined;
  }
  return out;
}

/**
 * True when every item the exercise needs is "none", a mat, or in `equipment`. A mat is comfort,
 * not a need: a bare floor, a towel or a rug does, so an athlete with no equipment still gets core
 * and hip work (docs/training-science.md#without-equipment).
 */
export function isAvailable(exercise: Exercise, equipment: readonly string[]): boolean {
  return exercise.equipment.every((item) => item === "none" || item === "mat" || equipment.includes(item));
}

/** Exercises of one movement pattern, in catalogue order. */
export function exercisesByPattern(pattern: MovementPattern): Exercise[] {
  return CATALOG.filter((e) => e.pattern === pattern);
}

/** The rungs of `id`'s ladder that the athlete can do with `equipment`, easiest first. */
export function availableLadder(id: string, equipment: readonly string[]): Exercise[] {
  return ladderOf(id).filter((e) => isAvailable(e, equipment));
}

/** The first exercise of every ladder (bottom rungs), in catalogue order. */
export function ladderRoots(): Exercise[] {
  return CATALOG.filter((e) => e.regression === undefined);
}
