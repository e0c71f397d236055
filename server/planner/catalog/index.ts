import type { Exercise } from "../types";
import { STUB } from "./stub";

/** Every exercise, in a fixed order. */
export const CATALOG: readonly Exercise[] = [...STUB];

const BY_ID: ReadonlyMap<string, Exercise> = new Map(CATALOG.map((e) => [e.id, e]));

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/** The whole ladder containing `id`, easiest first. Empty when the id is unknown. */
export function ladderOf(id: string): Exercise[] {
  let cur = BY_ID.get(id);
  if (!cur) return [];
  const seen = new Set<string>();
  while (cur.regression !== undefined && !seen.has(cur.id)) {
    seen.add(cur.id);
    const prev = BY_ID.get(cur.regression);
    if (!prev) break;
    cur = prev;
  }
  const out: Exercise[] = [];
  const inLadder = new Set<string>();
  let step: Exercise | undefined = cur;
  while (step && !inLadder.has(step.id)) {
    out.push(step);
    inLadder.add(step.id);
    step = step.progression !== undefined ? BY_ID.get(step.progression) : undefined;
  }
  return out;
}

/** True when every item the exercise needs is "none" or in `equipment`. */
export function isAvailable(exercise: Exercise, equipment: readonly string[]): boolean {
  return exercise.equipment.every((item) => item === "none" || equipment.includes(item));
}
