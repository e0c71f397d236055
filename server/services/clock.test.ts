import { describe, expect, it } from "vitest";
import { todayIn } from "./clock";

describe("todayIn", () => {
  it.each([
    ["2026-11-21T23:30:00Z", "Europe/Berlin", "2026-11-22"],
    ["2026-11-21T23:30:00Z", "UTC", "2026-11-21"],
    ["2026-11-22T03:00:00Z", "America/Los_Angeles", "2026-11-21"],
    ["2026-11-21T13:30:00Z", "Pacific/Kiritimati", "2026-11-22"],
  ])("at %s in %s it is %s", (instant, zone, expected) => {
    expect(todayIn(zone, new Date(instant))).toBe(expected);
  });
});
