import { isIsoDate, toDayNumber } from "../domain/dates";
import type { IsoDate } from "../planner/types";
import type { Classification } from "./classify";
import { withoutTrailer } from "./content-lines";
import { recoverText } from "./decode";
import { type Component, memoiseZoneLookup, parseCalendars, rulesOf, textOf, timeOf } from "./ical-adapter";
import { wallDay } from "./instances";
import { plainReason } from "./labels";
import { precheckIcs } from "./limits";
import { type Occurrence, labelOf, occurrencesOf } from "./occurrences";
import { unsafeZoneRuleReason } from "./recurrence-guard";
import { EXPANSION_BUDGET } from "./rule-expansion";
import { type DateContext, localDate, toImportedRun } from "./run-dates";
import { type Import, Warnings, classifyOnce } from "./import-state";
import { type ReadPlainly, readWithoutIcal, takeOneOff } from "./read-plainly";
import type { ImportOptions, ImportResult } from "./types";
import { type EventGroup, eventGroups } from "./versions";
import { isValidTimeZone, resolveZoneName } from "./zones";

export { IcsImportError, isIcsImportError, type IcsErrorCode } from "./errors";
export type { ImportOptions, ImportResult, ImportedRun } from "./types";

/**
 * Reads an iCalendar export into dated run candidates for the athlete's calendar.
 *
 * Time zones: ical.js resolves a TZID against the VTIMEZONEs of the same VCALENDAR by itself
 * (Component#getTimeZoneByID), so nothing is registered in its process-wide TimezoneService and
 * one import cannot leak zones into the next. A TZID the file does not define (Google often
 * omits them) is looked up as an IANA or Windows zone name; floating times are read in the
 * calendar's X-WR-TIMEZONE, or else the athlete's zone.
 *
 * Throws IcsImportError for a file that must be refused as a whole (too large, not iCalendar,
 * nested too deep) and RangeError for bad options; anything wrong with a single event becomes
 * a warning that names it, and the rest of the file imports.
 */

/** Local dates can differ from the wall dates of the source zone by up to about a day. */
const ZONE_MARGIN_DAYS = 2;
const STARVED_NAMED = 3;

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

/**
 * Series that must walk from an old DTSTART to the window (a COUNT forbids skipping ahead) go
 * last, so the work they need never comes out of what the near series need.
 */
function nearestFirst(groups: Map<string, EventGroup>, fromDay: number): [string, EventGroup][] {
  const walk = ([, { master }]: [string, EventGroup]) => {
    if (!master?.hasProperty("rrule") || !rulesOf(master).some(({ rule }) => rule.count)) return 0;
    const start = timeOf(master, "dtstart");
    return start ? Math.max(0, fromDay - wallDay(start)) : 0;
  };
  return [...groups]
    .map((entry) => ({ entry, walk: walk(entry) }))
    .sort((a, b) => a.walk - b.walk)
    .map((x) => x.entry);
}

function labelOfGroup(uid: string, group: EventGroup): string {
  const component = group.master ?? group.overrides[0];
  return component ? labelOf(component) : `"${uid}"`;
}

/** One UID's occurrences with the athlete's dates; a broken event becomes a warning naming it. */
function datedOccurrences(uid: string, group: EventGroup, run: Import, dates: DateContext) {
  try {
    return occurrencesOf(uid, group, run.expander).map((occurrence) => ({
      occurrence,
      date: localDate(occurrence.start, occurrence.tzid, dates),
    }));
  } catch (error) {
    const why = plainReason(error);
    run.warnings.add(`${labelOfGroup(uid, group)} could not be read${why ? ` (${why})` : ""} and was left out.`);
    return [];
  }
}

function sortInto(run: Import, occurrence: Occurrence, date: IsoDate): void {
  const title = textOf(occurrence.item, "summary") ?? "";
  const description = textOf(occurrence.item, "description");
  const found = classifyOnce(run.classified, title, description);
  if (found.type === null) {
    run.result.skipped++;
    return;
  }
  const bucket = found.confidence === "sure" ? run.result.runs : run.result.review;
  try {
    bucket.push(toImportedRun(occurrence, date, { ...found, type: found.type }));
  } catch {
    run.warnings.add(`${labelOf(occurrence.item)}: its end could not be read, so no duration was taken from it.`);
    const { minutes: _unread, ...withoutLength } = occurrence;
    bucket.push(toImportedRun({ ...withoutLength, end: () => undefined }, date, { ...found, type: found.type }));
  }
}

