import { exerciseById } from "./catalog";
import { isExternallyLoaded, isPlyometric } from "./selection";
import type { Exercise, PrescribedExercise } from "./types";

/**
 * A short warm-up before every session (docs/training-science.md#what-every-session-holds):
 * raise the temperature, move the joints the session will load, then rehearse the first hard
 * exercise lighter. Race week is activation and mobility from the start.
 */

const exercisesOf = (lines: readonly PrescribedExercise[]): Exercise[] =>
  lines.map((l) => exerciseById(l.exerciseId)).filter((e): e is Exercise => e !== undefined);

/**
 * The rehearsal step names the lift, so it is built once per catalogue exercise; the other steps
 * are fixed texts, cheaper to pick each time than to look the session up by a key of its ids.
 */
const REHEARSAL = new Map<string, string>();
const rehearsal = (e: Exercise): string => {
  let text = REHEARSAL.get(e.id);
  if (text === undefined) {
    text = `Two lighter sets of the ${e.name.toLowerCase()}: about half, then three quarters of the working weight.`;
    REHEARSAL.set(e.id, text);
  }
  return text;
};

export function warmUpFor(lines: readonly PrescribedExercise[], raceWeek: boolean): string[] {
  const exercises = exercisesOf(lines);
  const steps = ["2-3 minutes of easy movement: march, skip or jog on the spot."];
  const lowerBody = exercises.some((e) => !e.pattern.startsWith("upper") && e.pattern !== "core");
  if (lowerBody) {
    steps.push("Leg swings, 10 forward-back and 10 side to side on each leg.");
    steps.push("10 bodyweight squats and 5 reverse lunges a side, slow and through the full range.");
  } else {
    steps.push("Arm circles and 10 cat-cow stretches on hands and knees.");
  }
  if (raceWeek) {
    steps.push("Hip circles and ankle rocks, 10 each side: loosen, do not tire.");
    return steps;
  }
  if (exercises.some(isPlyometric)) steps.push("2 x 10 low, easy pogo hops to wake the calves and feet.");
  const firstLoaded = exercises.find(isExternallyLoaded);
  if (firstLoaded) steps.push(rehearsal(firstLoaded));
  else if (exercises.some((e) => e.emphasis === "eccentric"))
    steps.push("One easy set of the first single-leg exercise, slower than you will work.");
  return steps;
}
