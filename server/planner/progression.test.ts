import { describe, expect, it } from "vitest";
import { deloadWeeks, phaseLengths, planProgression, type ProgressionSpec } from "./progression";

const spec = (overrides: Partial<ProgressionSpec> = {}): ProgressionSpec => ({
  weeks: 16,
  level: "intermediate",
  sessionsPerWeek: 3,
  hasRace: true,
  stepBack: [],
  ...overrides,
});

const positions = (flags: boolean[]) => flags.flatMap((on, i) => (on ? [i + 1] : []));

describe("progression", () => {
  it.each([
    [16, true, { foundation: 4, strength: 4, maxStrength: 4, power: 2, taper: 2 }],
    [24, true, { foundation: 4, strength: 4, maxStrength: 11, power: 3, taper: 2 }],
    [12, true, { foundation: 3, strength: 3, maxStrength: 3, power: 1, taper: 2 }],
    [8, true, { foundation: 2, strength: 2, maxStrength: 1, power: 1, taper: 2 }],
    [6, true, { foundation: 2, strength: 2, maxStrength: 0, power: 0, taper: 2 }],
    [4, true, { foundation: 2, strength: 0, maxStrength: 0, power: 0, taper: 2 }],
    [16, false, { foundation: 4, strength: 4, maxStrength: 6, power: 2, taper: 0 }],
  ])("a %i-week block (race: %s) has phases %j", (weeks, hasRace, expected) => {
    expect(phaseLengths(weeks, hasRace)).toEqual(expected);
  });

  it.each([4, 5, 6, 7, 8, 10, 12, 14, 16, 18, 20, 22, 24])(
    "a %i-week race block reaches heavy between weeks 5 and 12 when it has room",
    (weeks) => {
      const targets = planProgression(spec({ weeks }));
      const firstHeavy = targets.find((t) => t.load === "heavy")?.index;
      const loadingWeeks = targets.filter((t) => t.phase !== "taper").length;
      if (loadingWeeks >= 5) expect(firstHeavy).toBeGreaterThanOrEqual(5);
      if (loadingWeeks >= 5) expect(firstHeavy).toBeLessThanOrEqual(12);
      if (loadingWeeks < 5) expect(firstHeavy).toBeUndefined();
    },
  );

  it.each([
    ["beginner", ["bodyweight", "bodyweight", "light", "light", "moderate"]],
    ["intermediate", ["bodyweight", "light", "light", "light", "moderate"]],
    ["advanced", ["light", "light", "moderate", "moderate", "moderate"]],
  ] as const)("a %s starts at %j", (level, loads) => {
    expect(
      planProgression(spec({ level }))
        .slice(0, 5)
        .map((t) => t.load),
    ).toEqual(loads);
  });

  it("never lowers the target load before the taper, and drops it in the taper", () => {
    const loads = planProgression(spec()).map((t) => ["bodyweight", "light", "moderate", "heavy"].indexOf(t.load));
    for (let i = 1; i < 14; i++) expect(loads[i]).toBeGreaterThanOrEqual(loads[i - 1]!);
    expect(loads.slice(14)).toEqual([2, 1]);
  });

  it.each([
    [1, "beginner", ["bodyweight"]],
    [2, "beginner", ["bodyweight", "bodyweight"]],
    [4, "beginner", ["bodyweight", "bodyweight", "bodyweight", "bodyweight"]],
    [4, "advanced", ["light", "light", "light", "light"]],
    [6, "intermediate", ["bodyweight", "light", "moderate", "moderate", "moderate", "light"]],
  ] as const)("a %i-week race block for a %s never tapers above what it reached: %j", (weeks, level, loads) => {
    expect(planProgression(spec({ weeks, level })).map((t) => t.load)).toEqual(loads);
  });

  it.each([
    ["no step-back weeks: the classic 3:1", [], [4, 8, 12]],
    ["a step-back every third week (Higdon)", [3, 6, 9, 12], [3, 6, 9, 12]],
    ["step-backs every fourth week from week 3", [3, 7, 11], [3, 7, 11]],
    ["a step-back that the 3-4 week rhythm cannot reach is skipped", [2, 6, 10], [3, 6, 10, 13]],
  ])("deloads, %s", (_label, stepBackWeeks, expected) => {
    const stepBack = Array.from({ length: 16 }, (_, i) => stepBackWeeks.includes(i + 1));
    expect(positions(deloadWeeks(14, stepBack))).toEqual(expected);
  });

  it.each([3, 4, 5, 6, 7, 9, 10, 11, 13, 17, 22])(
    "deloads among %i loading weeks: every 3rd or 4th week, at most 3 loading weeks before the taper",
    (loading) => {
      const deloads = positions(deloadWeeks(loading, []));
      const gaps = [...deloads, loading + 1].map((d, i) => d - (i === 0 ? 0 : deloads[i - 1]!));
      gaps.slice(0, -1).forEach((g) => expect([3, 4]).toContain(g));
      expect(gaps[gaps.length - 1]).toBeLessThanOrEqual(4);
    },
  );

  it("holds fewer sessions at peak mileage, in deloads and the taper, and one in race week", () => {
    const sessions = planProgression(spec()).map((t) => t.sessions);
    expect(sessions).toEqual([3, 3, 3, 2, 3, 3, 3, 2, 3, 3, 3, 2, 2, 2, 2, 1]);
  });

  it("cuts the volume of deload and taper weeks", () => {
    const targets = planProgression(spec());
    expect(targets[3]?.volume).toEqual({ kind: "deload", share: 0.5 });
    expect(targets[14]?.volume).toEqual({ kind: "taper", share: 0.5 });
    expect(targets[15]?.volume).toEqual({ kind: "taper", share: 0.3 });
    expect(targets[15]?.raceWeek).toBe(true);
  });
});
