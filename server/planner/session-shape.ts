import { CATALOG } from "./catalog";
import { contactsOf } from "./dosage";
import { isExternallyLoaded, isPlyometric } from "./selection";
import { sortSmall } from "./small-sort";
import type { Exercise, PrescribedExercise } from "./types";

/**
 * The shape of a session around its exercises (docs/training-science.md#what-every-session-holds):
 * the order (least to most demanding), a short warm-up, the estimated minutes and the
 * 15-minute version.
 */

const SORENESS_RANK = { low: 0, medium: 1, high: 2 } as const;
const EMPHASIS_RANK = { isometric: 0, concentric: 1, plyometric: 2, eccentric: 3 } as const;

/** How demanding an exercise is: soreness first, then holding < lifting < jumping < lowering, then its rung. */
export function demand(e: Exercise): number {
  return SORENESS_RANK[e.soreness] * 10 + EMPHASIS_RANK[e.emphasis] * 4 + e.level;
}

/** Worked out once per catalogue entry: sessions are ordered thousands of times a second. */
const DEMAND: ReadonlyMap<string, number> = new Map(CATALOG.map((e) => [e.id, demand(e)]));
const demandOf = (line: PrescribedExercise): number => DEMAND.get(line.exerciseId) ?? 0;

/**
 * Least to most demanding; a stable sort keeps the template's order among equals. Each line's
 * demand is looked up once, not at every comparison.
 */
export function orderByDemand<L extends PrescribedExercise>(lines: L[]): L[] {
  const demands = lines.map(demandOf);
  const order = sortSmall(
    lines.map((_, i) => i),
    (a, b) => (demands[a] ?? 0) < (demands[b] ?? 0),
  );
  return order.map((i) => lines[i] as L);
}

/**
 * What to keep when time or volume is short: hamstring (knee-flexion) work and the side-hip
 * work first, they stay to the end of the block; then the main lifts; upper body last.
 */
const PATTERN_PRIORITY: Record<string, number> = {
  "knee-flexion": 9,
  "hip-abduction": 8,
  hinge: 7,
  squat: 6,
  lunge: 6,
  "hip-extension": 5,
  plyometric: 5,
  calf: 4,
  core: 3,
  balance: 2,
  "upper-pull": 1,
  "upper-push": 1,
};

/**
 * What timing and trimming read about a catalogue exercise, worked out once per entry: every
 * session is timed, and a lookup here replaces several per line.
 */
interface ShapeTraits {
  exercise: Exercise;
  plyometric: boolean;
  loaded: boolean;
  /** Rest between sets when the load does not decide it. */
  rest: number;
  priority: number;
}

function shapeTraitsOf(e: Exercise): ShapeTraits {
  const light = e.pattern === "core" || e.pattern === "balance" || e.pattern.startsWith("upper");
  return {
    exercise: e,
    plyometric: isPlyometric(e),
    loaded: isExternallyLoaded(e),
    rest: light ? 40 : 60,
    priority: PATTERN_PRIORITY[e.pattern] ?? 0,
  };
}

const SHAPE_TRAITS: ReadonlyMap<string, ShapeTraits> = new Map(CATALOG.map((e) => [e.id, shapeTraitsOf(e)]));
const traitsOf = (id: string): ShapeTraits | undefined => SHAPE_TRAITS.get(id);

/** Rest between sets, in seconds: heavy loaded lifts longest, holds and accessories shortest. */
function restSeconds(t: ShapeTraits, line: PrescribedExercise): number {
  if (t.plyometric) return 60;
  if (t.loaded) return (line.reps ?? 10) <= 6 ? 120 : 90;
  return t.rest;
}

/** Seconds of work in one set: about 3 s a rep (a slow-lowering rep longer), a metre a second. */
function workSeconds(e: Exercise, line: PrescribedExercise): number {
  const sides = e.unilateral ? 2 : 1;
  const perRep = e.emphasis === "eccentric" ? 5 : 3;
  const once = line.reps !== undefined ? line.reps * perRep : (line.seconds ?? line.metres ?? 0);
  return once * sides + (e.unilateral ? 10 : 0);
}

