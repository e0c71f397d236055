import { isIsoDate, toDayNumber } from "../planner/dates";
import type { IsoDate } from "../planner/types";
import { type Classification, classifyRun } from "./classify";
import { type Component, type Time, isFloating, minutesBetween, parseCalendars, rulesOf, textOf } from "./ical-adapter";
import { precheckIcs } from "./limits";
import { EXPANSION_BUDGET, type Expander, type Occurrence, occurrencesOf } from "./occurrences";
import { unsafeZoneRuleReason } from "./recurrence-guard";
import type { ImportOptions, ImportResult, ImportedRun } from "./types";
import { dateInZone, isValidTimeZone, isoDate, resolveZoneName, wallClockToEpoch } from "./zones";

export { IcsImportError, isIcsImportError, type IcsErrorCode } from "./errors";
export type { ImportOptions, ImportResult, ImportedRun } from "./types";

/**
 * Reads an iCalendar export into dated run candidates for the athlete's calendar.
 *
 * Time zones: ical.js resolves a TZID against the VTIMEZONEs of the same VCALENDAR by itself
 * (Component#getTimeZoneByID), so nothing is registered in its process-wide TimezoneService and
 * one import cannot leak zones into the next. A TZID the file does not define (Google often
 * omits them) is looked up as an IANA or Windows zone name; floating times are the athlete's.
 *
 * Throws IcsImportError for a file that must be refused as a whole (too large, not iCalendar,
 * nested too deep) and RangeError for bad options; anything wrong with a single event becomes
 * a warning.
 */

const MAX_WARNINGS = 50;
const MAX_DESCRIPTION_CHARS = 2000;
/** A timed event's length is its planned duration only when it looks like a training session. */
const SESSION_MINUTES = { min: 10, max: 600 };
/** Local dates can differ from the wall dates of the source zone by up to about a day. */
const ZONE_MARGIN_DAYS = 2;

class Warnings {
  readonly list: string[] = [];
  private readonly seen = new Set<string>();

  add = (message: string): void => {
    if (this.seen.has(message) || this.list.length >= MAX_WARNINGS) return;
    this.seen.add(message);
    this.list.push(message);
  };
}

function checkOptions({ from, to, timeZone }: ImportOptions): void {
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError(`from/to must be YYYY-MM-DD dates, got ${from}..${to}`);
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${timeZone}`);
}

/** A VTIMEZONE that ical.js could choke on is dropped; its TZID then resolves by name. */
function dropUnsafeZones(calendar: Component, warn: (message: string) => void): void {
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    const tzid = textOf(zone, "tzid");
    const why = tzid
      ? zone
          .getAllSubcomponents()
          .flatMap(rulesOf)
          .map(({ rule }) => unsafeZoneRuleReason(rule))
          .find(Boolean)
      : "it has no TZID";
    if (why === undefined) continue;
    calendar.removeSubcomponent(zone);
    warn(`Time zone definition ${tzid ?? ""} was ignored (${why}).`);
  }
}

function uidOf(component: Component, index: number): string {
  const uid = textOf(component, "uid")?.trim();
  if (uid) return uid;
  // No UID (hand-written files): derive one from what identifies the event, not from its position.
  const basis = `${textOf(component, "summary") ?? ""}|${component.getFirstProperty("dtstart")?.toICALString() ?? index}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < basis.length; i++) hash = Math.imul(hash ^ basis.charCodeAt(i), 0x01000193) >>> 0;
  return `no-uid-${hash.toString(16).padStart(8, "0")}`;
}

/** A master VEVENT (or duplicates of it) and the overrides sharing its UID. */
type EventGroup = { masters: Component[]; overrides: Component[] };

function eventGroups(calendar: Component): Map<string, EventGroup> {
  const groups = new Map<string, EventGroup>();
  calendar.getAllSubcomponents("vevent").forEach((component, index) => {
    const uid = uidOf(component, index);
    const group = groups.get(uid) ?? { masters: [], overrides: [] };
    (component.hasProperty("recurrence-id") ? group.overrides : group.masters).push(component);
    groups.set(uid, group);
  });
  return groups;
}

