import type { IsoDate } from "../planner/types";
import { type RawCalendar, dateParameters, rawValue, splitContentLine } from "./content-lines";
import { problemNotes, repairEvent } from "./repair";
import { type DateContext, type StartForm, calendarDate, sessionLength } from "./run-dates";
import type { OneOffEvent } from "./set-aside";
import { type WallClock, dayNumberOf, resolveZoneName, wallClockToEpoch } from "./zones";

/**
 * Most runs in an export are one-off events with plainly written dates. ical.js builds several
 * Time objects and a component tree for each, which is most of the cost of a large file, so such
 * an event is read here from its repaired lines instead. It must give exactly what the full
 * reader gives (one-off-runs.test.ts compares the two), so anything this reader is not sure of
 * goes to the full reader: a start in a zone the file defines (its own VTIMEZONE rules decide the
 * instant), a TZID ical.js knows by itself (UTC, GMT, Z), a parameter other than TZID and VALUE,
 * an end written in another form than the start, or a start that cannot be read at all.
 */

export interface OneOffRead {
  /** Undefined when the start's wall-clock day is well outside the window, as the full reader skips it. */
  date: IsoDate | undefined;
  minutes: number | undefined;
  /** What the line repairs dropped (a broken DTEND, an implausible DURATION), as warnings. */
  notes: string[];
}

/** What the reader needs to know about the calendar around the event. */
export interface OneOffContext {
  /** TZIDs the file defines with a VTIMEZONE. */
  definedZones: Set<string>;
  dates: DateContext;
  /** The import window in wall-clock day numbers, widened by the most a zone can move a day. */
  window: { fromDay: number; toDay: number };
}

interface Written {
  wall: WallClock;
  isDate: boolean;
  utc: boolean;
  tzid?: string;
}

const VALUE = /^(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)(\d\d)(Z)?)?$/;
const DURATION = /^([+-]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
/** Zones ical.js knows without a VTIMEZONE: it reads them as instants, not wall clocks. */
const BUILT_IN_ZONES = /^(?:utc|gmt|z)$/i;

function written(params: string, value: string): Written | undefined {
  const parameters = dateParameters(params);
  const match = VALUE.exec(value);
  if (!parameters || !match) return undefined;
  const isDate = match[4] === undefined;
  const utc = match[7] === "Z";
  const declared = parameters.value;
  if (declared !== undefined && declared !== (isDate ? "DATE" : "DATE-TIME")) return undefined;
  if (parameters.tzid !== undefined && (isDate || utc || BUILT_IN_ZONES.test(parameters.tzid))) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  if (second === 60) return undefined; // ical.js rolls a leap second into the next minute
  const wall = { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
  return { wall, isDate, utc, ...(parameters.tzid !== undefined && { tzid: parameters.tzid }) };
}

function sameForm(start: Written, end: Written): boolean {
  return end.isDate === start.isDate && end.utc === start.utc && end.tzid === start.tzid;
}

/** Minutes of a DURATION as ical.js adds it to a wall clock. */
function durationMinutes(value: string): number | undefined {
  const match = DURATION.exec(value);
  if (!match) return undefined;
  const [weeks, days, hours, minutes, seconds] = match.slice(2).map((part) => Number(part ?? 0));
  const total = weeks! * 10_080 + days! * 1440 + hours! * 60 + minutes! + seconds! / 60;
  return match[1] === "-" ? -total : total;
}

/** The event's length as the full reader takes it: DTEND first, else DURATION; null when unsure. */
function lengthOf(start: Written, lines: Map<string, { params: string; value: string }>): number | undefined | null {
  if (start.isDate) return undefined;
  const end = lines.get("DTEND");
  if (end) {
    const until = written(end.params, end.value);
    if (!until || !sameForm(start, until)) return null;
    return sessionLength((wallClockToEpoch(until.wall, "UTC") - wallClockToEpoch(start.wall, "UTC")) / 60_000);
  }
  const duration = lines.get("DURATION");
  if (!duration) return undefined;
  const minutes = durationMinutes(duration.value);
  return minutes === undefined ? null : sessionLength(minutes);
}

/** The first DTSTART, DTEND and DURATION lines of the event itself. */
function dateLines(lines: string[]): Map<string, { params: string; value: string }> {
  const found = new Map<string, { params: string; value: string }>();
  for (const raw of lines) {
    const first = raw.charCodeAt(0) | 0x20;
    if (first !== 0x64 /* d */) continue;
    const line = splitContentLine(raw);
    if (line && !found.has(line.name)) found.set(line.name, { params: line.params, value: line.value });
  }
  return found;
}

/** The event's date on the athlete's calendar and its length, or undefined for the full reader. */
export function readOneOff(event: OneOffEvent, context: OneOffContext): OneOffRead | undefined {
  const repaired = repairEvent(event.component.lines);
  if (repaired.problems.some((problem) => problem.fatal)) return undefined;
  const lines = dateLines(repaired.lines);
  const dtstart = lines.get("DTSTART");
  const start = dtstart && written(dtstart.params, dtstart.value);
  if (!start || (start.tzid !== undefined && context.definedZones.has(start.tzid))) return undefined;
  const minutes = lengthOf(start, lines);
  if (minutes === null) return undefined;
  const form: StartForm = start.isDate
    ? { kind: "date" }
    : start.utc
      ? { kind: "instant", epochMs: wallClockToEpoch(start.wall, "UTC") }
      : { kind: "floating", ...(start.tzid !== undefined && { tzid: start.tzid }) };
  const day = dayNumberOf(start.wall.year, start.wall.month, start.wall.day);
  const near = day >= context.window.fromDay && day <= context.window.toDay;
  const date = near ? calendarDate(start.wall, form, context.dates) : undefined;
  return { date, minutes, notes: problemNotes(event.component.lines, repaired) };
}

/** The zones a calendar defines, and where its floating times are read. */
export function oneOffContext(
  calendar: RawCalendar,
  athlete: { timeZone: string; warn: (message: string) => void },
  window: OneOffContext["window"],
): OneOffContext {
  const definedZones = new Set<string>();
  for (const component of calendar.components) {
    const tzid = component.name === "VTIMEZONE" ? rawValue(component.lines, "TZID") : undefined;
    if (tzid !== undefined) definedZones.add(tzid);
  }
  const calendarZone = rawValue(calendar.properties, "X-WR-TIMEZONE");
  const floatingZone = (calendarZone && resolveZoneName(calendarZone)) || athlete.timeZone;
  return { definedZones, dates: { timeZone: athlete.timeZone, floatingZone, warn: athlete.warn }, window };
}
