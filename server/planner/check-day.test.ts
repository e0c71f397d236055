import { describe, expect, it } from "vitest";
import { checkSessionDay } from "./check-day";
import type { PlanInput } from "./types";

// A week of a marathon block: tempo Tuesday, long run Sunday, easy running the other days.
const input: PlanInput = {
  startDate: "2026-11-30",
  weeks: 4,
  sessionsPerWeek: 2,
  level: "intermediate",
  equipment: ["dumbbell", "mat"],
  blockedDates: ["2026-12-04"],
  runs: [
    { date: "2026-11-30", type: "easy" },
    { date: "2026-12-01", type: "tempo" },
    { date: "2026-12-02", type: "easy" },
    { date: "2026-12-03", type: "easy" },
    { date: "2026-12-04", type: "easy" },
    { date: "2026-12-05", type: "easy" },
    { date: "2026-12-06", type: "long", distanceKm: 26 },
  ],
};

const rulesOf = (reasons: { rule: string }[]) => reasons.map((reason) => reason.rule);
const session = (date: string, load: "light" | "heavy" = "light", exerciseIds: string[] = ["glute-bridge"]) => ({
  date,
  load,
  exerciseIds,
});

describe("checking a day for a session moved by hand", () => {
  it.each([
    ["the day before the long run", "2026-12-05", ["day-before-long-run"]],
    ["the long-run day", "2026-12-06", ["long-run-day"]],
    ["a blocked date", "2026-12-04", ["blocked-date"]],
    ["a day outside the plan", "2027-02-01", ["outside-block"]],
    ["an easy-run day with room around it", "2026-12-02", []],
  ])("on %s it reports %j", (_label, date, rules) => {
    expect(rulesOf(checkSessionDay(input, session(date), []))).toEqual(rules);
  });

  it("flags a heavy session the day before a quality run, but not a light one", () => {
    expect(rulesOf(checkSessionDay(input, session("2026-11-30", "heavy"), []))).toEqual(["before-quality-run"]);
    expect(checkSessionDay(input, session("2026-11-30", "light"), [])).toEqual([]);
  });

  it("keeps rest days free unless the athlete allows them", () => {
    const withRest = { ...input, runs: input.runs.filter((run) => run.date !== "2026-12-02") };
    expect(rulesOf(checkSessionDay(withRest, session("2026-12-02"), []))).toEqual(["rest-day"]);
    expect(checkSessionDay({ ...withRest, allowRestDays: true }, session("2026-12-02"), [])).toEqual([]);
  });

  it("flags jumping work the day after the long run even at a light load", () => {
    expect(rulesOf(checkSessionDay(input, session("2026-12-07", "light", ["box-jump"]), []))).toContain(
      "after-long-run",
    );
  });

  it.each([
    ["2026-12-03", "the day after"],
    ["2026-12-01", "the day before"],
    ["2026-12-02", "on the same day"],
  ])("flags a session crowding another one on %s, and says it is %s in words", (other, words) => {
    const reasons = checkSessionDay(input, session("2026-12-02"), [other]);
    expect(reasons).toContainEqual({
      rule: "spacing",
      text: `another strength session is ${words}: leave a day between sessions`,
    });
  });

  it("explains every broken rule in words", () => {
    for (const reason of checkSessionDay(input, session("2026-12-05", "heavy", ["box-jump"]), ["2026-12-04"])) {
      expect(reason.text.length).toBeGreaterThan(10);
    }
  });
});
