import { exerciseById } from "./catalog";
import type { ExerciseLimits } from "./rules";
import type { AthleteLevel, Exercise, Phase, PrescribedExercise, Reason } from "./types";

/**
 * Nordic curls for every level from week 1 (docs/training-science.md#nordic-curls): with a partner,
 * or heels hooked under an anchor (a box or bench that cannot move). One session a week, starting
 * at a single short set and building gradually, held at two sets of five through the peak weeks,
 * left out of the taper so no fresh soreness reaches the race.
 */

export const NORDIC_IDS: ReadonlySet<string> = new Set(["nordic-curl", "anchored-nordic-curl"]);

/** The Nordic the kit allows: with a partner, else with a box to anchor the heels; else none. */
export function nordicFor(equipment: readonly string[]): Exercise | null {
  if (equipment.includes("partner")) return exerciseById("nordic-curl") ?? null;
  if (equipment.includes("box")) return exerciseById("anchored-nordic-curl") ?? null;
  return null;
}

/** Sets x reps by how many Nordic sessions came before; beginners stop at two sets. */
const STEPS: readonly (readonly [number, number])[] = [
  [1, 3],
  [2, 3],
  [2, 4],
  [2, 5],
  [3, 5],
  [3, 6],
];
const BEGINNER_STEPS = STEPS.filter(([sets]) => sets <= 2).concat([[2, 6]]);
const PEAK_DOSE: readonly [number, number] = [2, 5];

export interface NordicSpec {
  phase: Phase;
  raceWeek: boolean;
  level: AthleteLevel;
  limits: ExerciseLimits;
}

/** Whether a session may hold the week's Nordic: not in the taper, not on a day kept low in soreness. */
export function nordicAllowed(spec: NordicSpec): boolean {
  if (spec.phase === "taper" || spec.raceWeek) return false;
  const { limits } = spec;
  return limits.lowerBody && limits.eccentricHeavy && limits.maxSoreness !== "low";
}

/**
 * The dose for the `done`-th Nordic session (0-based). A deload repeats the last dose instead of
 * building; the power phase holds at most two sets of five.
 */
export function nordicDose(done: number, level: AthleteLevel, phase: Phase, deload: boolean): [number, number] {
  const steps = level === "beginner" ? BEGINNER_STEPS : STEPS;
  const index = Math.min(deload ? Math.max(0, done - 1) : done, steps.length - 1);
  const [sets, reps] = steps[index] ?? [1, 3];
  if (phase === "power") return [Math.min(sets, PEAK_DOSE[0]), Math.min(reps, PEAK_DOSE[1])];
  return [sets, reps];
}

export function nordicLine(e: Exercise, sets: number, reps: number): PrescribedExercise {
  return {
    exerciseId: e.id,
    sets,
    reps,
    perSide: false,
    intensity: "lower as slowly as you can, catch yourself on your hands, RPE 7",
  };
}

export function nordicSorenessNote(done: number, sets: number, reps: number): Reason | null {
  if (done >= 2) return null;
  return {
    rule: "repeated-bout",
    text: `Nordic curls leave the hamstrings sore for a day or two the first times: ${sets} x ${reps} for now, building a little each week; the soreness fades as the body adapts.`,
  };
}
