import { describe, expect, it } from "vitest";
import { addDays } from "../domain/dates";
import { planViolations } from "./fixtures/invariants";
import { higdonNovice } from "./fixtures/marathon-plans";
import { buildPlan } from "./plan";
import type { Plan, PlanInput, PlannedSession } from "./types";

/** The invariant checker is itself tested: each planted violation must be caught. */

const calendar = higdonNovice();
const input: PlanInput = {
  raceDate: calendar.raceDate,
  sessionsPerWeek: 2,
  level: "beginner",
  equipment: ["mat", "band", "dumbbell", "box"],
  runs: calendar.runs,
};
const plan = buildPlan(input);

function mutate(change: (p: Plan) => void): string[] {
  const copy = structuredClone(plan);
  change(copy);
  return planViolations(input, copy);
}

const session = (p: Plan, week: number, k = 0): PlannedSession => p.weeks[week - 1]!.sessions[k]!;
const line = (exerciseId: string, sets = 2) => ({ exerciseId, sets, reps: 5, perSide: false, intensity: "x" });

describe("the invariant checker", () => {
  it("passes the real plan", () => {
    expect(planViolations(input, plan)).toEqual([]);
  });

  it.each<[string, (p: Plan) => void, RegExp]>([
    ["a session on the long-run day", (p) => void (session(p, 5).date = "2026-07-25"), /long-run-day/],
    ["a session the day before a long run", (p) => void (session(p, 5).date = "2026-07-24"), /day-before-long-run/],
    ["a session two days before a race", (p) => void (session(p, 6).date = "2026-07-31"), /race-proximity/],
    ["a session on a rest day", (p) => void (session(p, 5).date = "2026-07-20"), /rest-day/],
    [
      "a heavy session the day after a long run",
      (p) => void Object.assign(session(p, 9), { date: "2026-08-23", load: "heavy" }),
      /after-long-run/,
    ],
    [
      "two sessions on consecutive days",
      (p) => void (session(p, 5, 1).date = addDays(session(p, 5).date, 1)),
      /spacing/,
    ],
    ["week 1 not bodyweight", (p) => void (session(p, 1).load = "light"), /week 1 not bodyweight/],
    ["heavy before week 5", (p) => void (session(p, 4).load = "heavy"), /heavy before week 5/],
    ["a top load that drops", (p) => void p.weeks[10]!.sessions.forEach((s) => (s.load = "light")), /top load dropped/],
    [
      "a deload that keeps its volume",
      (p) => void p.weeks.find((w) => w.deload)!.sessions.forEach((s) => s.exercises.forEach((e) => (e.sets = 5))),
      /deload .* sets > 60%/,
    ],
    [
      "a taper that keeps its volume",
      (p) => void p.weeks[14]!.sessions.forEach((s) => s.exercises.forEach((e) => (e.sets = 4))),
      /taper .* > 60%/,
    ],
    ["heavy in the last 10 days", (p) => void (session(p, 15, 1).load = "heavy"), /taper: heavy/],
    [
      "a beginner's Nordic curl in week 2",
      (p) => void session(p, 2).exercises.push(line("nordic-curl", 3)),
      /high-soreness eccentric work in weeks 1-2/,
    ],
    ["an exercise the kit cannot do", (p) => void session(p, 3).exercises.push(line("back-squat")), /equipment/],
    [
      "a session with no reason for its day",
      (p) => void (session(p, 3).reasons = session(p, 3).reasons.filter((r) => r.rule === "phase")),
      /no reason for the day/,
    ],
    ["a missing session without a warning", (p) => void p.weeks[2]!.sessions.pop(), /1\/2 sessions, no warning/],
    [
      "deloads four weeks too late",
      (p) => void p.weeks.forEach((w) => (w.deload = false)),
      /more than 3 loading weeks/,
    ],
  ])("catches %s", (_label, change, expected) => {
    expect(mutate(change).join("\n")).toMatch(expected);
  });

  it("accepts a bent rule when a warning names it", () => {
    const violations = mutate((p) => {
      session(p, 5).date = "2026-07-24";
      p.warnings.push({ rule: "day-before-long-run", date: "2026-07-24", text: "bent" });
    });
    expect(violations.join("\n")).not.toMatch(/day-before-long-run/);
  });
});
