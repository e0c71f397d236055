import { describe, expect, it } from "vitest";
import { describeChanges } from "./import/review-rows";
import {
  distanceValue,
  formatDistance,
  formatDuration,
  kmToUnit,
  parseDistance,
  parseDuration,
  unitToKm,
} from "./units";

describe("distance units", () => {
  it("converts with 1 mi = 1.609344 km and stores kilometres to 10 m", () => {
    expect(kmToUnit(1.609344, "mi")).toBeCloseTo(1, 10);
    expect(unitToKm(10, "mi")).toBe(16.09);
    expect(unitToKm(26.2, "mi")).toBe(42.16);
    expect(unitToKm(12.345, "km")).toBe(12.35);
  });

  it("shows at most one decimal in the athlete's unit", () => {
    expect(formatDistance(16.09, "mi")).toBe("10 mi");
    expect(formatDistance(42.195, "km")).toBe("42.2 km");
    expect(formatDistance(42.195, "mi")).toBe("26.2 mi");
    expect(formatDistance(null, "km")).toBe("");
    expect(distanceValue(8, "km")).toBe("8");
  });

  it("round-trips a typed mile value through storage without drift", () => {
    for (const miles of [3, 5.5, 13.1, 20, 26.2])
      expect(distanceValue(unitToKm(miles, "mi"), "mi")).toBe(String(miles));
  });

  it("reads typed distances and durations, refusing nonsense with a sentence", () => {
    expect(parseDistance(" 8,5 ", "km")).toEqual({ km: 8.5 });
    expect(parseDistance("", "mi")).toEqual({ km: null });
    expect(parseDistance("-2", "mi")).toEqual({ error: "Distance must be a number of miles above zero." });
    expect(parseDistance("ten", "km")).toHaveProperty("error");
    expect(parseDuration("45")).toEqual({ minutes: 45 });
    expect(parseDuration("4.5")).toHaveProperty("error");
  });

  it("formats durations in hours and minutes", () => {
    expect(formatDuration(45)).toBe("45 min");
    expect(formatDuration(120)).toBe("2 h");
    expect(formatDuration(95)).toBe("1 h 35 min");
  });
});

describe("import change summary", () => {
  it("names what changes and leaves out what does not", () => {
    expect(describeChanges({ added: 12, moved: 2, updated: 0, removed: 1, unchanged: 0 })).toBe(
      "12 new, 2 moved, 1 removed",
    );
    expect(describeChanges({ added: 0, moved: 0, updated: 1, removed: 0, unchanged: 5 })).toBe(
      "1 updated; 5 unchanged",
    );
    expect(describeChanges({ added: 0, moved: 0, updated: 0, removed: 0, unchanged: 3 })).toBe(
      "no changes (3 unchanged)",
    );
  });
});
