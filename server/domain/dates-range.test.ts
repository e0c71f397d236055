import fc from "fast-check";
import { expect, it } from "vitest";
import { addDays, daysBetween, fromDayNumber, isIsoDate, startOfWeek } from "./dates";

/**
 * The probe's 500 on `plans.week` for 9999-12-31: the date arithmetic wrote "+010000-01-..."
 * which no SQL date accepts. Whatever it is asked, it now answers a real YYYY-MM-DD or refuses
 * with a RangeError (which the schemas' 1900-2200 bound keeps callers from ever meeting).
 */

it("never writes a date that is not YYYY-MM-DD, even past the year 9999", () => {
  expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
  expect(() => addDays("9999-12-27", 7)).toThrow(RangeError);
  expect(addDays("9999-12-30", 1)).toBe("9999-12-31");
  fc.assert(
    fc.property(fc.integer({ min: -500_000, max: 3_500_000 }), (day) => {
      let written: string;
      try {
        written = fromDayNumber(day);
      } catch (error) {
        expect(error).toBeInstanceOf(RangeError);
        return;
      }
      expect(isIsoDate(written), written).toBe(true);
    }),
    { numRuns: 2000 },
  );
});

it("a week near the end of the calendar either starts on a real date or is refused", () => {
  expect(startOfWeek("9999-12-31", 1)).toBe("9999-12-27");
  expect(() => addDays(startOfWeek("9999-12-31", 1), 7)).toThrow(RangeError);
});

it("reads the years 0-99 as themselves, not as 1900-1999", () => {
  expect(addDays("0050-02-28", 1)).toBe("0050-03-01");
  expect(daysBetween("0099-12-31", "1999-12-31")).toBe(693960);
  expect(() => addDays("0000-01-01", -1)).toThrow(RangeError);
});
