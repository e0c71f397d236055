import { describe, expect, it } from "vitest";
import { summariseRunWeeks } from "@/server/planner/run-weeks";
import type { Run } from "@/server/planner/types";
import { groupIntoWeeks } from "@/server/services/run-templates";
import { weeklyRunKm } from "@/server/templates";
import { weekRunSummary } from "./week-summary";

/**
 * One week of a marathon build, with everything that made the screens disagree before run volume
 * had one definition: a run with only a duration, cross-training, a rest entry and a tune-up race.
 */
const RACE_DAY = "2027-04-25";
const week: Run[] = [
  { date: "2027-03-01", type: "rest" },
  { date: "2027-03-02", type: "intervals", distanceKm: 11.4 },
  { date: "2027-03-03", type: "easy", durationMin: 48 },
  { date: "2027-03-04", type: "cross", durationMin: 60 },
  { date: "2027-03-05", type: "easy", distanceKm: 8 },
  { date: "2027-03-06", type: "race", distanceKm: 10 },
  { date: "2027-03-07", type: "long", distanceKm: 24 },
];
const EXPECTED_KM = 11.4 + 48 / 6 + 8 + 24;

describe("a week's running volume is the same on every screen", () => {
  it("the week editor's summary", () => {
    const rows = week.map((run) => ({
      ...run,
      distanceKm: run.distanceKm ?? null,
      durationMin: run.durationMin ?? null,
    }));
    expect(weekRunSummary(rows, "km")).toBe(`5 runs · ${EXPECTED_KM.toFixed(1)} km`);
  });

  it("the run templates' preview", () => {
    expect(groupIntoWeeks(week, 1)[0]?.runKm).toBeCloseTo(EXPECTED_KM, 1);
  });

  it("the published templates' weekly totals", () => {
    // 8 weeks ending on race day: the week of 1 March is the first.
    expect(weeklyRunKm(week, RACE_DAY, 8)[0]).toBeCloseTo(EXPECTED_KM, 1);
  });

  it("the plan overview's chart (the planner's own calendar)", () => {
    const weeks = summariseRunWeeks({
      raceDate: RACE_DAY,
      weeks: 8,
      sessionsPerWeek: 2,
      level: "beginner",
      equipment: [],
      runs: week,
    });
    expect(weeks.volumeKm[0]).toBeCloseTo(EXPECTED_KM, 1);
  });
});
