import { describe, expect, it } from "vitest";
import { MARATHON_KM } from "../ics/units";
import { addDays, startOfWeek, weekday } from "../domain/dates";
import { type OwnWeekInput, buildOwnWeek, longRunProgression, weeklyRunKm } from "./index";

const BASE: OwnWeekInput = {
  raceDate: "2026-10-11", // a Sunday
  weeks: 16,
  days: { mon: "rest", tue: "quality", wed: "easy", thu: "easy", fri: "rest", sat: "long", sun: "easy" },
  longRunStartKm: 14,
  longRunPeakKm: 32,
  stepBackEvery: 4,
};

/** Calendar-week volumes, Monday-based, for a plan whose race week holds raceDate. */
function volumes(input: OwnWeekInput): number[] {
  const runs = buildOwnWeek(input);
  const firstMonday = addDays(startOfWeek(input.raceDate, 1), -7 * (input.weeks - 1));
  // weeklyRunKm counts 7-day blocks ending on race day; re-anchor on the Sunday ending race week.
  return weeklyRunKm(runs, addDays(firstMonday, 7 * input.weeks - 1), input.weeks);
}

describe("buildOwnWeek", () => {
  const runs = buildOwnWeek(BASE);

  it("stays inside its calendar weeks and ends with the only race, on race day", () => {
    const firstMonday = addDays(startOfWeek(BASE.raceDate, 1), -7 * 15);
    expect(runs[0]?.date).toBe(addDays(firstMonday, 1)); // Monday is a rest day
    expect(runs.every((run) => run.date >= firstMonday && run.date <= BASE.raceDate)).toBe(true);
    expect(runs.filter((run) => run.type === "race")).toEqual([
      { date: BASE.raceDate, type: "race", distanceKm: MARATHON_KM, title: "Marathon race day" },
    ]);
    expect(runs[runs.length - 1]?.date).toBe(BASE.raceDate);
  });

  it("runs only on the athlete's days, with the long run on Saturday", () => {
    const longRuns = runs.filter((run) => run.type === "long");
    expect(longRuns).toHaveLength(BASE.weeks - 1);
    expect(longRuns.every((run) => weekday(run.date) === 6)).toBe(true);
    const restDays = runs.filter((run) => run.type !== "race" && [1, 5].includes(weekday(run.date)));
    expect(restDays).toEqual([]);
    expect(
      runs.filter((run) => run.type === "tempo" || run.type === "intervals").every((run) => weekday(run.date) === 2),
    ).toBe(true);
  });

  it("builds the long run from start to peak with step-back weeks", () => {
    const longs = longRunProgression(BASE);
    expect(longs[0]).toBe(14);
    expect(Math.max(...longs)).toBe(32);
    expect(longs.indexOf(32)).toBe(BASE.weeks - 4); // last build week, before two taper weeks
    for (const stepBack of [4, 8, 12]) expect(longs[stepBack - 1]).toBeLessThan(longs[stepBack - 2] ?? 0);
  });

  it.each([3, 4] as const)("shows every %i-week step-back in weekly volume", (every) => {
    const input = { ...BASE, weeks: 18, stepBackEvery: every };
    const volume = volumes(input);
    const buildWeeks = input.weeks - 3;
    for (let week = every; week < buildWeeks; week += every) {
      expect(volume[week - 1], `week ${week}`).toBeLessThan(volume[week - 2] ?? 0);
    }
  });

  it("tapers over two weeks and keeps race week short", () => {
    const volume = volumes(BASE);
    const peak = Math.max(...volume);
    const [taper1, taper2, raceWeek] = volume.slice(-3);
    expect(taper1).toBeLessThan(peak);
    expect(taper2).toBeLessThan(taper1 ?? 0);
    expect(raceWeek).toBeLessThan(taper2 ?? 0);
    expect(runs.find((run) => run.date === addDays(BASE.raceDate, -1))).toBeUndefined();
  });

  it("handles a midweek race and short plans", () => {
    const wednesday = buildOwnWeek({ ...BASE, raceDate: "2026-10-14", weeks: 8, days: { ...BASE.days, mon: "easy" } });
    expect(wednesday[wednesday.length - 1]).toMatchObject({ date: "2026-10-14", type: "race" });
    expect(wednesday.filter((run) => run.date > "2026-10-11" && run.type !== "race").map((run) => run.date)).toEqual([
      "2026-10-12",
    ]);
    expect(longRunProgression({ ...BASE, weeks: 8 })).toHaveLength(7);
  });

  it.each([
    ["no long day", { days: { ...BASE.days, sat: "easy" } }],
    ["two long days", { days: { ...BASE.days, sun: "long" } }],
    ["too few weeks", { weeks: 4 }],
    ["peak below start", { longRunStartKm: 30, longRunPeakKm: 20 }],
    ["a bad race date", { raceDate: "11/10/2026" }],
  ] as const)("refuses %s", (_name, change) => {
    expect(() => buildOwnWeek({ ...BASE, ...change } as OwnWeekInput)).toThrow(RangeError);
  });
});
