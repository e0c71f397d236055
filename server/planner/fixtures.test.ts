import { describe, expect, it } from "vitest";
import { exerciseById } from "./catalog";
import { addDays, weekday } from "../domain/dates";
import { planViolations } from "./fixtures/invariants";
import {
  RUN_CALENDARS,
  backToBack,
  higdonNovice,
  onlyTheRace,
  saturdayRace,
  sevenDayDoubles,
  weekdayLongRun,
  type RunCalendar,
} from "./fixtures/marathon-plans";
import { KITS, inputsFor } from "./fixtures/matrix";
import { buildPlan } from "./plan";
import { withDefaults } from "./schema";
import type { Equipment, PlanInput } from "./types";

/**
 * Every rule and progression invariant, on realistic marathon blocks shaped after the published
 * plans (docs/training-science.md#published-marathon-plans), for every level, session count,
 * equipment kit and rest-day
 * setting, and with the race moved around the calendar.
 */

const RACE_SHIFTS = [0, 7 * 11, 7 * 30 - 1];
const calendars: RunCalendar[] = RUN_CALENDARS.flatMap((make) =>
  RACE_SHIFTS.map((shift) => {
    const base = make();
    return shift === 0 ? base : make(addDays(base.raceDate, shift));
  }),
);

const DAY = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

describe("realistic marathon blocks", () => {
  describe.each(calendars.map((c) => [`${c.name}, race ${c.raceDate}`, c] as const))("%s", (_name, calendar) => {
    it("keeps every rule and progression invariant, whatever the athlete and the kit", () => {
      const problems = inputsFor(calendar).flatMap(({ label, input }) =>
        planViolations(input, buildPlan(input)).map((p) => `${label}: ${p}`),
      );
      expect(problems).toEqual([]);
    });
  });

  const input = (calendar: RunCalendar, overrides: Partial<PlanInput> = {}): PlanInput =>
    withDefaults({
      raceDate: calendar.raceDate,
      sessionsPerWeek: 3,
      level: "intermediate",
      equipment: KITS.home!,
      runs: calendar.runs,
      ...overrides,
    });

  it("lines the deloads up with Higdon's step-back weeks", () => {
    const plan = buildPlan(input(higdonNovice()));
    const deloads = plan.weeks.filter((w) => w.deload).map((w) => w.index);
    // Block weeks 4, 7 and 10 are Higdon's step-back weeks 6, 9 and 12 (long run 7, 10, 12 miles).
    expect(deloads.slice(0, 3)).toEqual([4, 7, 10]);
    expect(plan.weeks[3]?.sessions[0]?.reasons.find((r) => r.rule === "deload")?.text).toMatch(
      /step-back week of your run plan/,
    );
  });

  it("keeps the half-marathon tune-up clear: nothing in the 2 days before, light the day after", () => {
    const plan = buildPlan(input(higdonNovice()));
    const sessions = plan.weeks.flatMap((w) => w.sessions);
    const half = "2026-08-02";
    expect(sessions.map((s) => s.date)).not.toContain(addDays(half, -1));
    expect(sessions.map((s) => s.date)).not.toContain(addDays(half, -2));
    const after = sessions.find((s) => s.date === addDays(half, 1));
    if (after) expect(after.load).toMatch(/bodyweight|light/);
  });

  it("a Saturday race: race week's session early, nothing from Thursday on", () => {
    const plan = buildPlan(input(saturdayRace()));
    const raceWeek = plan.weeks[plan.weeks.length - 1]!;
    // Monday is a rest day in this plan, so the activation session goes on Tuesday.
    expect(raceWeek.sessions.map((s) => DAY[weekday(s.date)])).toEqual(["Tue"]);
    expect(plan.endDate).toBe(addDays(saturdayRace().raceDate, 1));
  });

  it("a weekday long run: never on Tuesday or Wednesday, Thursday only light", () => {
    const plan = buildPlan(input(weekdayLongRun()));
    const sessions = plan.weeks.slice(0, -1).flatMap((w) => w.sessions);
    expect(sessions.some((s) => ["Tue", "Wed"].includes(DAY[weekday(s.date)]!))).toBe(false);
    for (const s of sessions.filter((x) => DAY[weekday(x.date)] === "Thu")) expect(s.load).toMatch(/bodyweight|light/);
  });

  it("back-to-back long runs: Friday to Sunday stay free, Monday is light", () => {
    const plan = buildPlan(input(backToBack(), { allowRestDays: true }));
    const loaded = plan.weeks.slice(0, -1).flatMap((w) => w.sessions);
    expect(loaded.some((s) => ["Fri", "Sat", "Sun"].includes(DAY[weekday(s.date)]!))).toBe(false);
    for (const s of loaded.filter((x) => DAY[weekday(x.date)] === "Mon")) expect(s.load).toMatch(/bodyweight|light/);
  });

  it("seven days a week with doubles: sessions still find their days, the heavy one on a free-standing day", () => {
    const plan = buildPlan(input(sevenDayDoubles()));
    expect(plan.warnings.filter((w) => /instead of 3/.test(w.text))).toEqual([]);
    const heavyWeek = plan.weeks.find((w) => w.phase === "max-strength" && !w.deload)!;
    expect(heavyWeek.sessions.some((s) => s.load === "heavy")).toBe(true);
  });

  it("a calendar with only the race on it: every week gets its sessions, no rule needs bending", () => {
    const plan = buildPlan(input(onlyTheRace()));
    expect(plan.warnings).toEqual([]);
    expect(plan.weeks.every((w) => w.sessions.length > 0)).toBe(true);
  });

  it("equipment decides the rung: the same block with a barbell and with nothing", () => {
    const heavy = (kit: Equipment[]) =>
      buildPlan(input(higdonNovice(), { equipment: kit, level: "advanced" }))
        .weeks.filter((w) => w.phase === "max-strength")
        .flatMap((w) =>
          w.sessions
            .filter((s) => s.load === "heavy")
            .flatMap((s) => s.exercises.map((e) => exerciseById(e.exerciseId)!)),
        );
    const gym = heavy(KITS.gym!);
    const floor = heavy(KITS.bodyweight!);
    expect(gym.some((e) => e.equipment.includes("barbell"))).toBe(true);
    expect(floor.every((e) => e.equipment.every((item) => item === "none" || item === "mat"))).toBe(true);
    // Without weights, heavy means the hardest rungs: single-leg and slow-eccentric work.
    const main = floor.filter((e) => e.pattern !== "core" && e.pattern !== "hip-abduction" && e.pattern !== "balance");
    expect(main.filter((e) => e.unilateral || e.emphasis === "eccentric").length / main.length).toBeGreaterThan(0.6);
    expect(Math.max(...floor.map((e) => e.level))).toBeGreaterThanOrEqual(4);
  });

  it("the same input gives the same plan, byte for byte", () => {
    for (const make of RUN_CALENDARS) {
      const i = input(make());
      expect(JSON.stringify(buildPlan(i))).toBe(JSON.stringify(buildPlan(structuredClone(i))));
    }
  });
});
