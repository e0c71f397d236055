import { formatDay } from "@/components/ui/dates";

/**
 * The run calendar's date wording, on the app's one date formatter (components/ui/dates.ts).
 */

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

export { addDays, startOfWeek, isIsoDate } from "@/server/domain/dates";
