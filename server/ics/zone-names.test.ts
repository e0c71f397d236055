import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lines } from "./__fixtures__/results";
import { parseIcs } from "./parse";
import { resolveZoneName, wallClockToEpoch } from "./zones";

const text = readFileSync(new URL("./fixtures/cases/outlook-zone-names.ics", import.meta.url), "utf8");

describe("Windows and Outlook zone names", () => {
  it.each([
    ["(UTC-05:00) Eastern Time (US & Canada)", "America/New_York"],
    ["(UTC-05:00) Eastern Time (US and Canada)", "America/New_York"],
    ["(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Berlin"],
    ["W. Europe Standard Time", "Europe/Berlin"],
    ["Cen. Australia Standard Time", "Australia/Adelaide"],
    ["Tokyo Standard Time", "Asia/Tokyo"],
    ["Europe/Paris", "Europe/Paris"],
    ["/mozilla.org/20050126_1/Europe/Berlin", "Europe/Berlin"],
  ])("maps %s to %s", (name, zone) => {
    expect(resolveZoneName(name)).toBe(zone);
  });

  it("puts each event on the athlete's date", () => {
    expect(lines(parseIcs(text, { from: "2026-03-01", to: "2026-03-31", timeZone: "Europe/Berlin" }))).toEqual([
      // 20:00 New York summer time is 01:00 the next day in Berlin.
      "2026-03-11 Evening easy run 8 km",
      "2026-03-13 Evening tempo run 6 km",
      // 06:30 in Adelaide is 21:00 the evening before in Berlin.
      "2026-03-13 Long run 24 km",
      // A floating time is read in the calendar's X-WR-TIMEZONE (Sydney), not the athlete's zone.
      "2026-03-15 Recovery run 5 km",
    ]);
  });

  it("reads a display name left unquoted despite its colon", () => {
    const unquoted = text.replace(
      'TZID="(UTC-05:00) Eastern Time (US & Canada)"',
      "TZID=(UTC-05:00) Eastern Time (US & Canada)",
    );
    expect(unquoted).not.toBe(text);
    const berlin = { from: "2026-03-01", to: "2026-03-31", timeZone: "Europe/Berlin" };
    expect(lines(parseIcs(unquoted, berlin))).toEqual(lines(parseIcs(text, berlin)));
  });

  it("does not warn about zones it now knows", () => {
    const result = parseIcs(text, { from: "2026-03-01", to: "2026-03-31", timeZone: "Europe/Berlin" });
    expect(result.warnings).toEqual([]);
  });
});

describe("wall clock to instant", () => {
  const at = (hour: number, minute: number, day = 29, month = 3) =>
    new Date(wallClockToEpoch({ year: 2026, month, day, hour, minute, second: 0 }, "Europe/Berlin")).toISOString();

  it("reads winter and summer times with their own offsets", () => {
    expect(at(1, 30)).toBe("2026-03-29T00:30:00.000Z");
    expect(at(3, 30)).toBe("2026-03-29T01:30:00.000Z");
    expect(at(12, 0, 15, 7)).toBe("2026-07-15T10:00:00.000Z");
  });

  it("moves a time in the spring-forward gap forward, as clocks do", () => {
    expect(at(2, 30)).toBe("2026-03-29T01:30:00.000Z");
  });
});
