import { type Dated, type Time, isFloating, withWallClock } from "./ical-adapter";
import { dayNumberOf, resolveZoneName, wallClockIn, wallClockToEpoch } from "./zones";

/**
 * Telling whether two values name the same instance of a series, whatever form each is written
 * in: an EXDATE in UTC against a zoned series, a date against a date-time, an Exchange
 * RECURRENCE-ID at local midnight against an all-day series. ical.js compares them by their
 * string form (or by instant only when it knows both zones), so these cases slipped through.
 */

export interface ZoneContext {
  /** Where floating times are read: the calendar's X-WR-TIMEZONE, or else the athlete's zone. */
  floatingZone: string;
}

export function wallDay(time: Time): number {
  return dayNumberOf(time.year, time.month, time.day);
}

/** The zone name a value's wall clock is read in, for values ical.js has no zone object for. */
function zoneNameOf(value: Dated, context: ZoneContext): string {
  return (value.tzid && resolveZoneName(value.tzid)) || context.floatingZone;
}

/** Milliseconds since 1970 of a date-time; undefined for a date. */
export function instantOf(value: Dated, context: ZoneContext): number | undefined {
  if (value.time.isDate) return undefined;
  if (!isFloating(value.time)) return value.time.toUnixTime() * 1000;
  return wallClockToEpoch(value.time, zoneNameOf(value, context));
}

/** Does `exclusion` (an EXDATE) name `instance`? Dates match by day, times by instant. */
export function excludes(exclusion: Dated, instance: Dated, context: ZoneContext): boolean {
  if (exclusion.time.isDate || instance.time.isDate) return wallDay(exclusion.time) === wallDay(instance.time);
  return instantOf(exclusion, context) === instantOf(instance, context);
}

/**
 * A RECURRENCE-ID rewritten in the form of the series' DTSTART, so that it names exactly one
 * instance the series generates: the date alone for an all-day series (Exchange writes local
 * midnight in a zone), the series' time of day for a date, the same instant on the series' own
 * wall clock for a time in another zone or in UTC.
 */
export function recurrenceIdLike(start: Dated, recurrenceId: Dated, context: ZoneContext): Time {
  const id = recurrenceId.time;
  if (start.time.isDate || id.isDate) return withWallClock(start.time, { year: id.year, month: id.month, day: id.day });
  const instant = instantOf(recurrenceId, context)!;
  if (!isFloating(start.time)) {
    const utc = start.time.clone();
    utc.fromUnixTime(instant / 1000);
    return utc.convertToZone(start.time.zone);
  }
  return withWallClock(start.time, wallClockIn(instant, zoneNameOf(start, context)));
}
