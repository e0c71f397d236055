import ICAL from "ical.js";
import { type RawCalendar, type RawComponent, rawValue, splitCalendars } from "./content-lines";
import { IcsImportError } from "./errors";
import { eventLabel, plainReason } from "./labels";
import { problemNotes, repairEvent } from "./repair";

/**
 * The one place that touches ical.js's loosely typed corners (`ICAL.parse` returns `any`,
 * property values are a wide union). Everything else gets narrowed values from here.
 */

export type Component = InstanceType<typeof ICAL.Component>;
export type Property = InstanceType<typeof ICAL.Property>;
export type Time = InstanceType<typeof ICAL.Time>;
export type Recur = InstanceType<typeof ICAL.Recur>;
export type IcalEvent = InstanceType<typeof ICAL.Event>;
export type Expansion = InstanceType<typeof ICAL.RecurExpansion>;
export type Duration = InstanceType<typeof ICAL.Duration>;

export interface OccurrenceDetails {
  start: Time;
  end: Time | undefined;
  item: IcalEvent;
}

/** A calendar ical.js could read, and notes on the parts of it that could not be read. */
export interface ParsedFile {
  calendars: Component[];
  notes: string[];
}

function parseComponent(lines: string[]): unknown[] | undefined {
  try {
    const parsed: unknown = ICAL.parse(lines.join("\r\n"));
    return Array.isArray(parsed) && typeof parsed[0] === "string" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function calendarProperties(raw: RawCalendar): unknown[] {
  try {
    const parsed: unknown = ICAL.parse(["BEGIN:VCALENDAR", ...raw.properties, "END:VCALENDAR"].join("\r\n"));
    if (Array.isArray(parsed) && Array.isArray(parsed[1])) return parsed[1];
  } catch (error) {
    const why = plainReason(error) ?? "a calendar line could not be read";
    throw new IcsImportError("not-icalendar", `This is not a valid iCalendar (.ics) file: ${why}.`);
  }
  throw new IcsImportError("not-icalendar", "This is not a valid iCalendar (.ics) file.");
}

interface Piece {
  lines: string[];
  /** Says what went wrong when this component alone cannot be parsed. */
  failure: () => string;
}

function eventPiece(lines: string[], notes: string[]): Piece | undefined {
  const repaired = repairEvent(lines);
  const label = () => eventLabel(rawValue(lines, "SUMMARY"), rawValue(lines, "UID"));
  notes.push(...problemNotes(lines, repaired));
  if (repaired.problems.some((problem) => problem.fatal)) return undefined;
  return { lines: repaired.lines, failure: () => `${label()} could not be read and was left out.` };
}

function zonePiece(lines: string[]): Piece {
  const failure = () => `Time zone definition ${rawValue(lines, "TZID") ?? ""} could not be read and was ignored.`;
  return { lines, failure };
}

/** Pieces handed to ical.js at once: one bad piece costs a re-parse of its chunk only. */
const CHUNK = 256;

function parseChunk(pieces: Piece[], notes: string[]): unknown[] {
  try {
    const parsed: unknown = ICAL.parse(pieces.flatMap((piece) => piece.lines).join("\r\n"));
    const all = Array.isArray(parsed) && typeof parsed[0] === "string" ? [parsed] : parsed;
    if (Array.isArray(all) && all.length === pieces.length) return all;
  } catch {
    // One of them is bad: find which below.
  }
  return pieces.flatMap((piece) => {
    const parsed = parseComponent(piece.lines);
    if (!parsed) notes.push(piece.failure());
    return parsed ? [parsed] : [];
  });
}

/** jCal of every piece, leaving out (with a note) the ones ical.js cannot read. */
function parsePieces(pieces: Piece[], notes: string[]): unknown[] {
  const parsed: unknown[] = [];
  for (let i = 0; i < pieces.length; i += CHUNK) parsed.push(...parseChunk(pieces.slice(i, i + CHUNK), notes));
  return parsed;
}

/**
 * All VCALENDARs in the text (a file may concatenate several). Events are repaired line by
 * line first; one that ical.js still cannot read becomes a note, the rest of the file imports.
 * Components the importer never reads (VTODO, VJOURNAL...) are not parsed at all, nor are the
 * events `setAside` read from their raw lines (set-aside.ts, one-off-runs.ts), whose notes it returns.
 */
export function parseCalendars(text: string, setAside?: (raw: RawCalendar) => Map<RawComponent, string[]>): ParsedFile {
  const notes: string[] = [];
  const calendars = splitCalendars(text).map((raw) => {
    const aside = setAside?.(raw);
    const pieces = raw.components.flatMap((component) => {
      if (component.name === "VTIMEZONE") return [zonePiece(component.lines)];
      const read = aside?.get(component);
      if (read) notes.push(...read); // read without ical.js: only the notes of its repairs are left
      if (component.name !== "VEVENT" || read) return [];
      const piece = eventPiece(component.lines, notes);
      return piece ? [piece] : [];
    });
    return new ICAL.Component(["vcalendar", calendarProperties(raw), parsePieces(pieces, notes)]);
  });
  if (calendars.length === 0) {
    throw new IcsImportError("not-icalendar", "This is not an iCalendar (.ics) file: it holds no VCALENDAR.");
  }
  return { calendars, notes };
}

export function textOf(component: Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === "string" ? value : undefined;
}

export function timeOf(component: Component, name: string): Time | undefined {
  const value = component.getFirstPropertyValue(name);
  return value instanceof ICAL.Time ? value : undefined;
}

/** The TZID parameter, which ical.js keeps even when the file never defines that zone. */
export function tzidOf(component: Component, name: string): string | undefined {
  const value: unknown = component.getFirstProperty(name)?.getFirstParameter("tzid");
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function rulesOf(component: Component): { property: Property; rule: Recur }[] {
  return component.getAllProperties("rrule").flatMap((property) => {
    const rule = property.getFirstValue();
    return rule instanceof ICAL.Recur ? [{ property, rule }] : [];
  });
}

/** A date or time value with the TZID written beside it (kept for zones the file does not define). */
export interface Dated {
  time: Time;
  tzid?: string;
}

function datedValues(component: Component, name: string): Dated[] {
  return component.getAllProperties(name).flatMap((property) => {
    const tzid: unknown = property.getFirstParameter("tzid");
    return (property.getValues() as unknown[]).flatMap((value) => {
      const time = value instanceof ICAL.Period ? value.start : value;
      if (!(time instanceof ICAL.Time)) return [];
      return [typeof tzid === "string" && tzid !== "" ? { time, tzid } : { time }];
    });
  });
}

export function exdatesOf(component: Component): Dated[] {
  return datedValues(component, "exdate");
}

export function rdatesOf(component: Component): Dated[] {
  return datedValues(component, "rdate");
}

/** Rewrites an override's RECURRENCE-ID in the form of its series' DTSTART (same zone, date or time). */
export function setRecurrenceId(component: Component, time: Time, tzid: string | undefined): void {
  component.removeAllProperties("recurrence-id");
  const value = time.toString(); // jCal form, "2026-02-26" or "2026-02-26T08:00:00[Z]"
  const params = tzid && !time.isDate && !isUtc(time) ? { tzid } : {};
  component.addProperty(new ICAL.Property(["recurrence-id", params, time.isDate ? "date" : "date-time", value]));
}

/** A copy of `template` (its zone and date/time kind) set to another wall-clock date and time. */
export function withWallClock(
  template: Time,
  wall: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
): Time {
  const time = template.clone();
  time.year = wall.year;
  time.month = wall.month;
  time.day = wall.day;
  if (!time.isDate && wall.hour !== undefined) {
    time.hour = wall.hour;
    time.minute = wall.minute ?? 0;
    time.second = wall.second ?? 0;
  }
  return time;
}

export function isFloating(time: Time): boolean {
  return time.zone === ICAL.Timezone.localTimezone || time.zone?.tzid === "floating" || !time.zone;
}

export function isUtc(time: Time): boolean {
  return time.zone === ICAL.Timezone.utcTimezone || time.zone?.tzid === "UTC";
}

/**
 * ical.js looks a TZID up by scanning every subcomponent of the calendar, and caches only the
 * zones it finds: in a Google export with thousands of events and no VTIMEZONE, each event's
 * time rescanned all of them. One lookup per TZID per calendar is enough.
 */
export function memoiseZoneLookup(calendar: Component): void {
  const lookUp = calendar.getTimeZoneByID.bind(calendar);
  const known = new Map<string, ReturnType<typeof lookUp> | null>();
  calendar.getTimeZoneByID = ((tzid: string) => {
    if (!known.has(tzid)) known.set(tzid, lookUp(tzid) ?? null);
    return known.get(tzid) ?? null;
  }) as typeof calendar.getTimeZoneByID;
}

/** An event with exactly the overrides we hand it: ical.js would otherwise scan every sibling. */
export function makeEvent(master: Component, overrides: Component[]): IcalEvent {
  return new ICAL.Event(master, { exceptions: overrides, strictExceptions: true });
}

export function expansionOf(event: IcalEvent, start: Time): Expansion {
  return event.iterator(start);
}

export function detailsOf(event: IcalEvent, occurrence: Time): OccurrenceDetails {
  const details = event.getOccurrenceDetails(occurrence);
  const end: unknown = details.endDate;
  return { start: details.startDate, end: end instanceof ICAL.Time ? end : undefined, item: details.item };
}

/** DTEND, or DTSTART + DURATION, as ical.js's Event#endDate gives it, without building an Event. */
export function endOfComponent(component: Component, start: Time): Time | undefined {
  const end = timeOf(component, "dtend");
  if (end) return end;
  const duration: unknown = component.getFirstPropertyValue("duration");
  if (!(duration instanceof ICAL.Duration)) return undefined;
  const computed = start.clone();
  computed.addDuration(duration);
  return computed;
}

export function minutesBetween(start: Time, end: Time): number {
  return end.subtractDateTz(start).toSeconds() / 60;
}
