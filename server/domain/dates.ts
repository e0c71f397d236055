/** A calendar date in the athlete's time zone, `YYYY-MM-DD`. Never a timestamp. */
export type IsoDate = string;

/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings. Dates are counted as whole days since the
 * Unix epoch, so the result never depends on the machine's time zone or daylight saving.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const day = new Date(utcMs(Number(y), Number(m), Number(d)));
  return day.getUTCFullYear() === Number(y) && day.getUTCMonth() === Number(m) - 1 && day.getUTCDate() === Number(d);
}

export function toDayNumber(date: IsoDate): number {
  // Read digit by digit: the planner converts dates thousands of times a plan, and a regex match
  // with its array of groups cost more than the arithmetic (same rule: exactly YYYY-MM-DD digits).
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 2);
  const d = digits(date, 8, 2);
  if (date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH || y < 0 || m < 0 || d < 0)
    throw new RangeError(`not a date: ${date}`);
  if (m >= 1 && m <= 12) return daysFromCivil(y, m, d);
  return Math.round(utcMs(y, m, d) / MS_PER_DAY);
}

/**
 * Days since 1970-01-01 of a year, month (1-12) and day, in the proleptic Gregorian calendar as
 * `Date` counts them (the inverse of fromDayNumber's arithmetic); a day past the month's end runs
 * on into the next, as with Date.UTC. Arithmetic because it runs for every date a plan reads.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const DASH = 45;
const ZERO = 48;

/** The number written by `count` ASCII digits from `start`, or -1 when one is not a digit. */
function digits(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** Milliseconds of a UTC midnight; setUTCFullYear because Date.UTC reads years 0-99 as 1900-1999. */
function utcMs(year: number, month: number, day: number): number {
  // Date.UTC where it reads the year right; the Date object only for the rare years 0-99.
  if (year >= 100) return Date.UTC(year, month - 1, day);
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, day);
  return moment.getTime();
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * The date `day` days after 1970-01-01. Computed arithmetically (the proleptic Gregorian
 * calendar, as `Date` uses), which is several times faster than formatting a `Date`; years
 * outside 0000-9999 fall back to `Date`.
 */
export function fromDayNumber(day: number): IsoDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  // Never write a date SQL and `isIsoDate` would refuse ("+010000-01-01"): callers keep to years
  // the schemas allow, so reaching this is a bug to surface, not a date to store.
  if (y < 0 || y > 9999) throw new RangeError(`date out of range: day ${day}`);
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday ... 6 = Saturday, as in `Date.prototype.getUTCDay`. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** The first day of the week holding `date`, for weeks starting on `weekStartsOn` (0 Sun, 1 Mon). */
export function startOfWeek(date: IsoDate, weekStartsOn: 0 | 1 = 1): IsoDate {
  const back = (weekday(date) - weekStartsOn + 7) % 7;
  return addDays(date, -back);
}

/** The years a date may fall in anywhere in the product: wide enough for any plan or calendar. */
export const DATE_YEARS = { min: 1900, max: 2200 } as const;

/** True for a real `YYYY-MM-DD` date within `DATE_YEARS`. */
export function isSaneDate(value: string): boolean {
  if (!isIsoDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= DATE_YEARS.min && year <= DATE_YEARS.max;
}
