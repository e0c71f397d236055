import { describe, expect, it } from "vitest";
import { parsePlanInput } from "./schema";

const valid = { raceDate: "2026-10-11", sessionsPerWeek: 2, level: "beginner", equipment: ["mat"], runs: [] };

describe("parsePlanInput", () => {
  it("accepts a valid input and fills in the defaults", () => {
    const parsed = parsePlanInput(valid);
    expect(parsed).toEqual({
      ok: true,
      input: { ...valid, weeks: 16, allowRestDays: false, blockedDates: [], log: [] },
    });
  });

  it("drops unknown keys", () => {
    const parsed = parsePlanInput({ ...valid, colour: "red" });
    expect(parsed.ok && "colour" in parsed.input).toBe(false);
  });

  it.each([
    [{ raceDate: "2026-02-30" }, "raceDate: Use a real date written as YYYY-MM-DD."],
    [{ raceDate: "tomorrow" }, "raceDate: Use a real date written as YYYY-MM-DD."],
    [{ raceDate: 20261011 }, "raceDate: Use a real date written as YYYY-MM-DD."],
    [{ startDate: "2026-13-01" }, "startDate: Use a real date written as YYYY-MM-DD."],
    [{ weeks: 3 }, "weeks: A block is at least 4 weeks."],
    [{ weeks: 25 }, "weeks: A block is at most 24 weeks."],
    [{ weeks: 10.5 }, "weeks: Choose a whole number of weeks from 4 to 24."],
    [{ sessionsPerWeek: 4 }, "sessionsPerWeek: Choose 2 or 3 sessions a week."],
    [{ sessionsPerWeek: undefined }, "sessionsPerWeek: required"],
    [{ level: "elite" }, "level: Choose beginner, intermediate or advanced."],
    [
      { equipment: ["mat", "rope"] },
      "equipment.1: Unknown equipment (known: none, mat, band, stability-ball, slider, box, dumbbell, kettlebell, barbell, machine, partner).",
    ],
    [{ allowRestDays: "yes" }, "allowRestDays: Say yes or no to sessions on rest days."],
    [{ blockedDates: ["2026-01-01", "soon"] }, "blockedDates.1: Use a real date written as YYYY-MM-DD."],
    [
      { runs: [{ date: "2026-09-01", type: "jog" }] },
      "runs.0.type: Choose a run type: easy, recovery, long, tempo, intervals, hills, race, cross or rest.",
    ],
    [{ runs: [{ date: "2026-09-31", type: "easy" }] }, "runs.0.date: Use a real date written as YYYY-MM-DD."],
    [
      { runs: [{ date: "2026-09-01", type: "easy", distanceKm: -5 }] },
      "runs.0.distanceKm: Distance cannot be negative.",
    ],
    [
      { runs: [{ date: "2026-09-01", type: "easy", durationMin: "long" }] },
      "runs.0.durationMin: Give the duration as a number of minutes.",
    ],
    [{ runs: "none" }, "runs: Runs must be a list."],
    [{ raceDate: undefined }, "raceDate: Choose a race date, or a start date if you are not racing."],
    [{ startDate: "2026-11-01" }, "raceDate: The race must come after the start date."],
  ])("rejects %j with %s", (change, message) => {
    const parsed = parsePlanInput({ ...valid, ...change });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toContain(message);
  });

  it("names every bad field at once", () => {
    const parsed = parsePlanInput({ raceDate: "x", sessionsPerWeek: 5, level: "pro", equipment: "mat", runs: [] });
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      "raceDate: Use a real date written as YYYY-MM-DD.",
      "sessionsPerWeek: Choose 2 or 3 sessions a week.",
      "level: Choose beginner, intermediate or advanced.",
      "equipment: Choose the equipment from the list.",
    ]);
  });

  it("rejects what is not an object", () => {
    expect(parsePlanInput([1, 2])).toEqual({ ok: false, errors: ["input: must be a JSON object"] });
    expect(parsePlanInput(null)).toEqual({ ok: false, errors: ["input: must be a JSON object"] });
  });
});
