import type { IsoDate } from "../planner/types";

/**
 * The import window when the caller has none (the CLI): a year back and two years ahead of
 * today, enough for the block being planned and the races after it. Today comes in as an
 * argument: nothing in server/ics reads the clock.
 */
export const DEFAULT_YEARS_BACK = 1;
export const DEFAULT_YEARS_AHEAD = 2;

function shiftYears(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) + years;
  const rest = date.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, "0")}${rest === "-02-29" && !leap ? "-02-28" : rest}`;
}

export function defaultImportWindow(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: shiftYears(today, -DEFAULT_YEARS_BACK), to: shiftYears(today, DEFAULT_YEARS_AHEAD) };
}
