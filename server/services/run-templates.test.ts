import { describe, expect, it } from "vitest";
import type { Run } from "../planner/types";
import { groupIntoWeeks } from "./run-templates";

// 2027-03-01 is a Monday, 2027-03-07 the Sunday after it.
const run = (date: string, type: Run["type"], distanceKm?: number): Run => ({ date, type, distanceKm });

/** One week of running: an easy run on Tuesday and a long run on Sunday, `km` in all. */
function week(monday: string, km: number, longKm: number): Run[] {
  const [y, m, d] = monday.split("-").map(Number) as [number, number, number];
  const day = (offset: number) => new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
  return [run(day(1), "easy", km - longKm), run(day(6), "long", longKm)];
}

describe("groupIntoWeeks: a template's runs as the preview shows them", () => {
  it("shows nothing for no runs", () => {
    expect(groupIntoWeeks([], 1)).toEqual([]);
  });

  it.each([
    { weekStartsOn: 1 as const, starts: ["2027-03-01"], sizes: [3] },
    { weekStartsOn: 0 as const, starts: ["2027-02-28", "2027-03-07"], sizes: [2, 1] },
  ])("cuts weeks at the athlete's week start ($weekStartsOn)", ({ weekStartsOn, starts, sizes }) => {
    const runs = [run("2027-03-01", "easy", 5), run("2027-03-03", "tempo", 8), run("2027-03-07", "long", 20)];
    const weeks = groupIntoWeeks(runs, weekStartsOn);
    expect(weeks.map((w) => w.start)).toEqual(starts);
    expect(weeks.map((w) => w.runs.length)).toEqual(sizes);
  });

  it("keeps an empty week between two weeks of running", () => {
    const weeks = groupIntoWeeks([...week("2027-03-01", 30, 12), ...week("2027-03-15", 30, 12)], 1);
    expect(weeks.map((w) => [w.start, w.runKm, w.longRunKm])).toEqual([
      ["2027-03-01", 30, 12],
      ["2027-03-08", 0, null],
      ["2027-03-15", 30, 12],
    ]);
  });

  it.each([
    {
      name: "running kilometres add up",
      runs: [run("2027-03-02", "easy", 8), run("2027-03-04", "intervals", 10)],
      km: 18,
    },
    {
      name: "cross-training and rest days are not running",
      runs: [run("2027-03-02", "easy", 8), run("2027-03-03", "cross", 30), run("2027-03-05", "rest")],
      km: 8,
    },
    {
      name: "a run without a distance adds nothing",
      runs: [run("2027-03-02", "easy", 8), run("2027-03-03", "recovery")],
      km: 8,
    },
    {
      name: "the total is rounded to 100 m",
      runs: [run("2027-03-02", "easy", 8.04), run("2027-03-04", "easy", 8.04)],
      km: 16.1,
    },
  ])("weekly volume: $name", ({ runs, km }) => {
    expect(groupIntoWeeks(runs, 1)[0]?.runKm).toBe(km);
  });

  it.each([
    {
      name: "the longest long run of the week",
      runs: [run("2027-03-03", "long", 14), run("2027-03-07", "long", 22)],
      longRunKm: 22,
    },
    { name: "no long run", runs: [run("2027-03-03", "easy", 10), run("2027-03-07", "tempo", 12)], longRunKm: null },
  ])("long run: $name", ({ runs, longRunKm }) => {
    expect(groupIntoWeeks(runs, 1)[0]?.longRunKm).toBe(longRunKm);
  });

  it.each([
    { name: "a clear drop followed by a rise is a step back", km: [40, 44, 30, 48, 52], lighter: [2] },
    { name: "the taper falls week on week: no step back", km: [40, 50, 60, 45, 30, 20], lighter: [] },
    { name: "two step backs in a build", km: [30, 34, 24, 38, 42, 30, 46], lighter: [2, 5] },
    { name: "the first and last weeks are never step backs", km: [20, 40, 50, 30], lighter: [] },
  ])("step-back weeks: $name", ({ km, lighter }) => {
    const mondays = km.map((_, i) => new Date(Date.UTC(2027, 2, 1 + 7 * i)).toISOString().slice(0, 10));
    const runs = mondays.flatMap((monday, i) => week(monday, km[i]!, Math.round(km[i]! / 3)));
    const weeks = groupIntoWeeks(runs, 1);
    expect(weeks.map((w) => w.runKm)).toEqual(km);
    expect(weeks.flatMap((w, index) => (w.lighter ? [index] : []))).toEqual(lighter);
  });
});
