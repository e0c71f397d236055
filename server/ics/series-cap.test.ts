import { describe, expect, it } from "vitest";
import { calendar } from "./__fixtures__/calendar";
import { parseIcs, parseIcsThroughIcal } from "./parse";
import { MAX_REPEATING_EVENTS } from "./series-cap";

/**
 * Past MAX_REPEATING_EVENTS repeating events in one calendar, the ones that start furthest from
 * the date range are left out before ical.js reads them, with a warning naming them; a calendar
 * under the cap imports as it always did.
 */

const MARCH = { from: "2026-03-01", to: "2026-03-31", timeZone: "Europe/London" };

/** A weekly run that starts `yearsBack` years before March 2026 and repeats 4 times from March. */
function weeklyRun(i: number, yearsBack: number): string {
  const year = 2026 - yearsBack;
  return [
    `UID:series-${i}`,
    `DTSTART:${year}0302T063000Z`,
    yearsBack === 0 ? "RRULE:FREQ=WEEKLY;COUNT=4" : `RRULE:FREQ=YEARLY;COUNT=${yearsBack + 1}`,
    `SUMMARY:Easy run ${i} km`,
  ].join("\n");
}

describe("a calendar with more repeating events than the importer reads", () => {
  it("keeps the series nearest the range, with their overrides, and names the ones left out", () => {
    const near = Array.from({ length: MAX_REPEATING_EVENTS - 1 }, (_, i) => weeklyRun(i, 0));
    const moved = "UID:series-0\nRECURRENCE-ID:20260309T063000Z\nDTSTART:20260310T063000Z\nSUMMARY:Easy run 0 km";
    const far = [weeklyRun(5000, 40), weeklyRun(5001, 60), weeklyRun(5002, 30)];
    const result = parseIcs(calendar(...near, moved, ...far), MARCH);

    // 999 near series of 4 runs, and the one far series that is kept (30 years back).
    expect(result.runs.length).toBe((MAX_REPEATING_EVENTS - 1) * 4 + 1);
    expect(result.runs.filter((run) => run.uid.startsWith("series-0#")).map((run) => run.date)).toEqual([
      "2026-03-02",
      "2026-03-10",
      "2026-03-16",
      "2026-03-23",
    ]);
    expect(result.runs.some((run) => run.uid.startsWith("series-5002"))).toBe(true);
    expect(result.warnings[0]).toBe(
      `The file holds ${MAX_REPEATING_EVENTS + 2} repeating events, more than the ${MAX_REPEATING_EVENTS} the importer reads; the 2 that start furthest from the date range were left out: "Easy run 5000 km" (series-5000), "Easy run 5001 km" (series-5001).`,
    );
  });

  it("leaves a calendar at the cap as ical.js reads it", () => {
    const text = calendar(...Array.from({ length: MAX_REPEATING_EVENTS }, (_, i) => weeklyRun(i, i % 3)));
    const result = parseIcs(text, MARCH);
    expect(result).toEqual(parseIcsThroughIcal(text, MARCH));
    expect(result.warnings.join(" ")).not.toMatch(/left out/);
  });
});
