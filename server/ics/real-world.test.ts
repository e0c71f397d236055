import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allRuns, lines, uidsOf } from "./__fixtures__/results";
import { parseIcs } from "./parse";

const caseFile = (name: string) => readFileSync(new URL(`./fixtures/cases/${name}`, import.meta.url), "utf8");

const MARCH_APRIL = { from: "2026-02-01", to: "2026-05-31", timeZone: "Europe/London" };

describe("dates written without VALUE=DATE", () => {
  const result = parseIcs(caseFile("dates-without-value.ics"), MARCH_APRIL);

  it("reads a one-day event whose DTSTART and DTEND are bare dates", () => {
    expect(lines(result)).toContain("2026-04-06 Easter Monday club run 10 km");
  });

  it("keeps the series with a bare EXDATE, RDATE, RECURRENCE-ID and UNTIL", () => {
    expect(lines(result).filter((line) => line.includes("Track"))).toEqual([
      "2026-03-03 Track intervals 8x400m",
      "2026-03-17 Track intervals 8x400m",
      // 31 March is excluded by a bare date; 9 April is added by one.
      "2026-04-09 Track intervals 8x400m",
      "2026-04-15 Track intervals 8x400m (moved to Wednesday)",
      "2026-04-28 Track intervals 8x400m",
      "2026-05-12 Track intervals 8x400m",
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("keeps the moved instance's uid equal to the instance it replaces", () => {
    const moved = allRuns(result).find((run) => run.date === "2026-04-15");
    expect(moved?.uid).toBe("track-fortnightly@riverside.example#20260414T183000");
  });
});

describe("several versions of one event", () => {
  const result = parseIcs(caseFile("versions.ics"), MARCH_APRIL);

  it("imports only the highest SEQUENCE of a series, with its EXDATE", () => {
    const easy = lines(result).filter((line) => line.includes("Easy run"));
    expect(easy).toEqual([
      "2026-03-02 Easy run 6 km",
      "2026-03-05 Easy run 6 km",
      "2026-03-09 Easy run 6 km",
      "2026-03-18 Easy run 6 km (Wednesday)",
      "2026-03-19 Easy run 6 km",
      "2026-03-23 Easy run 6 km",
      "2026-03-26 Easy run 6 km",
    ]);
  });

  it("keeps one run per RECURRENCE-ID and never repeats a uid", () => {
    const uids = uidsOf(result);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.filter((uid) => uid.endsWith("#20260316"))).toHaveLength(1);
  });

  it("takes the later LAST-MODIFIED when SEQUENCE is equal", () => {
    expect(lines(result).filter((line) => line.includes("10K"))).toEqual(["2026-03-29 Spring 10K race"]);
  });
});

describe("Exchange all-day instances moved with a midnight RECURRENCE-ID", () => {
  const result = parseIcs(caseFile("exchange-moved-all-day.ics"), { ...MARCH_APRIL, timeZone: "Europe/Berlin" });

  it("moves the instance instead of keeping both days", () => {
    expect(lines(result)).toEqual([
      "2026-02-19 Long run 18 km",
      "2026-02-28 Long run 18 km",
      "2026-03-07 Long run 18 km",
      "2026-03-12 Long run 18 km",
    ]);
  });

  it("names the moved runs after the instance they replace", () => {
    expect(uidsOf(result).map((uid) => uid.split("#")[1])).toEqual(["20260219", "20260226", "20260305", "20260312"]);
  });
});

describe("EXDATE in another form than the instances", () => {
  const result = parseIcs(caseFile("exdate-forms.ics"), MARCH_APRIL);

  it("removes a zoned instance named by a UTC EXDATE", () => {
    expect(lines(result).filter((line) => line.includes("Tempo"))).toEqual([
      "2026-03-03 Tempo run 8 km",
      "2026-03-10 Tempo run 8 km",
      "2026-03-24 Tempo run 8 km",
      "2026-03-31 Tempo run 8 km",
    ]);
  });

  it("removes an RDATE instance that an EXDATE names in another form (UTC extra date, zoned exclusion)", () => {
    expect(lines(result).filter((line) => line.includes("Fartlek"))).toEqual([
      "2026-03-03 Fartlek 45 min",
      "2026-03-10 Fartlek 45 min",
      "2026-03-17 Fartlek 45 min",
    ]);
  });

  it("removes an RDATE instance that an EXDATE names", () => {
    expect(lines(result).filter((line) => line.includes("Hill"))).toEqual([
      "2026-03-05 Hill repeats 6x90s",
      "2026-03-19 Hill repeats 6x90s",
    ]);
  });
});
