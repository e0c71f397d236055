import { describe, expect, it } from "vitest";
import { formatLoad, loadUnitFor, loadValue, parseLoad } from "./load-units";

describe("load units", () => {
  it("follows the distance setting: kilometres lift in kilograms, miles in pounds", () => {
    expect(loadUnitFor("km")).toBe("kg");
    expect(loadUnitFor("mi")).toBe("lb");
  });

  it("shows a stored load in pounds to one decimal and reads it back to the same kilograms", () => {
    expect(loadValue(20, "lb")).toBe("44.1");
    expect(loadValue(22.5, "kg")).toBe("22.5");
    expect(parseLoad("45", "lb")).toEqual({ kg: 20.41 });
    expect(parseLoad("22,5", "kg")).toEqual({ kg: 22.5 });
  });

  it("treats an empty field as bodyweight and refuses what is not a load", () => {
    expect(parseLoad(" ", "kg")).toEqual({ kg: null });
    expect(formatLoad(null, "kg")).toBe("bodyweight");
    expect(formatLoad(16, "kg")).toBe("16 kg");
    expect(parseLoad("-5", "kg")).toHaveProperty("error");
    expect(parseLoad("heavy", "lb")).toHaveProperty("error");
    expect(parseLoad("3000", "lb")).toHaveProperty("error");
  });
});
