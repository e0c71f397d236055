import { describe, expect, it } from "vitest";
import { exerciseById } from "./catalog";
import { doseFor, intensityFor } from "./dosage";
import { SessionPrescriber, type SessionSpec } from "./prescription";
import { NO_LIMITS } from "./rules";
import {
  ExercisePicker,
  isEccentricHeavy,
  isExternallyLoaded,
  isLowerBody,
  isPlyometric,
  needsBand,
} from "./selection";
import type { Exercise, MovementPattern } from "./types";
import { fitToBudget, weekSets } from "./volume";

const GYM = [
  "mat",
  "band",
  "box",
  "dumbbell",
  "kettlebell",
  "barbell",
  "machine",
  "partner",
  "stability-ball",
  "slider",
];
const FLOOR = ["mat"];

const spec = (overrides: Partial<SessionSpec> = {}): SessionSpec => ({
  phase: "max-strength",
  weekOfPhase: 2,
  week: 10,
  level: "intermediate",
  load: "heavy",
  weekLoad: "heavy",
  limits: NO_LIMITS,
  raceWeek: false,
  slotInWeek: 0,
  ...overrides,
});

const content = (equipment: string[], s: Partial<SessionSpec> = {}, exposures = new Map<string, number>([["x", 1]])) =>
  new SessionPrescriber(new ExercisePicker(equipment)).prescribe(spec(s), exposures);
const exercisesOf = (c: { exercises: { exerciseId: string }[] }): Exercise[] =>
  c.exercises.map((e) => exerciseById(e.exerciseId)!);
const everyExposed = (c: { exercises: { exerciseId: string }[] }) => new Map(c.exercises.map((e) => [e.exerciseId, 9]));

describe("choosing exercises along the ladders", () => {
  const pick = (
    equipment: string[],
    patterns: MovementPattern[],
    targetLevel: number,
    load: "bodyweight" | "light" | "moderate" | "heavy" = "heavy",
  ) =>
    new ExercisePicker(equipment).pick({
      patterns,
      targetLevel,
      limits: NO_LIMITS,
      load,
      bodyweightOnly: load === "bodyweight",
      exclude: [],
    });

  it.each<[string, string[], (e: Exercise) => boolean]>([
    ["a loaded lift with weights", GYM, isExternallyLoaded],
    [
      "the hardest single-leg or slow-eccentric rung without",
      FLOOR,
      (e) => !isExternallyLoaded(e) && e.level >= 4 && (e.unilateral || e.emphasis === "eccentric"),
    ],
  ])("heavy hinge work is %s", (_label, equipment, test) => {
    const chosen = pick(equipment, ["hinge"], 4);
    expect(chosen && test(chosen)).toBe(true);
  });

  it("climbs the ladder with the load and stops where the equipment stops", () => {
    const levels = [1, 2, 3, 4].map((level) => pick(FLOOR, ["squat"], level, "light")?.level);
    expect(levels).toEqual([...levels].sort());
    // A mat is comfort, not a need: the floor does (docs/training-science.md#without-equipment).
    expect(pick([], ["knee-flexion"], 5)?.equipment.every((item) => item === "none" || item === "mat")).toBe(true);
  });

  it("leaves weights and bands out of a bodyweight session", () => {
    for (const pattern of ["hinge", "squat", "knee-flexion", "hip-abduction", "core"] as const) {
      const chosen = pick(GYM, [pattern], 1, "bodyweight");
      expect(chosen && (isExternallyLoaded(chosen) || needsBand(chosen))).toBe(false);
    }
  });
});