/** Seconds one exercise takes, rests and setting up included (no rest after its last set). */
export function exerciseSeconds(line: PrescribedExercise): number {
  return secondsOf(traitsOf(line.exerciseId), line);
}

function secondsOf(t: ShapeTraits | undefined, line: PrescribedExercise): number {
  if (!t) return 60;
  return line.sets * workSeconds(t.exercise, line) + (line.sets - 1) * restSeconds(t, line) + 30;
}

export const WARM_UP_MINUTES = 5;
export const SHORT_VERSION_MINUTES = 15;
/** The short version keeps a 2-minute warm-up. */
const SHORT_WARM_UP_MINUTES = 2;

/** Estimated whole minutes, warm-up included. */
export function sessionMinutes(exercises: readonly PrescribedExercise[]): number {
  return minutesOf(exercises.map(exerciseSeconds));
}

/**
 * The minutes and the 15-minute version together: each exercise looked up and timed once per
 * session (this runs for every session of every plan).
 */
export function sessionTiming(exercises: readonly PrescribedExercise[]): { minutes: number; shortVersion: string[] } {
  // One pass for both arrays: no third array of the looked-up traits.
  const costs: number[] = [];
  const priorities: number[] = [];
  for (const line of exercises) {
    const t = traitsOf(line.exerciseId);
    costs.push(secondsOf(t, line));
    priorities.push(t?.priority ?? 0);
  }
  return { minutes: minutesOf(costs), shortVersion: shortOf(exercises, costs, priorities) };
}

function minutesOf(costs: readonly number[]): number {
  const seconds = costs.reduce((sum, cost) => sum + cost, 0);
  return WARM_UP_MINUTES + Math.max(1, Math.ceil(seconds / 60));
}

/**
 * The 15-minute version: the exercises that matter most for a runner (key patterns, then the
 * most demanding), added while they fit, kept in session order. Always at least one exercise.
 */
export function shortVersion(exercises: readonly PrescribedExercise[]): string[] {
  return shortOf(exercises, exercises.map(exerciseSeconds), exercises.map(keepPriority));
}

function shortOf(exercises: readonly PrescribedExercise[], costs: readonly number[], priority: readonly number[]) {
  // Most important first; among equals the later (more demanding) exercise first.
  const ranked = sortSmall(
    exercises.map((_, i) => i),
    (a, b) => (priority[a] ?? 0) > (priority[b] ?? 0) || ((priority[a] ?? 0) === (priority[b] ?? 0) && a > b),
  );
  const kept: boolean[] = [];
  let count = 0;
  let seconds = SHORT_WARM_UP_MINUTES * 60;
  for (const i of ranked) {
    const cost = costs[i] ?? 0;
    if (count > 0 && seconds + cost > SHORT_VERSION_MINUTES * 60) continue;
    kept[i] = true;
    count += 1;
    seconds += cost;
  }
  const ids: string[] = [];
  for (let i = 0; i < exercises.length; i++) if (kept[i]) ids.push((exercises[i] as PrescribedExercise).exerciseId);
  return ids;
}

export function keepPriority(line: PrescribedExercise): number {
  return traitsOf(line.exerciseId)?.priority ?? 0;
}

/** After a deload or taper trim: minutes and the short version recomputed from what is left. */
export function reshape(session: { exercises: PrescribedExercise[]; minutes?: number; shortVersion?: string[] }): void {
  if (session.exercises.length === 0) return;
  // A trimmed jump drill has fewer contacts: the stated count follows it.
  for (const line of session.exercises) {
    const t = traitsOf(line.exerciseId);
    if (t?.plyometric)
      line.intensity = line.intensity.replace(
        /about \d+ foot contacts/,
        `about ${contactsOf(t.exercise, line)} foot contacts`,
      );
  }
  const { minutes, shortVersion } = sessionTiming(session.exercises);
  session.minutes = minutes;
  session.shortVersion = shortVersion;
}