/** The athlete's calendar date for an occurrence: all-day dates as written, times converted. */
function localDate(start: Time, tzid: string | undefined, timeZone: string, warn: (m: string) => void): IsoDate {
  const wall = isoDate(start.year, start.month, start.day);
  if (start.isDate) return wall;
  if (!isFloating(start)) return dateInZone(start.toUnixTime() * 1000, timeZone);
  if (tzid === undefined) return wall;
  const zone = resolveZoneName(tzid);
  if (zone) return dateInZone(wallClockToEpoch(start, zone), timeZone);
  warn(`Unknown time zone "${tzid}": its times were read as ${timeZone}.`);
  return wall;
}

function sessionMinutes(occurrence: Occurrence): number | undefined {
  const end = occurrence.start.isDate ? undefined : occurrence.end();
  if (!end) return undefined;
  const minutes = Math.round(minutesBetween(occurrence.start, end));
  return minutes >= SESSION_MINUTES.min && minutes <= SESSION_MINUTES.max ? minutes : undefined;
}

function toImportedRun(
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

function byDateThenUid(a: ImportedRun, b: ImportedRun): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;
}

interface Import {
  options: ImportOptions;
  warnings: Warnings;
  expander: Expander;
  /** Repeating events share titles: classify each title/description pair once. */
  classified: Map<string, Classification>;
  result: ImportResult;
  inRange: number;
}

/** One UID's occurrences with the athlete's dates; a broken event becomes a warning. */
function datedOccurrences(uid: string, group: EventGroup, run: Import): { occurrence: Occurrence; date: IsoDate }[] {
  try {
    return occurrencesOf(uid, group.masters, group.overrides, run.expander).map((occurrence) => ({
      occurrence,
      date: localDate(occurrence.start, occurrence.tzid, run.options.timeZone, run.warnings.add),
    }));
  } catch (error) {
    run.warnings.add(`Event ${uid} could not be read (${error instanceof Error ? error.message : String(error)}).`);
    return [];
  }
}

function sortInto(run: Import, occurrence: Occurrence, date: IsoDate): void {
  const title = textOf(occurrence.item, "summary") ?? "";
  const description = textOf(occurrence.item, "description");
  const key = `${title}\u0000${description ?? ""}`;
  const found = run.classified.get(key) ?? classifyRun(title, description);
  run.classified.set(key, found);
  if (found.type === null) {
    run.result.skipped++;
    return;
  }
  const bucket = found.confidence === "sure" ? run.result.runs : run.result.review;
  bucket.push(toImportedRun(occurrence, date, { ...found, type: found.type }));
}

export function parseIcs(text: string, options: ImportOptions): ImportResult {
  checkOptions(options);
  precheckIcs(text);
  const warnings = new Warnings();
  const result: ImportResult = { runs: [], skipped: 0, review: [], warnings: warnings.list };
  const calendars = parseCalendars(text);
  if (options.from > options.to) {
    warnings.add(`The date range ${options.from}..${options.to} is empty.`);
    return result;
  }
  const window = {
    fromDay: toDayNumber(options.from) - ZONE_MARGIN_DAYS,
    toDay: toDayNumber(options.to) + ZONE_MARGIN_DAYS,
  };
  const run: Import = {
    options,
    warnings,
    expander: { window, budget: EXPANSION_BUDGET, warn: warnings.add },
    classified: new Map(),
    result,
    inRange: 0,
  };
  for (const calendar of calendars) {
    dropUnsafeZones(calendar, warnings.add);
    for (const [uid, group] of eventGroups(calendar)) {
      for (const { occurrence, date } of datedOccurrences(uid, group, run)) {
        if (date < options.from || date > options.to) continue;
        run.inRange++;
        sortInto(run, occurrence, date);
      }
    }
  }
  result.runs.sort(byDateThenUid);
  result.review.sort(byDateThenUid);
  if (run.inRange === 0) warnings.add(`No events between ${options.from} and ${options.to}.`);
  else if (result.runs.length + result.review.length === 0)
    warnings.add("No runs found: none of the events looks like a run.");
  return result;
}
