import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, fromDayNumber, startOfWeek, toDayNumber } from "../domain/dates";
import { planViolations } from "./fixtures/invariants";
import { buildPlan } from "./plan";
import { EQUIPMENT, LEVELS, type IsoDate, type PlanInput, type Run, type RunType } from "./types";

/**
 * Property-based tests: random run calendars (a weekly pattern with noise, double days, tune-up
 * races, blocked dates, every kind of setting) and every invariant of the issue on every plan.
 */

const FIRST = toDayNumber("2024-01-01");
const LAST = toDayNumber("2031-12-31");

const date = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const DAY_TYPES: (RunType | null)[] = [
  null,
  null,
  "easy",
  "easy",
  "easy",
  "recovery",
  "long",
  "tempo",
  "intervals",
  "hills",
  "cross",
  "rest",
];
const dayType = fc.constantFrom(...DAY_TYPES);

/** A weekly pattern: one cell per weekday, sometimes a double. */
const pattern = fc.array(fc.tuple(dayType, fc.option(dayType, { freq: 4 })), { minLength: 7, maxLength: 7 });

interface Calendar {
  pattern: [RunType | null, RunType | null][];
  /** Per week, how far the volume moves (a step-back every few weeks shows up as a dip). */
  volume: number[];
  /** Random single-day changes: [day offset from the first Monday, type]. */
  noise: [number, RunType | null][];
  /** Tune-up races: day offsets. */
  races: number[];
  blocked: number[];
}

const calendar: fc.Arbitrary<Calendar> = fc.record({
  pattern: pattern as fc.Arbitrary<[RunType | null, RunType | null][]>,
  volume: fc.array(fc.integer({ min: 50, max: 130 }), { minLength: 26, maxLength: 26 }),
  noise: fc.array(fc.tuple(fc.integer({ min: -14, max: 26 * 7 }), dayType), { maxLength: 20 }),
  races: fc.array(fc.integer({ min: -7, max: 26 * 7 }), { maxLength: 3 }),
  blocked: fc.array(fc.integer({ min: -7, max: 26 * 7 }), { maxLength: 15 }),
});

const KM: Record<RunType, number> = {
  easy: 8,
  recovery: 5,
  long: 22,
  tempo: 10,
  intervals: 10,
  hills: 8,
  race: 10,
  cross: 0,
  rest: 0,
};

function runsOf(first: IsoDate, c: Calendar): Run[] {
  const runs: Run[] = [];
  const add = (offset: number, type: RunType | null, scale: number) => {
    if (type === null) return;
    const km = Math.round(KM[type] * scale) / 100;
    runs.push({ date: addDays(first, offset), type, ...(km > 0 ? { distanceKm: km } : {}) });
  };
  c.volume.forEach((scale, w) =>
    c.pattern.forEach(([a, b], d) => {
      add(w * 7 + d, a, scale);
      add(w * 7 + d, b, scale);
    }),
  );
  c.noise.forEach(([offset, type]) => add(offset, type, 100));
  c.races.forEach((offset, i) =>
    runs.push({ date: addDays(first, offset), type: "race", distanceKm: [10, 21.1, 42.2][i % 3]! }),
  );
  return runs;
}

const settings = fc.record({
  raceDate: date,
  weeks: fc.integer({ min: 4, max: 24 }),
  mode: fc.constantFrom("race", "start", "both" as const),
  startWeeksBefore: fc.integer({ min: 0, max: 30 }),
  startWeekday: fc.integer({ min: 0, max: 6 }),
  sessionsPerWeek: fc.constantFrom(2 as const, 3 as const),
  level: fc.constantFrom(...LEVELS),
  equipment: fc.subarray([...EQUIPMENT]),
  allowRestDays: fc.boolean(),
});

const planInput = fc.tuple(settings, calendar).map(([s, c]): PlanInput => {
  const raceMonday = startOfWeek(s.raceDate, 1);
  const startDate = addDays(raceMonday, -7 * s.startWeeksBefore + s.startWeekday);
  const first = s.mode === "start" ? startOfWeek(startDate, 1) : addDays(raceMonday, -7 * (s.weeks - 1));
  const base = {
    weeks: s.weeks,
    sessionsPerWeek: s.sessionsPerWeek,
    level: s.level,
    equipment: s.equipment,
    allowRestDays: s.allowRestDays,
  };
  const runs = runsOf(first, c);
  const blockedDates = c.blocked.map((offset) => addDays(first, offset));
  if (s.mode === "start") return { ...base, startDate, runs, blockedDates };
  if (s.mode === "both" && startDate <= s.raceDate)
    return { ...base, raceDate: s.raceDate, startDate, runs, blockedDates };
  return { ...base, raceDate: s.raceDate, runs, blockedDates };
});

/**
 * FC_RUNS=20000 npx vitest run server/planner/property.test.ts for a deeper search, FC_SEED=random
 * for a new sample. `npm test` uses a fixed seed so a run is reproducible: a counterexample found
 * by a deeper or random search becomes a table test once fixed (see server/planner/README.md).
 */
const RUNS = Number(process.env.FC_RUNS ?? 400);
const SEED = process.env.FC_SEED === "random" ? undefined : Number(process.env.FC_SEED ?? 20261130);
fc.configureGlobal({ seed: SEED });
const TIMEOUT = Math.max(30_000, RUNS * 10);

describe("every plan, on random run calendars", () => {
  it(
    "keeps every placement rule and progression invariant (or a warning names the rule bent)",
    () => {
      fc.assert(
        fc.property(planInput, (input) => {
          expect(planViolations(input, buildPlan(input))).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "is deterministic: the same input gives the same JSON",
    () => {
      fc.assert(
        fc.property(planInput, (input) => {
          expect(JSON.stringify(buildPlan(structuredClone(input)))).toBe(JSON.stringify(buildPlan(input)));
        }),
        { numRuns: Math.ceil(RUNS / 4) },
      );
    },
    TIMEOUT,
  );

  it(
    "covers the block exactly: whole weeks from Monday, ending in race week",
    () => {
      fc.assert(
        fc.property(planInput, (input) => {
          const plan = buildPlan(input);
          expect(toDayNumber(plan.endDate) - toDayNumber(plan.startDate) + 1).toBe(plan.weeks.length * 7);
          if (input.raceDate) expect(startOfWeek(input.raceDate, 1)).toBe(plan.weeks[plan.weeks.length - 1]?.startDate);
          else expect(plan.startDate).toBe(startOfWeek(input.startDate!, 1));
          expect(plan.weeks.length).toBeLessThanOrEqual(input.weeks ?? 16);
        }),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    },
    TIMEOUT,
  );
});
