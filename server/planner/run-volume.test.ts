import { describe, expect, it } from "vitest";
import { runVolumeKm, weeklyRunVolume } from "./run-volume";
import type { Run } from "./types";

const run = (date: string, type: Run["type"], extra: Partial<Run> = {}): Run => ({ date, type, ...extra });

describe("runVolumeKm: what one entry adds to a week's running", () => {
  it.each([
    ["a run's own distance", run("2027-03-01", "easy", { distanceKm: 8 }), 8],
    ["the distance wins over the duration", run("2027-03-01", "tempo", { distanceKm: 10, durationMin: 90 }), 10],
    ["a duration at 6 min/km", run("2027-03-01", "easy", { durationMin: 45 }), 7.5],
    ["nothing entered counts nothing", run("2027-03-01", "long"), 0],
    ["a race is the event, not training volume", run("2027-03-01", "race", { distanceKm: 21.1 }), 0],
    ["cross-training is not", run("2027-03-01", "cross", { durationMin: 60 }), 0],
    ["rest is not", run("2027-03-01", "rest", { distanceKm: 5 }), 0],
  ])("%s", (_label, entry, km) => {
    expect(runVolumeKm(entry)).toBeCloseTo(km, 6);
  });
});

describe("weeklyRunVolume", () => {
  const runs = [
    run("2027-03-01", "easy", { distanceKm: 8 }),
    run("2027-03-07", "long", { distanceKm: 20 }),
    run("2027-03-09", "easy", { distanceKm: 6 }),
    run("2027-03-14", "long", { distanceKm: 14 }),
    run("2027-03-16", "easy", { distanceKm: 10 }),
    run("2027-03-21", "long", { distanceKm: 24 }),
    run("2027-03-28", "race", { distanceKm: 42.2 }),
    run("2027-02-28", "easy", { distanceKm: 99 }),
  ];

  it("sums each week from its first day, leaving out runs before or after the span", () => {
    const weeks = weeklyRunVolume(runs, "2027-03-01", 4);
    expect(weeks.volumeKm).toEqual([28, 20, 34, 0]);
    expect(weeks.longestKm).toEqual([20, 14, 24, 42.2]);
  });

  it("marks the week whose long run dropped and then rose again as a step back", () => {
    expect(weeklyRunVolume(runs, "2027-03-01", 4).stepBack).toEqual([false, true, false, false]);
  });

  it("follows the athlete's week start: a Sunday week moves the Sunday long runs forward", () => {
    expect(weeklyRunVolume(runs, "2027-02-28", 2).volumeKm).toEqual([99 + 8, 20 + 6]);
  });
});
