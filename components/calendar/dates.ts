import { addDays, weekday } from "@/server/planner/dates";

/**
 * Calendar dates (YYYY-MM-DD) formatted for people. A calendar date has no time zone of its
 * own, so it is read and printed as UTC midnight: the day never shifts with the browser's zone.
 */

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

const longDay = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const shortDay = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
const weekdayName = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });
const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "Sun 6 Dec 2026" */
export function formatLongDay(date: string): string {
  return longDay.format(utc(date));
}

/** "Sun 6 Dec" */
export function formatShortDay(date: string): string {
  return shortDay.format(utc(date));
}

/** "Sunday" */
export function formatWeekday(date: string): string {
  return weekdayName.format(utc(date));
}

/** "30 Nov – 6 Dec 2026" */
export function formatWeekRange(from: string, to: string): string {
  return `${dayMonth.format(utc(from))} – ${dayMonth.format(utc(to))} ${utc(to).getUTCFullYear()}`;
}

export { addDays, startOfWeek, isIsoDate } from "@/server/planner/dates";

/** The first Sunday at least `weeks` weeks after `today`: a sensible race day to start from. */
export function sundayAtLeastWeeksAfter(today: string, weeks: number): string {
  const earliest = addDays(today, weeks * 7);
  return addDays(earliest, (7 - weekday(earliest)) % 7);
}
