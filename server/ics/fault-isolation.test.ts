import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lines } from "./__fixtures__/results";
import { parseIcs } from "./parse";

const raw = readFileSync(new URL("./fixtures/cases/one-bad-event.ics", import.meta.url));
const text = raw.toString("utf8");
const MARCH = { from: "2026-03-01", to: "2026-03-31", timeZone: "UTC" };

function utf16(source: string, endian: "le" | "be", bom: boolean): string {
  const bytes = Buffer.from(source, "utf16le");
  if (endian === "be") bytes.swap16();
  const head = bom ? Buffer.from(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0);
  // What a browser's File.text() or a naive reader hands over: the bytes read as UTF-8.
  return new TextDecoder("utf-8").decode(Buffer.concat([head, bytes]));
}

describe("one bad event never sinks the file", () => {
  const result = parseIcs(text, MARCH);

  it("imports every readable event", () => {
    expect(lines(result)).toEqual([
      "2026-03-03 Tuesday tempo 7 km",
      "2026-03-04 Monthly time trial 5 km",
      "2026-03-06 Recovery run 4 km",
      "2026-03-07 Easy run 8 km",
      "2026-03-08 Long run 22 km",
    ]);
  });

  it("names each bad event and says what was wrong in plain words", () => {
    const warnings = result.warnings.join("\n");
    expect(warnings).toMatch(/"Tuesday tempo 7 km" \(broken-rule-a1\).*repeat rule/);
    expect(warnings).toMatch(/"Monthly time trial 5 km" \(broken-month-b2\).*repeat rule/);
    expect(warnings).toMatch(/"Easy run 5 km" \(broken-start-c3\).*start/);
    expect(warnings).toMatch(/"Recovery run 4 km" \(broken-end-d4\).*end/);
    expect(warnings).toMatch(/"Easy run 8 km" \(huge-duration-e5\).*duration/);
  });

  it("never shows an internal JavaScript error", () => {
    for (const warning of result.warnings) {
      expect(warning).not.toMatch(/undefined|reading '|TypeError|invalid date-time value|\bat \w+ \(/);
    }
  });

  it("ignores anything after END:VCALENDAR", () => {
    expect(parseIcs(`${text}\r\nBEGIN:VEVENT\r\nthis is not a calendar line\r\n`, MARCH).runs).toEqual(result.runs);
  });

  it("ignores a huge DURATION without hanging and keeps no made-up duration", () => {
    const started = performance.now();
    const easy = parseIcs(text, MARCH).runs.find((run) => run.title === "Easy run 8 km");
    expect(performance.now() - started).toBeLessThan(2000);
    expect(easy?.durationMin).toBeUndefined();
  });
});

describe("text encodings", () => {
  const expected = lines(parseIcs(text, MARCH));

  it.each([
    ["UTF-8 with a byte-order mark", `\uFEFF${text}`],
    ["UTF-16 little-endian with a byte-order mark", utf16(text, "le", true)],
    ["UTF-16 big-endian with a byte-order mark", utf16(text, "be", true)],
    ["UTF-16 little-endian without a byte-order mark", utf16(text, "le", false)],
  ])("reads %s", (_name, decoded) => {
    expect(lines(parseIcs(decoded, MARCH))).toEqual(expected);
  });
});
