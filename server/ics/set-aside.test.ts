import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listOccurrences, parseIcs } from "./parse";
import { calendar } from "./__fixtures__/calendar";
import { plainExport } from "./__fixtures__/large-files";

/**
 * Non-run one-off events are counted from their raw lines without ical.js (set-aside.ts). The
 * count must be exactly what reading every event gives: listOccurrences reads them all.
 */

const TITLES = ["Dentist", "Team standup", "Easy 5 km", "Birthday party", "Long run 20 km"];
const ZONES = ["", ";TZID=Pacific/Kiritimati", ";TZID=Etc/GMT+12", ";TZID=Europe/Berlin"];
const WINDOW = { from: "2026-03-10", to: "2026-03-20", timeZone: "Pacific/Honolulu" };

function counted(text: string, options = WINDOW) {
  const result = parseIcs(text, options);
  const all = listOccurrences(text, options).occurrences;
  const runUids = new Set([...result.runs, ...result.review].map((run) => run.uid));
  return { result, skippedByReading: all.filter((o) => !runUids.has(o.uid)).length };
}

describe("non-runs counted without reading them", () => {
  it("counts what reading every event counts, near the window's ends and in far zones", () => {
    const event = fc.record({
      day: fc.integer({ min: 5, max: 25 }),
      hour: fc.integer({ min: 0, max: 23 }),
      zone: fc.constantFrom(...ZONES),
      allDay: fc.boolean(),
      title: fc.constantFrom(...TITLES),
      uid: fc.integer({ min: 0, max: 30 }),
      cancelled: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 25 }), (events) => {
        const text = calendar(
          ...events.map((e) => {
            const date = `202603${String(e.day).padStart(2, "0")}`;
            const start = e.allDay
              ? `DTSTART;VALUE=DATE:${date}`
              : `DTSTART${e.zone}:${date}T${String(e.hour).padStart(2, "0")}0000${e.zone ? "" : "Z"}`;
            return `UID:u${e.uid}\n${start}\nSUMMARY:${e.title}${e.cancelled ? "\nSTATUS:CANCELLED" : ""}`;
          }),
        );
        const { result, skippedByReading } = counted(text);
        expect(result.skipped).toBe(skippedByReading);
      }),
      { numRuns: 150, seed: 13 },
    );
  });

  it("gives a plain export the same runs and count as before", () => {
    const text = plainExport(200 * 1024);
    const options = { from: "2026-03-01", to: "2026-08-31", timeZone: "America/New_York" };
    const { result, skippedByReading } = counted(text, options);
    expect(result.skipped).toBeGreaterThan(100);
    expect(result.skipped).toBe(skippedByReading);
    expect(result.warnings).toEqual([]);
  });

  it("still names a non-run event that has no readable start", () => {
    const text = calendar("UID:d1\nDTSTART:20260231\nSUMMARY:Dentist", "UID:r1\nDTSTART:20260312\nSUMMARY:Easy 5 km");
    const result = parseIcs(text, WINDOW);
    expect(result.runs.map((run) => run.uid)).toEqual(["r1"]);
    expect(result.skipped).toBe(0);
    expect(result.warnings.join(" ")).toMatch(/"Dentist" \(d1\): its start "20260231" is not a date/);
  });
});
