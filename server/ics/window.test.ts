import { describe, expect, it } from "vitest";
import { calendar } from "./__fixtures__/calendar";
import { lines } from "./__fixtures__/results";
import { parseIcs } from "./parse";
import { defaultImportWindow } from "./window";

/**
 * A work calendar the way Google exports it after years of use: hundreds of meeting series from
 * 1990 to 2040 (some with a COUNT, which cannot be fast-forwarded), and this year's weekly long
 * run with two edited instances somewhere in the middle of the file.
 */
function busyExport(): string {
  const meetings = Array.from({ length: 640 }, (_, i) => {
    const year = 1990 + (i % 30);
    const rule = i % 3 === 0 ? "FREQ=DAILY;COUNT=20000" : "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20400101T000000Z";
    return `UID:meeting-${i}@example.com\nDTSTART:${year}0102T090000Z\nRRULE:${rule}\nSUMMARY:Team sync ${i}`;
  });
  const longRun = [
    "UID:long-run-2026@example.com\nDTSTART;TZID=Europe/Madrid:20260104T080000\nRRULE:FREQ=WEEKLY;BYDAY=SU\nSUMMARY:Long run",
    "UID:long-run-2026@example.com\nRECURRENCE-ID;TZID=Europe/Madrid:20260315T080000\nDTSTART;TZID=Europe/Madrid:20260314T080000\nSUMMARY:Long run (Saturday)",
    "UID:long-run-2026@example.com\nRECURRENCE-ID;TZID=Europe/Madrid:20260412T080000\nDTSTART;TZID=Europe/Madrid:20260412T070000\nSUMMARY:Long run (early)",
  ];
  return calendar(...meetings.slice(0, 320), ...longRun, ...meetings.slice(320));
}

describe("the import window", () => {
  const text = busyExport();
  const block = { from: "2026-03-02", to: "2026-04-26", timeZone: "Europe/Madrid" };

  it("keeps every near run however many distant repeats the file holds", () => {
    const result = parseIcs(text, block);
    expect(lines(result)).toEqual([
      "2026-03-08 Long run",
      "2026-03-14 Long run (Saturday)",
      "2026-03-22 Long run",
      "2026-03-29 Long run",
      "2026-04-05 Long run",
      "2026-04-12 Long run (early)",
      "2026-04-19 Long run",
      "2026-04-26 Long run",
    ]);
    expect(result.warnings.join("\n")).not.toMatch(/Long run/);
  });

  it("names the events that lost occurrences when the budget runs out", () => {
    const wide = parseIcs(text, { from: "1990-01-01", to: "2040-12-31", timeZone: "Europe/Madrid" });
    const missing = wide.warnings.filter((warning) => /too much|too often/.test(warning));
    expect(missing.length).toBeGreaterThan(0);
    for (const warning of missing) expect(warning).toMatch(/"Team sync \d+"/);
  });

  it("defaults to a year back and two years ahead of today", () => {
    expect(defaultImportWindow("2026-11-30")).toEqual({ from: "2025-11-30", to: "2028-11-30" });
    expect(defaultImportWindow("2028-02-29")).toEqual({ from: "2027-02-28", to: "2030-02-28" });
  });
});
