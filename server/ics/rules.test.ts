import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allRuns } from "./__fixtures__/results";
import { parseIcs } from "./parse";

const caseFile = (name: string) => readFileSync(new URL(`./fixtures/cases/${name}`, import.meta.url), "utf8");
const YEARS = { from: "2025-12-01", to: "2028-12-31", timeZone: "UTC" };
const datesOf = (text: string, uid: string, options = YEARS) =>
  allRuns(parseIcs(text, options))
    .filter((run) => run.uid.split("#")[0] === uid)
    .map((run) => run.uid.split("#")[1] ?? run.date);

describe("yearly rules ical.js expands wrongly", () => {
  const text = caseFile("yearly-rules.ics");

  it("BYDAY=20MO is the 20th Monday of each year, not every Monday", () => {
    expect(datesOf(text, "twentieth-monday")).toEqual(["20260518", "20270517", "20280515"]);
  });

  it("BYWEEKNO=20;BYDAY=MO is the Monday of ISO week 20", () => {
    expect(datesOf(text, "week-twenty")).toEqual(["20260511", "20270517", "20280515"]);
  });

  it("BYWEEKNO=1 finds week 1, which may start in December", () => {
    expect(datesOf(text, "week-one")).toEqual(["20251229", "20270104", "20280103"]);
  });

  it("BYHOUR=8,9 gives both hours", () => {
    expect(datesOf(text, "two-hours", { ...YEARS, to: "2027-12-31" })).toEqual([
      "20260105T080000Z",
      "20260105T090000Z",
      "20270105T080000Z",
      "20270105T090000Z",
    ]);
  });
});

describe("rules whose DTSTART, UNTIL or COUNT disagree", () => {
  const result = parseIcs(caseFile("rule-edges.ics"), { from: "2026-03-01", to: "2026-04-30", timeZone: "UTC" });
  const dates = (uid: string) => allRuns(result).filter((run) => run.uid.startsWith(`${uid}#`) || run.uid === uid);

  it("counts a DTSTART off the rule as the first of COUNT instances (RFC 5545)", () => {
    expect(dates("start-off-rule").map((run) => run.date)).toEqual(["2026-03-03", "2026-03-05", "2026-03-12"]);
  });

  it("keeps the first date when UNTIL is before DTSTART, and says so", () => {
    expect(dates("until-before-start").map((run) => run.date)).toEqual(["2026-03-10"]);
    expect(result.warnings.join("\n")).toMatch(/"Fartlek 40 min".*UNTIL/);
  });

  it("ignores a negative COUNT and keeps UNTIL, and says so", () => {
    expect(dates("negative-count").map((run) => run.date)).toEqual([
      "2026-03-02",
      "2026-03-09",
      "2026-03-16",
      "2026-03-23",
    ]);
    expect(result.warnings.join("\n")).toMatch(/"Progression run 10 km".*COUNT/);
  });

  it("never answers with only 'No events between'", () => {
    expect(result.warnings.join("\n")).not.toMatch(/No events between/);
  });
});
