import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendar } from "./__fixtures__/calendar";
import { hostileMix, plainExport } from "./__fixtures__/large-files";
import { type ImportOptions, parseIcs, parseIcsThroughIcal } from "./parse";

/**
 * One-off events are read from their lines without ical.js (one-off-runs.ts). Whatever the file,
 * the import must be exactly what reading every event through ical.js gives: the same runs with
 * the same dates, minutes and uids, the same review list and count of other events, and the same
 * warnings (their order may differ, as the two readers meet events in a different order).
 */

function expectSameImport(text: string, options: ImportOptions): void {
  const quick = parseIcs(text, options);
  const reference = parseIcsThroughIcal(text, options);
  expect({ ...quick, warnings: [...quick.warnings].sort() }).toEqual({
    ...reference,
    warnings: [...reference.warnings].sort(),
  });
}

const fixture = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const FILES = [
  ...readdirSync(new URL("./fixtures", import.meta.url))
    .filter((name) => name.endsWith(".ics"))
    .map((name) => `./fixtures/${name}`),
  ...readdirSync(new URL("./fixtures/cases", import.meta.url)).map((name) => `./fixtures/cases/${name}`),
  "../../e2e/fixtures/marathon-plan.ics",
];
const WINDOWS: ImportOptions[] = [
  { from: "2026-01-01", to: "2026-12-31", timeZone: "Europe/London" },
  { from: "2025-06-01", to: "2028-06-01", timeZone: "Pacific/Kiritimati" },
  { from: "2026-03-09", to: "2026-03-22", timeZone: "America/Los_Angeles" },
];

describe("one-off events read from their lines", () => {
  it.each(FILES)("import %s exactly as ical.js reads it", (path) => {
    const text = fixture(path);
    for (const options of WINDOWS) expectSameImport(text, options);
  });

  it("import large plain and hostile files exactly as ical.js reads them", () => {
    const options = { from: "2026-03-01", to: "2026-08-31", timeZone: "America/New_York" };
    expectSameImport(plainExport(300 * 1024), options);
    expectSameImport(hostileMix(100 * 1024), options);
  });

  it("import any mix of start, end and duration forms exactly as ical.js reads them", () => {
    const time = fc.record({
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.constantFrom(0, 15, 30, 59),
    });
    const form = fc.constantFrom(
      "",
      "Z",
      ";TZID=Europe/Berlin",
      ";TZID=Pacific/Kiritimati",
      ';TZID="W. Europe Standard Time"',
      ";TZID=(UTC-05:00) Eastern Time (US & Canada)",
      ";TZID=Mars/Olympus",
      ";TZID=UTC",
      ";TZID=Defined/Zone",
      ";VALUE=DATE",
      ";VALUE=DATE-TIME",
      ";X-ODD=1",
    );
    const written = (f: string, t: { day: number; hour: number; minute: number }) => {
      const date = `202603${String(t.day).padStart(2, "0")}`;
      if (f === ";VALUE=DATE") return `${f}:${date}`;
      const clock = `T${String(t.hour).padStart(2, "0")}${String(t.minute).padStart(2, "0")}00`;
      return f === "Z" ? `:${date}${clock}Z` : `${f}:${date}${clock}`;
    };
    const event = fc.record({
      start: time,
      startForm: form,
      end: fc.option(fc.record({ time, form }), { nil: undefined }),
      duration: fc.option(fc.constantFrom("PT45M", "PT1H30M", "P1D", "-PT30M", "PT0S", "P2W", "P99999999W", "PT"), {
        nil: undefined,
      }),
      title: fc.constantFrom("Easy 8 km", "Tempo run", "Dentist", "Long run 2h", "Rest day", "Parkrun"),
      extra: fc.constantFrom("", "STATUS:CONFIRMED", "STATUS:CANCELLED", "EXDATE:20260310T070000Z", "SEQUENCE:2"),
      uid: fc.integer({ min: 0, max: 40 }),
    });
    const zone = [
      "BEGIN:VTIMEZONE",
      "TZID:Defined/Zone",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0930",
      "TZOFFSETTO:+0930",
      "END:STANDARD",
      "END:VTIMEZONE",
    ].join("\r\n");
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 20 }), fc.boolean(), (events, withZone) => {
        const bodies = events.map((e) =>
          [
            `UID:u${e.uid}`,
            `DTSTART${written(e.startForm, e.start)}`,
            e.end && `DTEND${written(e.end.form, e.end.time)}`,
            e.duration && `DURATION:${e.duration}`,
            `SUMMARY:${e.title}`,
            e.extra,
          ]
            .filter(Boolean)
            .join("\n"),
        );
        let text = calendar(...bodies);
        if (withZone)
          text = text.replace(
            "PRODID:-//test//EN\r\n",
            `PRODID:-//test//EN\r\nX-WR-TIMEZONE:Asia/Tokyo\r\n${zone}\r\n`,
          );
        expectSameImport(text, { from: "2026-03-05", to: "2026-03-25", timeZone: "America/Los_Angeles" });
      }),
      { numRuns: 300, seed: 2026 },
    );
  });
});
