import { format, parseISO } from "date-fns";

/**
 * Calendar dates are `YYYY-MM-DD` strings in the athlete's zone. parseISO reads them as local
 * midnight and format writes local fields back, so the day shown is the stored day in any zone.
 */
export function formatDay(date: string, pattern = "EEE d MMM"): string {
  return format(parseISO(date), pattern);
}

export function weekdayName(date: string): string {
  return format(parseISO(date), "EEEE");
}
