import { describe, expect, it } from "vitest";
import { blockEndDate, blockOf, blockStartDate, PlanInputError } from "./block";
import { buildCalendar, isMarathon } from "./calendar";
import { runVolumeKm as runKm, stepBackWeeks } from "./run-volume";
import { FRI, MON, SUN, THU, TUE, WED, day } from "./fixtures/tiny";
import type { Run } from "./types";

describe("the block", () => {
  it.each([
    [
      "a Sunday race: 16 weeks ending on race Sunday",
      { raceDate: "2026-10-11", weeks: 16 },
      "2026-06-22",
      "2026-10-11",
    ],
    [
      "a Saturday race: the block still ends on Sunday",
      { raceDate: "2026-09-26", weeks: 16 },
      "2026-06-08",
      "2026-09-27",
    ],
    ["a Wednesday race", { raceDate: "2026-10-14", weeks: 4 }, "2026-09-21", "2026-10-18"],
    ["no race: from the start date's week", { startDate: "2026-11-26", weeks: 8 }, "2026-11-23", "2027-01-17"],
    [
      "race and start: starts no earlier than the start date's week",
      { raceDate: "2026-10-11", startDate: "2026-08-19", weeks: 16 },
      "2026-08-17",
      "2026-10-11",
    ],
  ])("%s", (_label, spec, start, end) => {
    const block = blockOf(spec);
    expect([blockStartDate(block), blockEndDate(block)]).toEqual([start, end]);
  });

  it("plans from the start date itself when it falls mid-week", () => {
    const block = blockOf({ startDate: "2026-11-26", weeks: 8 });
    expect(block.firstPlannableDay - block.firstMonday).toBe(3);
  });

  it("needs a race date or a start date, and a race after the start", () => {
    expect(() => blockOf({ weeks: 8 })).toThrow(PlanInputError);
    expect(() => blockOf({ raceDate: "2026-01-01", startDate: "2026-02-01", weeks: 8 })).toThrow(/before startDate/);
  });
});

describe("the run calendar", () => {
  const runs: Run[] = [
    { date: day(1, MON), type: "easy", distanceKm: 8 },
    { date: day(1, TUE), type: "easy", distanceKm: 5 },
    { date: day(1, TUE), type: "intervals", distanceKm: 9 },
    { date: day(1, THU), type: "rest" },
    { date: day(1, SUN), type: "long", durationMin: 120 },
    { date: day(0, MON), type: "long", distanceKm: 30 },
    { date: day(9, MON), type: "race", distanceKm: 42.2 },
  ];
  const calendar = buildCalendar(blockOf({ startDate: day(1, MON), weeks: 2 }), { runs, blockedDates: [day(2, FRI)] });
  const at = (week: number, weekday: number) => calendar.days[(week - 1) * 7 + weekday]!;

  it("merges double days and ignores runs outside the block", () => {
    expect(at(1, TUE)).toMatchObject({ easy: true, quality: ["intervals"], rest: false });
    expect(calendar.days.flatMap((d) => d.runs)).toHaveLength(5);
  });

  it("tells rest days from weeks with nothing entered", () => {
    expect(at(1, WED)).toMatchObject({ rest: true, unplanned: false });
    expect(at(1, THU)).toMatchObject({ rest: true });
    expect(at(2, WED)).toMatchObject({ rest: false, unplanned: true });
  });

  it("marks blocked dates and long runs", () => {
    expect(at(2, FRI).blocked).toBe(true);
    expect(at(1, SUN).long).toBe(true);
  });

  it("estimates volume from distance or duration", () => {
    expect(calendar.weekVolumeKm[0]).toBe(8 + 5 + 9 + 20);
    expect(runKm({ type: "cross", durationMin: 60 })).toBe(0);
  });

  it.each([
    [{ distanceKm: 42.2 }, true],
    [{ distanceKm: 21.1, title: "Marathon relay" }, false],
    [{ title: "Chicago Marathon" }, true],
    [{ title: "Half Marathon" }, false],
    [{}, false],
  ])("a race %j is a marathon: %s", (extra, expected) => {
    expect(isMarathon({ date: day(1, MON), type: "race", ...extra })).toBe(expected);
  });

  it.each([
    [
      "Higdon: the long run steps back every third week",
      [20, 22, 19, 25, 27, 22, 30],
      [10, 11, 8, 14, 16, 11, 18],
      [2, 5],
    ],
    ["a volume dip of 10% or more", [50, 55, 45, 60], [20, 20, 20, 22], [2]],
    ["a steady build", [40, 44, 48, 52], [15, 16, 17, 18], []],
    ["a dip that never comes back up (the taper) is not a step-back", [60, 50, 40], [30, 25, 20], []],
  ])("step-back weeks, %s", (_label, volume, longest, expected) => {
    const flags = stepBackWeeks(volume, longest);
    expect(flags.flatMap((on, i) => (on ? [i] : []))).toEqual(expected);
  });
});