describe("filling a session", () => {
  it("respects the day's limits", () => {
    const recovery = content(GYM, { load: "light", limits: { ...NO_LIMITS, maxSoreness: "low" } });
    expect(exercisesOf(recovery).every((e) => e.soreness === "low")).toBe(true);
    expect(recovery.focus).toMatch(/recovery day/);
    const beforeQuality = content(GYM, {
      load: "moderate",
      limits: { ...NO_LIMITS, plyometric: false, eccentricHeavy: false },
      phase: "power",
    });
    expect(exercisesOf(beforeQuality).some((e) => isPlyometric(e) || isEccentricHeavy(e))).toBe(false);
    const postMarathon = content(GYM, {
      load: "light",
      limits: { ...NO_LIMITS, lowerBody: false, maxSoreness: "low" },
    });
    expect(exercisesOf(postMarathon).some(isLowerBody)).toBe(false);
  });

  it("gives a beginner no high-soreness work in weeks 1-2 and one high-soreness exercise a session later", () => {
    const early = content(GYM, { level: "beginner", week: 2, phase: "foundation", load: "light", weekLoad: "light" });
    expect(exercisesOf(early).some((e) => e.soreness === "high")).toBe(false);
    for (const slotInWeek of [0, 1, 2]) {
      const heavy = content(FLOOR, { level: "beginner", slotInWeek });
      expect(exercisesOf(heavy).filter((e) => e.soreness === "high").length).toBeLessThanOrEqual(1);
    }
  });

  it("meets a high-soreness exercise at low volume first (repeated-bout effect)", () => {
    const first = content(GYM, {}, new Map());
    const sore = first.exercises.filter((e) => exerciseById(e.exerciseId)?.soreness === "high");
    expect(sore.length).toBeGreaterThan(0);
    for (const line of sore) expect(line.sets <= 2 && (line.reps ?? 0) <= 5).toBe(true);
    expect(first.reasons.map((r) => r.rule)).toContain("repeated-bout");
    const later = content(GYM, {}, everyExposed(first));
    expect(later.reasons).toEqual([]);
  });

  it("prescribes per side for single-leg work", () => {
    const c = content(FLOOR);
    c.exercises.forEach((line) => expect(line.perSide).toBe(exerciseById(line.exerciseId)!.unilateral));
  });

  it("activates in race week: light, low soreness, a few sets", () => {
    const c = content(GYM, { phase: "taper", raceWeek: true, load: "light", weekLoad: "light", weekOfPhase: 2 });
    expect(c.focus).toMatch(/activation/);
    expect(exercisesOf(c).every((e) => e.soreness === "low")).toBe(true);
    expect(c.exercises.every((e) => e.sets <= 2)).toBe(true);
  });
});

describe("doses and intensities", () => {
  const ctx = { level: "intermediate" as const, raceWeek: false };
  it.each([
    ["foundation", 1, "bodyweight", { sets: 2, reps: 10 }],
    ["foundation", 3, "light", { sets: 3, reps: 14 }],
    ["strength", 1, "moderate", { sets: 3, reps: 10 }],
    ["max-strength", 4, "heavy", { sets: 3, reps: 4 }],
    ["power", 1, "heavy", { sets: 2, reps: 4 }],
    ["taper", 1, "moderate", { sets: 2, reps: 4 }],
  ] as const)("%s week %i (%s): main lifts %j", (phase, weekOfPhase, load, expected) => {
    expect(doseFor("main", { ...ctx, phase, weekOfPhase, load })).toMatchObject(expected);
  });

  it.each([
    ["glute-bridge", "bodyweight", undefined, "smooth and controlled, RPE 6 (4 reps in reserve)"],
    ["banded-clamshell", "light", undefined, "light band, RPE 6"],
    ["romanian-deadlift", "moderate", undefined, "moderate weight, RPE 7 (3 reps in reserve)"],
    ["back-squat", "heavy", undefined, "heavy weight, RPE 8 (2 reps in reserve)"],
    ["tempo-single-leg-rdl", "heavy", undefined, "4 s lowering, 1 s pause at the bottom, RPE 8 (2 reps in reserve)"],
    ["box-jump", "heavy", 84, "explosive, quick contacts, full recovery between sets, about 84 foot contacts"],
  ] as const)("%s at %s: %s", (id, load, contacts, text) => {
    expect(intensityFor(exerciseById(id)!, load, contacts)).toBe(text);
  });
});

describe("fitting a week into its budget of sets", () => {
  const week = () => [{ exercises: [line(3), line(3), line(2)] }, { exercises: [line(3), line(2), line(2)] }];
  function line(sets: number) {
    return { exerciseId: "glute-bridge", sets, reps: 10, perSide: false, intensity: "bodyweight" };
  }

  it("trims evenly, one set at a time", () => {
    const sessions = fitToBudget(week(), 8);
    expect(weekSets(sessions)).toBe(8);
    expect(sessions.map((s) => s.exercises.map((e) => e.sets))).toEqual([
      [2, 1, 1],
      [2, 1, 1],
    ]);
  });

  it("drops exercises, then sessions, only when one set each is still too much", () => {
    expect(fitToBudget(week(), 4).map((s) => s.exercises.length)).toEqual([2, 2]);
    expect(fitToBudget(week(), 1).map((s) => s.exercises.length)).toEqual([1]);
    expect(weekSets(fitToBudget(week(), 100))).toBe(15);
  });
});
