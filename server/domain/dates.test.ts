import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isIsoDate, startOfWeek, weekday } from "./dates";

describe("calendar dates", () => {
  it.each([
    ["2026-11-21", true],
    ["2024-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-1-01", false],
    ["yesterday", false],
  ])("isIsoDate(%s) is %s", (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it("adds days across month, year and DST boundaries", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });

  it("counts days and weekdays", () => {
    expect(daysBetween("2026-11-21", "2026-12-01")).toBe(10);
    expect(weekday("2026-11-21")).toBe(6); // a Saturday
    expect(startOfWeek("2026-11-21", 1)).toBe("2026-11-16");
    expect(startOfWeek("2026-11-21", 0)).toBe("2026-11-15");
  });
});
