import { dayNumberOf, describeZoneName } from "./zones";
import { type RawCalendar, type RawComponent, dateParameters, propertyName, splitContentLine } from "./content-lines";

/**
 * Most events in a real export are not runs (meetings, birthdays, dentist). The importer only
 * counts them, so a one-off event whose title and description say it is not a run is counted
 * from its raw lines here and never handed to ical.js, which is most of the work per event.
 *
 * Only events where nothing else can change the answer qualify: a single VEVENT for its UID (no
 * other versions, no overrides), no repeat rule or extra dates, not cancelled (a cancelled event
 * counts as nothing), and a start whose day is safely inside or outside the window. Anything
 * else, including a start within two days of either end (a time zone can move it across), goes
 * through the full reader as before. One-off runs are read from their lines too (one-off-runs.ts).
 */

/** Properties that make an event more than one dated occurrence. */
const NOT_ONE_OFF = new Set(["RRULE", "RDATE", "EXRULE", "RECURRENCE-ID"]);
/** How far a time zone can move a wall-clock day from the athlete's calendar day. */
const ZONE_MARGIN_DAYS = 2;
const START = /^(\d{4})(\d\d)(\d\d)(?:T(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d|60)Z?)?$/;
const WRITTEN_DAY = /^(\d{4})(\d\d)(\d\d)/;

export interface SetAsideWindow {
  fromDay: number;
  toDay: number;
}

export interface RawEvent {
  uid?: string;
  title: string;
  description?: string;
  /** The day of a plainly written start (see dayOf); undefined when the full reader must date it. */
  startDay?: number;
  /** The wall-clock day its first DTSTART names, however it is written: for ordering only. */
  writtenDay?: number;
  starts: number;
  oneOff: boolean;
  /** It has a repeat rule or extra dates. */
  repeats: boolean;
}

/** A VEVENT and what its raw lines say. */
export interface ReadEvent {
  component: RawComponent;
  event: RawEvent;
}

/** A VEVENT that is one dated occurrence: the only one with its UID, no rule, extra dates or override. */
export interface OneOffEvent {
  component: RawComponent;
  uid: string;
  /** SUMMARY as ical.js reads it ("" when there is none). */
  title: string;
  description?: string;
  /** The wall-clock day of a plainly written start; undefined when the start needs the full reader. */
  startDay?: number;
}

/** The text value as ical.js gives it: "\n" is a line break, "\," "\;" "\\" the character itself. */
function unescapeText(value: string): string {
  if (!value.includes("\\")) return value;
  return value.replace(/\\([nN,;\\])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}

/**
 * Whether the start's parameters are only TZID and VALUE, with a zone the full reader reads without
 * a warning: an unknown zone, or one read at a fixed offset, goes through it, warning and all.
 */
function isQuietZone(params: string): boolean {
  const parameters = dateParameters(params);
  if (!parameters) return false;
  if (parameters.tzid === undefined) return true;
  const zone = describeZoneName(parameters.tzid);
  return zone !== undefined && !zone.fixedOffset;
}

/** The wall-clock day number of a start written plainly (a date, or a date-time in UTC or a zone). */
function dayOf(params: string, value: string): number | undefined {
  if (/VALUE=/i.test(params) && !/VALUE=DATE(?:;|$)/i.test(params)) return undefined;
  if (params !== "" && !isQuietZone(params)) return undefined;
  const match = START.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // 20260231 rolls over into March: not a date, and the full reader says so.
  if (year === 0 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return dayNumberOf(year, month, day);
}

/** Names this reader looks at, by their lower-cased first letter: every other line is skipped unread. */
const LOOKED_AT = new Set([..."beusdr"].map((letter) => letter.charCodeAt(0)));

function readRawEvent(lines: string[]): RawEvent {
  const event: RawEvent = { title: "", starts: 0, oneOff: true, repeats: false };
  let depth = 0;
  for (const raw of lines) {
    if (!LOOKED_AT.has(raw.charCodeAt(0) | 0x20)) continue;
    const name = propertyName(raw);
    if (name === "BEGIN" || name === "END") {
      depth += name === "BEGIN" ? 1 : -1;
      continue;
    }
    if (depth !== 1 || !name) continue;
    if (NOT_ONE_OFF.has(name)) {
      event.oneOff = false;
      event.repeats ||= name === "RRULE" || name === "RDATE";
    } else if (name === "STATUS") event.oneOff &&= !/:\s*CANCELLED\s*$/i.test(raw);
    else if (name === "UID" || name === "SUMMARY" || name === "DESCRIPTION" || name === "DTSTART") {
      const line = splitContentLine(raw);
      if (!line || line.name !== name) continue;
      if (name === "UID" && event.uid === undefined) event.uid = unescapeText(line.value).trim();
      else if (name === "SUMMARY" && event.title === "") event.title = unescapeText(line.value);
      else if (name === "DESCRIPTION" && event.description === undefined) event.description = unescapeText(line.value);
      else if (name === "DTSTART" && ++event.starts === 1) {
        event.startDay = dayOf(line.params, line.value);
        const written = event.startDay === undefined ? WRITTEN_DAY.exec(line.value) : undefined;
        event.writtenDay = written
          ? dayNumberOf(Number(written[1]), Number(written[2]), Number(written[3]))
          : event.startDay;
      }
    }
  }
  return event;
}

/** Every VEVENT of the calendar with what its raw lines say. */
export function readEvents(calendar: RawCalendar): ReadEvent[] {
  return calendar.components
    .filter((component) => component.name === "VEVENT")
    .map((component) => ({ component, event: readRawEvent(component.lines) }));
}

/** The calendar's one-off events. */
export function oneOffEvents(read: ReadEvent[]): OneOffEvent[] {
  const perUid = new Map<string, number>();
  for (const { event } of read) if (event.uid) perUid.set(event.uid, (perUid.get(event.uid) ?? 0) + 1);
  return read.flatMap(({ component, event }) => {
    const { uid, title, description, startDay } = event;
    if (!event.oneOff || !uid || perUid.get(uid) !== 1 || event.starts !== 1) return [];
    return [{ component, uid, title, ...(description !== undefined && { description }), startDay }];
  });
}

/**
 * The one-off non-runs that can be counted without reading them: each is reported to `count`
 * with whether its day is inside the window. `isRun` decides from title and description.
 */
export function setAsideNonRuns(
  events: OneOffEvent[],
  window: SetAsideWindow,
  isRun: (title: string, description: string | undefined) => boolean,
  count: (inWindow: boolean) => void,
): Set<RawComponent> {
  const aside = new Set<RawComponent>();
  for (const { component, title, description, startDay: day } of events) {
    if (day === undefined) continue;
    const inside = day >= window.fromDay + ZONE_MARGIN_DAYS && day <= window.toDay - ZONE_MARGIN_DAYS;
    const outside = day < window.fromDay - ZONE_MARGIN_DAYS || day > window.toDay + ZONE_MARGIN_DAYS;
    if ((!inside && !outside) || isRun(title, description)) continue;
    aside.add(component);
    count(inside);
  }
  return aside;
}