function importCalendar(calendar: Component, run: Import): void {
  dropUnsafeZones(calendar, run.warnings.add);
  memoiseZoneLookup(calendar);
  const calendarZone = textOf(calendar, "x-wr-timezone");
  const floatingZone = (calendarZone && resolveZoneName(calendarZone)) || run.options.timeZone;
  run.expander.zones = { floatingZone };
  const dates: DateContext = { timeZone: run.options.timeZone, floatingZone, warn: run.warnings.add };
  for (const [uid, group] of nearestFirst(eventGroups(calendar), run.expander.budget.window.fromDay)) {
    for (const { occurrence, date } of datedOccurrences(uid, group, run, dates)) {
      if (date < run.options.from || date > run.options.to) continue;
      run.inRange++;
      run.take(occurrence, date);
    }
  }
}

function starvedWarning(labels: string[]): string | undefined {
  if (labels.length === 0) return undefined;
  const named = labels.slice(0, STARVED_NAMED).join(", ");
  const more = labels.length > STARVED_NAMED ? ` and ${labels.length - STARVED_NAMED} more events` : "";
  return `The file repeats events too much to expand them all in this date range; later occurrences of ${named}${more} are missing. A shorter date range imports them.`;
}

function byDateThenUid(a: { date: string; uid: string }, b: { date: string; uid: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;
}

interface Reading {
  /** Whether events may be read without ical.js; the reference reader for tests turns it off. */
  withoutIcal: boolean;
  /** What happens to each occurrence in range; importing sorts it into runs, review or skipped. */
  take?: Import["take"];
}

function runImport(text: string, options: ImportOptions, reading: Reading): ImportResult {
  checkOptions(options);
  const recovered = recoverText(text);
  const body = withoutTrailer(recovered.text);
  precheckIcs(body);
  const warnings = new Warnings();
  const result: ImportResult = { runs: [], skipped: 0, review: [], warnings: warnings.list };
  const window = {
    fromDay: toDayNumber(options.from) - ZONE_MARGIN_DAYS,
    toDay: toDayNumber(options.to) + ZONE_MARGIN_DAYS,
  };
  const run: Import = {
    options,
    warnings,
    expander: {
      budget: { window, inWindow: EXPANSION_BUDGET, walking: EXPANSION_BUDGET },
      zones: { floatingZone: options.timeZone },
      warn: warnings.add,
      starved: [],
    },
    classified: new Map<string, Classification>(),
    result,
    inRange: 0,
    take: reading.take ?? ((occurrence, date) => sortInto(run, occurrence, date)),
  };
  // Listing every occurrence (take) needs every event read through ical.js.
  const plainly = reading.withoutIcal && !reading.take && options.from <= options.to;
  const readPlainly: ReadPlainly = { events: [], warnings: [] };
  const { calendars, notes } = parseCalendars(
    body,
    plainly ? (raw) => readWithoutIcal(raw, run, readPlainly) : undefined,
  );
  if (recovered.lostCharacters) {
    warnings.add("The file is UTF-16 but was read as UTF-8, so accented letters and emoji in titles were lost.");
  }
  notes.forEach(warnings.add);
  readPlainly.warnings.forEach(warnings.add);
  for (const { event, read } of readPlainly.events) takeOneOff(run, event, read);
  if (options.from > options.to) {
    warnings.add(`The date range ${options.from}..${options.to} is empty.`);
    return result;
  }
  for (const calendar of calendars) importCalendar(calendar, run);
  const starved = starvedWarning(run.expander.starved);
  if (starved) warnings.lead(starved);
  result.runs.sort(byDateThenUid);
  result.review.sort(byDateThenUid);
  if (run.inRange === 0) warnings.add(`No events between ${options.from} and ${options.to}.`);
  else if (!reading.take && result.runs.length + result.review.length === 0)
    warnings.add("No runs found: none of the events looks like a run.");
  return result;
}

export function parseIcs(text: string, options: ImportOptions): ImportResult {
  return runImport(text, options, { withoutIcal: true });
}

/** The same import with every event read through ical.js: the reference the quicker readers are checked against. */
export function parseIcsThroughIcal(text: string, options: ImportOptions): ImportResult {
  return runImport(text, options, { withoutIcal: false });
}

/** Every event occurrence in range, run or not, as the importer dates it: for checking it against other readers. */
export function listOccurrences(
  text: string,
  options: ImportOptions,
): { occurrences: { uid: string; date: IsoDate; title: string }[]; warnings: string[] } {
  const occurrences: { uid: string; date: IsoDate; title: string }[] = [];
  const { warnings } = runImport(text, options, {
    withoutIcal: false,
    take: (occurrence, date) =>
      occurrences.push({ uid: occurrence.uid, date, title: textOf(occurrence.item, "summary") ?? "" }),
  });
  return { occurrences, warnings };
}
