import { describe, expect, it } from "vitest";
import { classifyRun } from "../ics/classify";
import { MARATHON_KM, milesToKm } from "../ics/units";
import { addDays, daysBetween, weekday } from "../domain/dates";
import { RUN_TYPES, type Run } from "../planner/types";
import { DAY_SLOTS } from "./grid";
import { TEMPLATES, type TemplateInfo, buildTemplate, weeklyRunKm } from "./index";

const SUNDAY_RACE = "2026-10-11";
const SATURDAY_RACE = "2026-04-18";
/** weekday() numbers (0 = Sunday) of each slot for a Sunday race. */
const SLOT_WEEKDAY = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 0 } as const;

const runsOn = (runs: Run[], slot: keyof typeof SLOT_WEEKDAY, shift = 0) =>
  runs.filter((run) => weekday(run.date) === (SLOT_WEEKDAY[slot] + shift + 7) % 7);

describe.each(TEMPLATES.map((info) => [info.id, info] as const))("template %s", (_id, info: TemplateInfo) => {
  const runs = buildTemplate(info.id, SUNDAY_RACE);
  const volume = weeklyRunKm(runs, SUNDAY_RACE, info.weeks);

  it("produces plain Run objects in date order, only inside its weeks", () => {
    const first = addDays(SUNDAY_RACE, -7 * info.weeks + 1);
    for (const run of runs) {
      expect(
        Object.keys(run).every((key) => ["date", "type", "distanceKm", "durationMin", "title"].includes(key)),
      ).toBe(true);
      expect(RUN_TYPES).toContain(run.type);
      expect(run.date >= first && run.date <= SUNDAY_RACE).toBe(true);
    }
    expect(runs.map((run) => run.date)).toEqual([...runs.map((run) => run.date)].sort());
    expect(runs.some((run) => daysBetween(first, run.date) < 7)).toBe(true);
    expect(buildTemplate(info.id, SUNDAY_RACE)).toEqual(runs);
  });

  it("ends with exactly one race, the marathon, on race day", () => {
    const races = runs.filter((run) => run.type === "race");
    expect(races).toEqual([{ date: SUNDAY_RACE, type: "race", distanceKm: MARATHON_KM, title: "Marathon race day" }]);
    expect(runs[runs.length - 1]?.date).toBe(SUNDAY_RACE);
  });

  it("puts every long run on its stated weekday", () => {
    const longRuns = runs.filter((run) => run.type === "long");
    expect(longRuns.length).toBeGreaterThanOrEqual(info.weeks - 4);
    expect(runsOn(longRuns, info.longRunDay)).toEqual(longRuns);
  });

  it("shows its step-back weeks in weekly volume", () => {
    for (const stepBack of info.stepBackWeeks) {
      const [before, during] = [volume[stepBack - 2] ?? 0, volume[stepBack - 1] ?? 0];
      expect(during, `week ${stepBack}: ${during} km after ${before} km`).toBeLessThan(before);
    }
  });

  it("tapers: the last weeks fall steadily from the peak", () => {
    const peak = Math.max(...volume);
    const tail = volume.slice(-(info.taperWeeks + 1));
    tail.forEach((km, i) => {
      expect(km).toBeLessThan(i === 0 ? peak : (tail[i - 1] ?? 0));
    });
    expect(tail[tail.length - 1]).toBeLessThan(peak * 0.5);
  });

  it("keeps the grid when the race is on a Saturday", () => {
    const shifted = buildTemplate(info.id, SATURDAY_RACE);
    expect(shifted.map((run) => run.type)).toEqual(runs.map((run) => run.type));
    expect(shifted[shifted.length - 1]).toMatchObject({ date: SATURDAY_RACE, type: "race" });
    expect(
      runsOn(
        shifted.filter((run) => run.type === "long"),
        info.longRunDay,
        -1,
      ).length,
    ).toBe(runs.filter((r) => r.type === "long").length);
  });

  it("writes titles our importer reads back as the same type and distance", () => {
    const disagreements = runs.flatMap((run) => {
      const read = classifyRun(run.title ?? "");
      const sameKm =
        run.distanceKm === undefined ||
        read.distanceKm === undefined ||
        Math.abs(read.distanceKm - run.distanceKm) < 0.06;
      // The tune-up half marathon is typed "long" on purpose, and its title invites racing it.
      const tuneUp = /tune-up/.test(run.title ?? "");
      return (read.type === run.type && sameKm) || tuneUp ? [] : [`${run.title}: ${read.type} ${read.distanceKm}`];
    });
    expect(disagreements).toEqual([]);
  });
});

