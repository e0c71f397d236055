import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyweightDose } from "./bodyweight-dosage";
import { exerciseById } from "./catalog";
import { planViolations } from "./fixtures/invariants";
import { higdonNovice } from "./fixtures/marathon-plans";
import { KITS } from "./fixtures/matrix";
import { anchoredLoad, anchorsFromLog, estimateOneRepMax } from "./loads";
import { nordicDose, nordicFor } from "./nordic";
import { buildPlan } from "./plan";
import { liftingLevel } from "./prescription";
import { exerciseSeconds, orderByDemand, SHORT_VERSION_MINUTES, shortVersion } from "./session-shape";
import type { PlanInput, PrescribedExercise } from "./types";

const calendar = higdonNovice();
const gym: PlanInput = {
  raceDate: calendar.raceDate,
  sessionsPerWeek: 2,
  level: "intermediate",
  equipment: KITS.gym ?? [],
  runs: calendar.runs,
};
const lines = (plan: ReturnType<typeof buildPlan>) => plan.weeks.flatMap((w) => w.sessions.flatMap((s) => s.exercises));

describe("loads anchored to the log", () => {
  it.each([
    [100, 1, 100],
    [100, 10, 133.33],
    [60, 5, 70],
  ])("Epley: %i kg x %i is about %f kg", (load, reps, expected) => {
    expect(estimateOneRepMax(load, reps)).toBeCloseTo(expected, 1);
  });

  const anchor = { oneRepMaxKg: 80, lastLoadKg: 60, lastReps: 10, beaten: false };
  it.each([
    ["a beaten target adds a 5 % step for a new lifter", { ...anchor, beaten: true }, 10, true, 63],
    ["a beaten target adds 2.5 % for others", { ...anchor, beaten: true }, 10, false, 61.5],
    ["more reps than last time: lighter, from the 1RM", anchor, 12, false, 53.5],
    ["never more than a step above the last load", { ...anchor, oneRepMaxKg: 200 }, 5, false, 61.5],
  ])("%s", (_label, a, reps, isNew, kg) => {
    expect(anchoredLoad(a, reps, "moderate", isNew).loadKg).toBe(kg);
  });

  it("reads the latest done session up to today, and whether the top of the range was beaten", () => {
    const anchors = anchorsFromLog(
      [
        {
          date: "2026-07-01",
          status: "done",
          prescribedReps: { "goblet-squat": 10 },
          sets: [{ exerciseId: "goblet-squat", reps: 12, loadKg: 20 }],
        },
        {
          date: "2026-07-08",
          status: "skipped",
          prescribedReps: {},
          sets: [{ exerciseId: "goblet-squat", reps: 10, loadKg: 40 }],
        },
        {
          date: "2026-09-01",
          status: "done",
          prescribedReps: {},
          sets: [{ exerciseId: "goblet-squat", reps: 10, loadKg: 30 }],
        },
      ],
      "2026-08-01",
    );
    expect(anchors.get("goblet-squat")).toMatchObject({ lastLoadKg: 20, lastReps: 12, beaten: true });
  });

  it("a plan for an athlete who logged sets gives those lifts a weight, and says so", () => {
    const plain = buildPlan(gym);
    const lifted = lines(plain).filter((l) => /weight/.test(l.intensity));
    const sets = [...new Set(lifted.map((l) => l.exerciseId))].map((exerciseId) => ({
      exerciseId,
      reps: 10,
      loadKg: 30,
    }));
    const plan = buildPlan({ ...gym, log: [{ date: "2026-06-01", status: "done", sets }] });
    const weighted = lines(plan).filter((l) => l.loadKg !== undefined);
    expect(weighted.length).toBeGreaterThan(0);
    for (const l of weighted) expect(l.why).toMatch(/weight from the sets you logged|load goes up/);
    expect(lines(plain).every((l) => l.loadKg === undefined)).toBe(true);
  });

  it("keeps every invariant whatever was logged (property)", () => {
    const liftIds = ["goblet-squat", "romanian-deadlift", "trap-bar-deadlift", "back-squat", "kettlebell-swing"];
    const set = fc.record({
      exerciseId: fc.constantFrom(...liftIds),
      reps: fc.integer({ min: 1, max: 20 }),
      loadKg: fc.integer({ min: 1, max: 200 }),
    });
    fc.assert(
      fc.property(
        fc.array(set, { maxLength: 12 }),
        fc.constantFrom("new", "some", "regular"),
        (sets, liftingExperience) => {
          const input = { ...gym, liftingExperience, log: [{ date: "2026-06-01", status: "done" as const, sets }] };
          const plan = buildPlan(input);
          expect(planViolations(input, plan)).toEqual([]);
          for (const l of lines(plan)) if (l.loadKg !== undefined) expect(l.loadKg).toBeGreaterThan(0);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("bodyweight work has its own dose", () => {
  it.each(["foundation", "strength", "max-strength", "power", "taper"] as const)("%s: never below 6 reps", (phase) => {
    for (const weekOfPhase of [1, 2, 3, 4]) {
      const dose = bodyweightDose(
        { sets: 3, reps: 4, seconds: 40, metres: 30 },
        { phase, weekOfPhase, level: "beginner", load: "heavy", raceWeek: false },
      );
      expect(dose.reps).toBeGreaterThanOrEqual(6);
      expect(dose.reps).toBeLessThanOrEqual(15);
    }
  });

  it("a bodyweight-only plan never quotes a 1RM and never drops below 6 reps", () => {
    const plan = buildPlan({ ...gym, equipment: [] });
    for (const l of lines(plan)) {
      expect(l.intensity).not.toMatch(/1RM|%/);
      const e = exerciseById(l.exerciseId)!;
      if (l.reps !== undefined && e.emphasis !== "plyometric") expect(l.reps).toBeGreaterThanOrEqual(6);
    }
  });
});

describe("the Nordic curl", () => {
  it.each([
    [["partner"], "nordic-curl"],
    [["box"], "anchored-nordic-curl"],
    [["mat", "dumbbell"], null],
  ])("kit %j: %s", (kit, id) => {
    expect(nordicFor(kit)?.id ?? null).toBe(id);
  });

  it("starts at one set of three, builds gradually, holds in a deload and at the peak", () => {
    const doses = [0, 1, 2, 3, 4, 5, 9].map((n) => nordicDose(n, "intermediate", "strength", false));
    expect(doses).toEqual([
      [1, 3],
      [2, 3],
      [2, 4],
      [2, 5],
      [3, 5],
      [3, 6],
      [3, 6],
    ]);
    expect(nordicDose(4, "intermediate", "strength", true)).toEqual([2, 5]);
    expect(nordicDose(9, "advanced", "power", false)).toEqual([2, 5]);
    expect(nordicDose(9, "beginner", "max-strength", false)).toEqual([2, 6]);
  });

  it("is in week 1 for a beginner with an anchor, once a week through the peak, out of the taper", () => {
    const plan = buildPlan({ ...gym, level: "beginner", equipment: ["box"] });
    const weeksWith = plan.weeks.filter((w) =>
      w.sessions.some((s) => s.exercises.some((e) => e.exerciseId === "anchored-nordic-curl")),
    );
    expect(weeksWith[0]?.index).toBe(1);
    expect(plan.weeks.filter((w) => w.phase === "taper").some((w) => weeksWith.includes(w))).toBe(false);
    expect(weeksWith.some((w) => w.phase === "power")).toBe(true);
  });
});

describe("the shape of a session", () => {
  const line = (exerciseId: string, sets = 3, reps = 10): PrescribedExercise => ({
    exerciseId,
    sets,
    reps,
    perSide: false,
    intensity: "x",
  });
  it("orders least to most demanding: holds, lifts, jumps, slow lowering", () => {
    const ordered = orderByDemand([line("nordic-curl"), line("back-squat"), line("plank"), line("pogo-hops")]);
    expect(ordered.map((l) => l.exerciseId)).toEqual(["plank", "pogo-hops", "back-squat", "nordic-curl"]);
  });

  it("keeps the 15-minute version within 15 minutes, hamstring work first", () => {
    const session = [
      line("plank"),
      line("goblet-squat"),
      line("romanian-deadlift"),
      line("clamshell"),
      line("nordic-curl", 2, 5),
    ];
    const kept = shortVersion(session);
    expect(kept).toContain("nordic-curl");
    const seconds = session.filter((l) => kept.includes(l.exerciseId)).reduce((n, l) => n + exerciseSeconds(l), 0);
    expect(seconds / 60 + 2).toBeLessThanOrEqual(SHORT_VERSION_MINUTES);
  });

  it("new lifters choose as beginners whatever their running level", () => {
    expect(liftingLevel("advanced", "new")).toBe("beginner");
    expect(liftingLevel("beginner", "regular")).toBe("beginner");
    expect(liftingLevel("advanced", undefined)).toBe("advanced");
  });
});
