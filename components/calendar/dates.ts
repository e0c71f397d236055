import { formatDay } from "@/components/ui/dates";
import { addDays, weekday } from "@/server/domain/dates";

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

/** The first Sunday at least `weeks` weeks after `today`: a sensible race day to start from. */
export function sundayAtLeastWeeksAfter(today: string, weeks: number): string {
  const earliest = addDays(today, weeks * 7);
  return addDays(earliest, (7 - weekday(earliest)) % 7);
}
