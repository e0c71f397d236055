import type { IsoDate } from "../planner/types";
import type { Classification } from "./classify";
import { type Time, isFloating, minutesBetween, textOf } from "./ical-adapter";
import type { Occurrence } from "./occurrences";
import type { ImportedRun } from "./types";
import { dateInZone, describeZoneName, isoDate, wallClockToEpoch } from "./zones";

/** From an occurrence to a run on the athlete's calendar: its date there, its planned minutes, its text. */

const MAX_DESCRIPTION_CHARS = 2000;
/** A timed event's length is its planned duration only when it looks like a training session. */
const SESSION_MINUTES = { min: 10, max: 600 };

export interface DateContext {
  /** The athlete's zone: every run lands on its calendar date there. */
  timeZone: string;
  /** Where floating times are read: the calendar's X-WR-TIMEZONE, or else the athlete's zone. */
  floatingZone: string;
  warn: (message: string) => void;
}

/** The athlete's calendar date for an occurrence: all-day dates as written, times converted. */
export function localDate(start: Time, tzid: string | undefined, context: DateContext): IsoDate {
  const wall = isoDate(start.year, start.month, start.day);
  if (start.isDate) return wall;
  if (!isFloating(start)) return dateInZone(start.toUnixTime() * 1000, context.timeZone);
  let zone = context.floatingZone;
  if (tzid !== undefined) {
    const resolved = describeZoneName(tzid);
    if (!resolved) context.warn(`Unknown time zone "${tzid}": its times were read as ${zone}.`);
    else if (resolved.fixedOffset) {
      context.warn(`Time zone "${tzid}" was read at the offset it states; daylight saving time was not applied.`);
    }
    zone = resolved?.zone ?? zone;
  }
  return zone === context.timeZone ? wall : dateInZone(wallClockToEpoch(start, zone), context.timeZone);
}

function sessionMinutes(occurrence: Occurrence): number | undefined {
  const end = occurrence.start.isDate ? undefined : occurrence.end();
  if (!end) return undefined;
  const minutes = Math.round(minutesBetween(occurrence.start, end));
  return minutes >= SESSION_MINUTES.min && minutes <= SESSION_MINUTES.max ? minutes : undefined;
}

export function toImportedRun(
  occurrence: Occurrence,
  date: IsoDate,
  found: Classification & { type: NonNullable<Classification["type"]> },
): ImportedRun {
  const title = textOf(occurrence.item, "summary")?.trim();
  const description = textOf(occurrence.item, "description")?.trim().slice(0, MAX_DESCRIPTION_CHARS);
  const minutes = found.durationMin ?? (found.type === "rest" ? undefined : sessionMinutes(occurrence));
  return {
    date,
    type: found.type,
    ...(found.distanceKm !== undefined && { distanceKm: found.distanceKm }),
    ...(minutes !== undefined && { durationMin: minutes }),
    ...(title && { title }),
    uid: occurrence.uid,
    confidence: found.confidence,
    ...(description && { description }),
  };
}
