import { describe, expect, it } from "vitest";
import { exerciseById } from "./catalog";
import { weekday } from "../domain/dates";
import { FRI, MON, SAT, SUN, THU, TUE, TYPICAL_WEEK, WED, day, repeatWeek, tinyInput } from "./fixtures/tiny";
import { buildPlan } from "./plan";
import { isEccentricHeavy, isPlyometric } from "./selection";
import type { Equipment, Plan, PlannedSession, RunType } from "./types";

/** Placement through buildPlan: which days a week gets, why, and what happens when none fits. */

const DAY = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const daysOf = (plan: Plan, week: number): string[] =>
  (plan.weeks[week - 1]?.sessions ?? []).map((s) => DAY[weekday(s.date)] ?? "?");
const sessionOn = (plan: Plan, date: string): PlannedSession | undefined =>
  plan.weeks.flatMap((w) => w.sessions).find((s) => s.date === date);
const exercises = (s: PlannedSession | undefined) => (s?.exercises ?? []).map((e) => exerciseById(e.exerciseId)!);

describe("choosing the days of a week", () => {
  it("prefers the quality-run day, after the run, at least 6 hours apart", () => {
    const plan = buildPlan(tinyInput(repeatWeek(["easy", "intervals", "easy", "tempo", "easy", "easy", "long"], 4)));
    expect(daysOf(plan, 2)).toEqual(["Tue", "Thu"]);
    const reason = sessionOn(plan, day(2, TUE))?.reasons[0];
    expect(reason?.rule).toBe("quality-day");
    expect(reason?.text).toMatch(/after the run, at least 6 hours apart/);
  });

  it("then an easy-run day, before cross-training, and never a rest day unless allowed", () => {
    const week: (RunType | null)[] = [null, "easy", "cross", "easy", null, "easy", "long"];
    const plan = buildPlan(tinyInput(repeatWeek(week, 4)));
    expect(daysOf(plan, 2)).toEqual(["Tue", "Thu"]);
    expect(sessionOn(plan, day(2, TUE))?.reasons[0]?.rule).toBe("easy-day");
    // Mon/Wed/Fri would leave no day of the week without training: two sessions instead.
    const three = buildPlan(tinyInput(repeatWeek(week, 4), { sessionsPerWeek: 3, allowRestDays: true }));
    expect(daysOf(three, 2)).toEqual(["Tue", "Thu"]);
    const roomy: (RunType | null)[] = [null, "easy", null, "easy", null, null, "long"];
    const rested = buildPlan(tinyInput(repeatWeek(roomy, 4), { sessionsPerWeek: 3, allowRestDays: true }));
    expect(daysOf(rested, 2)).toEqual(["Mon", "Wed", "Fri"]);
    expect(sessionOn(rested, day(2, FRI))?.reasons[0]?.rule).toBe("rest-day");
  });

  it("uses a rest day only when no run day works", () => {
    const week: (RunType | null)[] = ["easy", null, "easy", null, "easy", null, "long"];
    const plan = buildPlan(tinyInput(repeatWeek(week, 4), { sessionsPerWeek: 2, allowRestDays: true }));
    expect(daysOf(plan, 2)).toEqual(["Mon", "Fri"]);
  });

  it("never places two sessions on consecutive days, across weeks too", () => {
    const plan = buildPlan(
      tinyInput(repeatWeek(["easy", "easy", "easy", "easy", "easy", "easy", "easy"], 4), { sessionsPerWeek: 3 }),
    );
    const dates = plan.weeks.flatMap((w) => w.sessions.map((s) => s.date));
    for (let i = 1; i < dates.length; i++)
      expect(Date.parse(dates[i]!) - Date.parse(dates[i - 1]!)).toBeGreaterThanOrEqual(2 * 86_400_000);
  });

  it("keeps the long-run day and the day before free, and the day after light and low in soreness", () => {
    const plan = buildPlan(
      tinyInput(repeatWeek(["easy", "easy", null, "easy", "easy", "easy", "long"], 4), { sessionsPerWeek: 3 }),
    );
    for (const w of [1, 2, 3, 4]) {
      expect(daysOf(plan, w)).not.toContain("Sun");
      expect(daysOf(plan, w)).not.toContain("Sat");
    }
    const monday = sessionOn(plan, day(2, MON));
    expect(monday?.load).toMatch(/bodyweight|light/);
    expect(exercises(monday).every((e) => e.soreness === "low")).toBe(true);
    expect(monday?.reasons.map((r) => r.rule)).toContain("after-long-run");
  });

  it("keeps heavy, slow-eccentric and jumping work off the day before a quality run", () => {
    // Twelve weeks without a race: heavy from week 7. Three sessions fit only as Mon/Wed/Fri, and
    // Wednesday is the day before Thursday's tempo run.
    const week: (RunType | null)[] = ["easy", null, "easy", "tempo", null, "easy", "long"];
    const equipment: Equipment[] = ["mat", "dumbbell", "barbell", "box"];
    const plan = buildPlan(
      tinyInput(repeatWeek(week, 12), { weeks: 12, sessionsPerWeek: 3, allowRestDays: true, equipment }),
    );
    expect(plan.weeks[7]?.phase).toBe("max-strength");
    const wednesday = sessionOn(plan, day(8, WED));
    expect(wednesday?.load).toBe("moderate");
    expect(exercises(wednesday).some((e) => isPlyometric(e) || isEccentricHeavy(e))).toBe(false);
    expect(wednesday?.reasons.some((r) => r.rule === "before-quality-run")).toBe(true);
    expect(plan.weeks[7]?.sessions.some((s) => s.load === "heavy")).toBe(true);
  });

  it("goes to fewer sessions, with a warning that names the rule, when the days do not fit", () => {
    const plan = buildPlan(tinyInput(repeatWeek(TYPICAL_WEEK, 4), { sessionsPerWeek: 3 }));
    expect(plan.weeks[1]?.sessions).toHaveLength(2);
    const warning = plan.warnings.find((w) => w.date === day(2, MON));
    expect(warning?.text).toMatch(/Week 2: 2 strength sessions instead of 3\./);
    // Friday, the one day without a run, stays free even if rest days were allowed.
    const allowed = buildPlan(tinyInput(repeatWeek(TYPICAL_WEEK, 4), { sessionsPerWeek: 3, allowRestDays: true }));
    expect(daysOf(allowed, 2)).not.toContain("Fri");
  });

  it("bends the cheapest rule for one light session when no day satisfies them all", () => {
    const week: (RunType | null)[] = ["rest", "rest", "rest", "rest", "rest", "easy", "long"];
    const plan = buildPlan(tinyInput(repeatWeek(week, 4)));
    for (const w of plan.weeks) {
      expect(w.sessions).toHaveLength(1);
      const [session] = w.sessions;
      expect(session?.load).toMatch(/bodyweight|light/);
      expect(plan.warnings.some((x) => x.rule === "rest-day" && x.date === session?.date)).toBe(true);
      expect(session?.reasons.some((r) => r.rule === "rest-day" && /Least bad day/.test(r.text))).toBe(true);
    }
  });

  it("never bends a hard rule: a week of blocked dates has no session and says why", () => {
    const blockedDates = [MON, TUE, WED, THU, FRI, SAT, SUN].map((d) => day(2, d));
    const plan = buildPlan(tinyInput(repeatWeek(TYPICAL_WEEK, 4), { blockedDates }));
    expect(plan.weeks[1]?.sessions.filter((s) => !s.optional)).toEqual([]);
    expect(plan.warnings.find((w) => w.date === day(2, MON))).toMatchObject({ rule: "blocked-date" });
  });

  it("starts on the start date when it falls mid-week", () => {
    const plan = buildPlan(tinyInput(repeatWeek(TYPICAL_WEEK, 4), { startDate: day(1, WED) }));
    expect(plan.startDate).toBe(day(1, MON));
    expect(plan.weeks[0]?.sessions.every((s) => s.date >= day(1, WED))).toBe(true);
  });

  it("in race week: one short activation session early, nothing in the last two days", () => {
    const runs = [...repeatWeek(TYPICAL_WEEK, 3), { date: day(4, SUN), type: "race" as const, distanceKm: 42.2 }];
    const plan = buildPlan(tinyInput(runs, { startDate: undefined, raceDate: day(4, SUN) }));
    const raceWeek = plan.weeks[3];
    expect(raceWeek?.sessions).toHaveLength(1);
    expect(daysOf(plan, 4)).toEqual(["Mon"]);
    expect(raceWeek?.sessions[0]?.load).toBe("light");
    expect(raceWeek?.sessions[0]?.focus).toMatch(/activation/);
  });

  it("warns when every free day holds the week below its target load", () => {
    // Only Monday is free, and it is the day after the long run: a moderate week tops out at light.
    const week: (RunType | null)[] = ["easy", "rest", "rest", "rest", "rest", "easy", "long"];
    const plan = buildPlan(tinyInput(repeatWeek(week, 12), { weeks: 12 }));
    const strengthWeek = plan.weeks.find((w) => w.phase === "strength" && !w.deload);
    expect(strengthWeek?.sessions.map((s) => s.load)).toEqual(["light"]);
    const warning = plan.warnings.find((w) => w.date === strengthWeek?.startDate && /tops out at light/.test(w.text));
    expect(warning?.rule).toBe("after-long-run");
  });
});
