import fc from "fast-check";
import { expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "./dates";

/**
 * toDayNumber counts days with arithmetic instead of Date (it runs for every date a plan reads):
 * it must agree with Date's calendar, a day past the month's end included, and undo fromDayNumber.
 */

const viaDate = (year: number, month: number, day: number): number => {
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, day);
  return Math.round(moment.getTime() / 86_400_000);
};
const pad = (n: number, width: number): string => String(n).padStart(width, "0");

it("counts the same days as Date, across leap years, centuries and days past the month's end", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      (year, month, day) => {
        const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        expect(toDayNumber(date), date).toBe(viaDate(year, month, day));
      },
    ),
    { numRuns: 5000 },
  );
  expect(toDayNumber("1970-01-01")).toBe(0);
  expect(toDayNumber("2000-02-29") + 1).toBe(toDayNumber("2000-03-01"));
  expect(toDayNumber("1900-02-28") + 1).toBe(toDayNumber("1900-03-01"));
});

it("undoes fromDayNumber and refuses what is not YYYY-MM-DD digits", () => {
  fc.assert(
    fc.property(fc.integer({ min: -719_528, max: 2_932_896 }), (day) => {
      expect(toDayNumber(fromDayNumber(day))).toBe(day);
    }),
    { numRuns: 5000 },
  );
  for (const bad of ["2026-1-01", "2026/01/01", "２０２６-01-01", "2026-01-01 ", "yesterday", ""])
    expect(() => toDayNumber(bad), bad).toThrow(RangeError);
});