describe("structures from the published plans", () => {
  it("Higdon-like novice: long run 6 to 20 mi peaking in week 15, half marathon in week 8, cross on Sunday", () => {
    const runs = buildTemplate("higdon-novice", SUNDAY_RACE);
    const saturdays = runsOn(runs, "sat");
    expect(saturdays[0]?.distanceKm).toBe(milesToKm(6));
    expect(Math.max(...saturdays.map((run) => run.distanceKm ?? 0))).toBe(milesToKm(20));
    expect(saturdays[14]?.distanceKm).toBe(milesToKm(20));
    expect(saturdays[7]?.title).toMatch(/Half marathon/);
    expect(
      runsOn(runs, "sun")
        .slice(0, -1)
        .every((run) => run.type === "cross"),
    ).toBe(true);
    expect(runsOn(runs, "mon").concat(runsOn(runs, "fri"))).toEqual([]);
  });

  it("Higdon-like intermediate: Monday cross, Wednesday medium run, Saturday pace runs", () => {
    const runs = buildTemplate("higdon-intermediate", SUNDAY_RACE);
    expect(runsOn(runs, "mon").every((run) => run.type === "cross")).toBe(true);
    expect(runsOn(runs, "sat").filter((run) => run.type === "tempo").length).toBeGreaterThanOrEqual(8);
    expect(runsOn(runs, "fri")).toEqual([]);
  });

  it("Hansons-like: Wednesday off, six days, Tuesday speed then strength, long run capped at 16 mi", () => {
    const runs = buildTemplate("hansons-beginner", SUNDAY_RACE);
    expect(runsOn(runs, "wed")).toEqual([]);
    const tuesdays = runsOn(runs, "tue").map((run) => run.title ?? "");
    expect(tuesdays.filter((title) => title.startsWith("Speed"))).toHaveLength(5);
    expect(tuesdays.filter((title) => title.startsWith("Strength"))).toHaveLength(7);
    expect(runsOn(runs, "thu").filter((run) => run.type === "tempo")).toHaveLength(13);
    expect(Math.max(...runs.filter((run) => run.type === "long").map((run) => run.distanceKm ?? 0))).toBe(
      milesToKm(16),
    );
    const planStart = addDays(SUNDAY_RACE, -7 * 18 + 1);
    const week12 = runs.filter((run) => Math.floor(daysBetween(planStart, run.date) / 7) === 11);
    expect(week12).toHaveLength(6);
  });

  it("Pfitzinger-like 18/55: Monday rest, medium-long Wednesday, 20-mile peak, taper about 22/40/60 % down", () => {
    const runs = buildTemplate("pfitzinger-18-55", SUNDAY_RACE);
    expect(runsOn(runs, "mon")).toEqual([]);
    expect(
      runsOn(runs, "wed")
        .slice(0, 16)
        .every((run) => /Medium-long/.test(run.title ?? "")),
    ).toBe(true);
    expect(Math.max(...runs.filter((run) => run.type === "long").map((run) => run.distanceKm ?? 0))).toBe(
      milesToKm(20),
    );
    const volume = weeklyRunKm(runs, SUNDAY_RACE, 18);
    const peak = Math.max(...volume);
    expect(peak).toBeCloseTo(milesToKm(55), 0);
    const cuts = volume.slice(-3).map((km) => Math.round((1 - km / peak) * 100));
    expect(cuts[0]).toBeGreaterThanOrEqual(18);
    expect(cuts[0]).toBeLessThanOrEqual(27);
    expect(cuts[1]).toBeGreaterThanOrEqual(35);
    expect(cuts[1]).toBeLessThanOrEqual(45);
    expect(cuts[2]).toBeGreaterThanOrEqual(55);
    expect(cuts[2]).toBeLessThanOrEqual(65);
    expect(runs.some((run) => run.type === "intervals" && /VO2max/.test(run.title ?? ""))).toBe(true);
    expect(runs.some((run) => run.type === "tempo" && /Lactate threshold/.test(run.title ?? ""))).toBe(true);
  });

  it("three runs a week: track, tempo and long run, nothing else but cross-training", () => {
    const runs = buildTemplate("three-runs", SUNDAY_RACE).filter((run) => run.type !== "cross");
    expect(runsOn(runs, "tue").every((run) => run.type === "intervals")).toBe(true);
    expect(runsOn(runs, "thu").every((run) => run.type === "tempo")).toBe(true);
    const others = DAY_SLOTS.filter((slot) => !["tue", "thu", "sun"].includes(slot)).flatMap((slot) =>
      runsOn(runs, slot),
    );
    expect(others).toEqual([]);
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => buildTemplate("higdon-novice", "2026-02-30")).toThrow(RangeError);
  });
});
