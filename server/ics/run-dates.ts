import type { IsoDate } from "../planner/types";
import type { Classification } from "./classify";
import { type Time, isFloating, minutesBetween, textOf } from "./ical-adapter";
import type { Occurrence } from "./occurrences";
import type { ImportedRun } from "./types";
import { type WallClock, dateInZone, describeZoneName, isoDate, wallClockToEpoch } from "./zones";

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

/** How a start is written: a date, an instant (UTC or a zone the file defines), or a wall clock. */
export type StartForm = { kind: "date" } | { kind: "instant"; epochMs: number } | { kind: "floating"; tzid?: string };

/** The athlete's calendar date for a start: all-day dates as written, times converted. */
export function calendarDate(wall: WallClock, form: StartForm, context: DateContext): IsoDate {
  if (form.kind === "date") return isoDate(wall.year, wall.month, wall.day);
  if (form.kind === "instant") return dateInZone(form.epochMs, context.timeZone);
  let zone = context.floatingZone;
  if (form.tzid !== undefined) {
    const resolved = describeZoneName(form.tzid);
    if (!resolved) context.warn(`Unknown time zone "${form.tzid}": its times were read as ${zone}.`);
    else if (resolved.fixedOffset) {
      context.warn(`Time zone "${form.tzid}" was read at the offset it states; daylight saving time was not applied.`);
    }
    zone = resolved?.zone ?? zone;
  }
  return zone === context.timeZone
    ? isoDate(wall.year, wall.month, wall.day)
    : dateInZone(wallClockToEpoch(wall, zone), context.timeZone);
}

/** The athlete's calendar date for an occurrence ical.js read. */
export function localDate(start: Time, tzid: string | undefined, context: DateContext): IsoDate {
  const form: StartForm = start.isDate
    ? { kind: "date" }
    : isFloating(start)
      ? { kind: "floating", ...(tzid !== undefined && { tzid }) }
      : { kind: "instant", epochMs: start.toUnixTime() * 1000 };
  return calendarDate(start, form, context);
}

/** A timed event's length counts as planned minutes only when it looks like a training session. */
export function sessionLength(minutes: number): number | undefined {
  const rounded = Math.round(minutes);
  return rounded >= SESSION_MINUTES.min && rounded <= SESSION_MINUTES.max ? rounded : undefined;
}

function sessionMinutes(occurrence: Occurrence): number | undefined {
  if (occurrence.start.isDate) return undefined;
  if (occurrence.minutes) {
    const minutes = occurrence.minutes();
    return minutes === undefined ? undefined : sessionLength(minutes);
  }
  const end = occurrence.end();
  return end ? sessionLength(minutesBetween(occurrence.start, end)) : undefined;
}

type Found = Classification & { type: NonNullable<Classification["type"]> };

/** What the importer keeps of an event, however it was read (ical.js, or its raw lines). */
export interface EventFacts {
  uid: string;
  title: string | undefined;
  description: string | undefined;
  /** The event's length in minutes, when it has one that looks like a session. */
  minutes: () => number | undefined;
}

export function importedRun(event: EventFacts, date: IsoDate, found: Found): ImportedRun {
  const title = event.title?.trim();
  const description = event.description?.trim().slice(0, MAX_DESCRIPTION_CHARS);
  const minutes = found.durationMin ?? (found.type === "rest" ? undefined : event.minutes());
  return {
    date,
    type: found.type,
    ...(found.distanceKm !== undefined && { distanceKm: found.distanceKm }),
    ...(minutes !== undefined && { durationMin: minutes }),
    ...(title && { title }),
    uid: event.uid,
    confidence: found.confidence,
    ...(description && { description }),
  };
}

export function toImportedRun(occurrence: Occurrence, date: IsoDate, found: Found): ImportedRun {
  return importedRun(
    {
      uid: occurrence.uid,
      title: textOf(occurrence.item, "summary"),
      description: textOf(occurrence.item, "description"),
      minutes: () => sessionMinutes(occurrence),
    },
    date,
    found,
  );
}
