import { describe, expect, it } from "vitest";
import { asPrescribed, draftFrom, toLogSets, type PrescribedExercise } from "./log-draft";

const squat: PrescribedExercise = {
  position: 1,
  exerciseId: "goblet-squat",
  unit: "reps",
  sets: 3,
  reps: 10,
  seconds: null,
  metres: null,
};
const plank: PrescribedExercise = {
  position: 2,
  exerciseId: "plank",
  unit: "seconds",
  sets: 2,
  reps: null,
  seconds: 30,
  metres: null,
};

describe("training log drafts", () => {
  it("done as prescribed sends every prescribed set with its reps or seconds", () => {
    expect(asPrescribed([squat, plank])).toEqual([
      { exerciseId: "goblet-squat", set: 1, reps: 10 },
      { exerciseId: "goblet-squat", set: 2, reps: 10 },
      { exerciseId: "goblet-squat", set: 3, reps: 10 },
      { exerciseId: "plank", set: 1, seconds: 30 },
      { exerciseId: "plank", set: 2, seconds: 30 },
    ]);
  });

  it("starts from the prescription, and a heavier first set and an extra set are sent as typed", () => {
    const draft = draftFrom([squat], [], "kg");
    expect(draft[0]?.sets).toEqual([
      { amount: "10", load: "" },
      { amount: "10", load: "" },
      { amount: "10", load: "" },
    ]);
    draft[0]!.sets[0]!.load = "24";
    draft[0]!.sets.push({ amount: "8", load: "" });
    expect(toLogSets(draft, "kg")).toEqual({
      sets: [
        { exerciseId: "goblet-squat", set: 1, reps: 10, loadKg: 24 },
        { exerciseId: "goblet-squat", set: 2, reps: 10, bodyweight: true },
        { exerciseId: "goblet-squat", set: 3, reps: 10, bodyweight: true },
        { exerciseId: "goblet-squat", set: 4, reps: 8, bodyweight: true },
      ],
    });
  });

  it("reopens a saved log of a swapped exercise against the exercise that was done, in pounds", () => {
    const logged = [
      { exerciseId: "split-squat", set: 2, reps: 8, seconds: null, metres: null, loadKg: 20.41, bodyweight: false },
      { exerciseId: "split-squat", set: 1, reps: 9, seconds: null, metres: null, loadKg: null, bodyweight: true },
    ];
    const [exercise] = draftFrom([squat], logged, "lb", () => ["split-squat"]);
    expect(exercise).toEqual({
      position: 1,
      exerciseId: "split-squat",
      measure: "reps",
      sets: [
        { amount: "9", load: "" },
        { amount: "8", load: "45" },
      ],
    });
  });

  it("names the set to fix instead of sending half-numbers of reps", () => {
    const draft = draftFrom([squat], [], "kg");
    draft[0]!.sets[1]!.amount = "7.5";
    expect(toLogSets(draft, "kg")).toEqual({ error: "Set 2: reps must be a whole number." });
  });
});
