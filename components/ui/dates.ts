import { WEEKDAY_NAMES as WEEKDAYS } from "@/server/domain/enums";

/**
 * Formats `YYYY-MM-DD` calendar dates for display. The date is read as the calendar day it
 * names, never through a time zone, so the day shown is the stored day wherever the browser is.
 * A handful of tokens cover every screen (EEEE, EEE, d, MMMM, MMM, yyyy) without shipping a
 * date library to the browser.
 */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function parts(date: string) {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { year, month, day, weekday };
}

const TOKENS = /EEEE|EEE|MMMM|MMM|yyyy|d/g;

export function formatDay(date: string, pattern = "EEE d MMM"): string {
  const { year, month, day, weekday } = parts(date);
  return pattern.replace(TOKENS, (token) => {
    switch (token) {
      case "EEEE":
        return WEEKDAYS[weekday] ?? "";
      case "EEE":
        return (WEEKDAYS[weekday] ?? "").slice(0, 3);
      case "MMMM":
        return MONTHS[month - 1] ?? "";
      case "MMM":
        return (MONTHS[month - 1] ?? "").slice(0, 3);
      case "yyyy":
        return String(year);
      default:
        return String(day);
    }
  });
}

/** "Sun, 6 Dec 2026" */
export function formatLongDay(date: string): string {
  return formatDay(date, "EEE, d MMM yyyy");
}

/** "Sun 6 Dec" */
export function formatShortDay(date: string): string {
  return formatDay(date, "EEE d MMM");
}

/** "Sunday" */
export function formatWeekday(date: string): string {
  return formatDay(date, "EEEE");
}

/** "30 Nov – 6 Dec 2026" */
export function formatWeekRange(from: string, to: string): string {
  return `${formatDay(from, "d MMM")} – ${formatDay(to, "d MMM yyyy")}`;
}
