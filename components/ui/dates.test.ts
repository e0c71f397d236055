import { describe, expect, it } from "vitest";
import { formatDay } from "./dates";

describe("formatDay", () => {
  it.each([
    ["2026-11-21", "EEE d MMM", "Sat 21 Nov"],
    ["2026-11-21", "EEEE d MMMM", "Saturday 21 November"],
    ["2027-03-14", "d MMM yyyy", "14 Mar 2027"],
    ["2024-02-29", "EEEE", "Thursday"],
    ["2026-12-31", "EEE d", "Thu 31"],
  ])("%s as %s is %s", (date, pattern, expected) => {
    expect(formatDay(date, pattern)).toBe(expected);
  });
});
