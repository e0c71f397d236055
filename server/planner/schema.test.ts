import { describe, expect, it } from "vitest";
import { parsePlanInput } from "./schema";

const valid = { raceDate: "2026-10-11", sessionsPerWeek: 2, level: "beginner", equipment: ["mat"], runs: [] };

describe("parsePlanInput", () => {
  it("accepts a valid input and fills in the defaults", () => {
    const parsed = parsePlanInput(valid);
    expect(parsed).toEqual({ ok: true, input: { ...valid, weeks: 16, allowRestDays: false, blockedDates: [] } });
  });

  it("drops unknown keys", () => {
    const parsed = parsePlanInput({ ...valid, colour: "red" });
    expect(parsed.ok && "colour" in parsed.input).toBe(false);
  });

  it.each([
    [{ raceDate: "2026-02-30" }, "raceDate: not a date"],
    [{ raceDate: "tomorrow" }, "raceDate: not a date"],
    [{ raceDate: 20261011 }, "raceDate: not a date"],
    [{ startDate: "2026-13-01" }, "startDate: not a date"],
    [{ weeks: 3 }, "weeks: must be at least 4"],
    [{ weeks: 25 }, "weeks: must be at most 24"],
    [{ weeks: 10.5 }, "weeks: must be a whole number from 4 to 24"],
    [{ sessionsPerWeek: 4 }, "sessionsPerWeek: must be 2 or 3"],
    [{ sessionsPerWeek: undefined }, "sessionsPerWeek: required"],
    [{ level: "elite" }, "level: must be one of beginner, intermediate, advanced"],
    [
      { equipment: ["mat", "rope"] },
      "equipment.1: unknown equipment (known: none, mat, band, stability-ball, slider, box, dumbbell, kettlebell, barbell, machine, partner)",
    ],
    [{ allowRestDays: "yes" }, "allowRestDays: must be true or false"],
    [{ blockedDates: ["2026-01-01", "soon"] }, "blockedDates.1: not a date"],
    [
      { runs: [{ date: "2026-09-01", type: "jog" }] },
      "runs.0.type: must be one of easy, recovery, long, tempo, intervals, hills, race, cross, rest",
    ],
    [{ runs: [{ date: "2026-09-31", type: "easy" }] }, "runs.0.date: not a date"],
    [{ runs: [{ date: "2026-09-01", type: "easy", distanceKm: -5 }] }, "runs.0.distanceKm: must be more than 0 km"],
    [
      { runs: [{ date: "2026-09-01", type: "easy", durationMin: "long" }] },
      "runs.0.durationMin: must be a number of minutes",
    ],
    [{ runs: "none" }, "runs: must be a list of runs"],
    [{ raceDate: undefined }, "raceDate: a block needs a raceDate or a startDate"],
    [{ startDate: "2026-11-01" }, "raceDate: before startDate"],
  ])("rejects %j with %s", (change, message) => {
    const parsed = parsePlanInput({ ...valid, ...change });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toContain(message);
  });

  it("names every bad field at once", () => {
    const parsed = parsePlanInput({ raceDate: "x", sessionsPerWeek: 5, level: "pro", equipment: "mat", runs: [] });
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      "raceDate: not a date",
      "sessionsPerWeek: must be 2 or 3",
      "level: must be one of beginner, intermediate, advanced",
      "equipment: must be a list of equipment names",
    ]);
  });

  it("rejects what is not an object", () => {
    expect(parsePlanInput([1, 2])).toEqual({ ok: false, errors: ["input: must be a JSON object"] });
    expect(parsePlanInput(null)).toEqual({ ok: false, errors: ["input: must be a JSON object"] });
  });
});
