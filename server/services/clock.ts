import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { IsoDate } from "../domain/dates";

/** Today's calendar date in a time zone: "today" for an athlete is their own day, not the server's. */
export function todayIn(timeZone: string, now: Date): IsoDate {
  return format(new TZDate(now.getTime(), timeZone), "yyyy-MM-dd");
}

/**
 * The one place the product reads the real time. Everything else takes "now" as an argument
 * (ctx.now in procedures), so tests fix the clock and pages never compute today themselves.
 */
export const systemClock = (): Date => new Date();
