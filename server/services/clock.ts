import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { IsoDate } from "../planner/types";

/** Today's calendar date in a time zone: "today" for an athlete is their own day, not the server's. */
export function todayIn(timeZone: string, now: Date): IsoDate {
  return format(new TZDate(now.getTime(), timeZone), "yyyy-MM-dd");
}
