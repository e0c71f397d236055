import { addDays, startOfWeek } from "@/server/domain/dates";

/** The Monday-to-Sunday range holding `date`: the cards of one week share one changes query. */
export function startOfWeekOf(date: string): { from: string; to: string } {
  const from = startOfWeek(date, 1);
  return { from, to: addDays(from, 6) };
}
