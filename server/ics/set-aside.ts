import { dayNumberOf } from "./zones";
import { type RawCalendar, type RawComponent, splitContentLine } from "./content-lines";

/**
 * Most events in a real export are not runs (meetings, birthdays, dentist). The importer only
 * counts them, so a one-off event whose title and description say it is not a run is counted
 * from its raw lines here and never handed to ical.js, which is most of the work per event.
 *
 * Only events where nothing else can change the answer qualify: a single VEVENT for its UID (no
 * other versions, no overrides), no repeat rule or extra dates, no STATUS (a cancelled event
 * counts as nothing), and a start whose day is safely inside or outside the window. Anything
 * else, including a start within two days of either end (a time zone can move it across), goes
 * through the full reader as before.
 */

/** Properties that make an event more than one dated occurrence, or none. */
const NOT_ONE_OFF = new Set(["RRULE", "RDATE", "EXRULE", "RECURRENCE-ID", "STATUS"]);
/** How far a time zone can move a wall-clock day from the athlete's calendar day. */
const ZONE_MARGIN_DAYS = 2;
const START = /^(\d{4})(\d\d)(\d\d)(?:T(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d|60)Z?)?$/;

export interface SetAsideWindow {
  fromDay: number;
  toDay: number;
}

interface RawEvent {
  uid?: string;
  title: string;
  description?: string;
  startDay?: number;
  starts: number;
  oneOff: boolean;
}

/** The text value as ical.js gives it: "\n" is a line break, "\," "\;" "\\" the character itself. */
function unescapeText(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}

/** The wall-clock day number of a start written plainly (a date, or a date-time in UTC or a zone). */
function dayOf(params: string, value: string): number | undefined {
  if (/VALUE=/i.test(params) && !/VALUE=DATE(?:;|$)/i.test(params)) return undefined;
  const match = START.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // 20260231 rolls over into March: not a date, and the full reader says so.
  if (year === 0 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return dayNumberOf(year, month, day);
}

/** Names this reader looks at, by their upper-case first letter: every other line is skipped unread. */
const LOOKED_AT = new Set(["B", "E", "U", "S", "D", "R"]);
const NAME = /^[A-Za-z-]+/;

function readRawEvent(lines: string[]): RawEvent {
  const event: RawEvent = { title: "", starts: 0, oneOff: true };
  let depth = 0;
  for (const raw of lines) {
    if (!LOOKED_AT.has(raw.charAt(0).toUpperCase())) continue;
    const name = NAME.exec(raw)?.[0].toUpperCase();
    if (name === "BEGIN" || name === "END") {
      depth += name === "BEGIN" ? 1 : -1;
      continue;
    }
    if (depth !== 1 || !name) continue;
    if (NOT_ONE_OFF.has(name)) event.oneOff = false;
    else if (name === "UID" || name === "SUMMARY" || name === "DESCRIPTION" || name === "DTSTART") {
      const line = splitContentLine(raw);
      if (!line || line.name !== name) continue;
      if (name === "UID" && event.uid === undefined) event.uid = line.value.trim();
      else if (name === "SUMMARY" && event.title === "") event.title = unescapeText(line.value);
      else if (name === "DESCRIPTION" && event.description === undefined) event.description = unescapeText(line.value);
      else if (name === "DTSTART" && ++event.starts === 1) event.startDay = dayOf(line.params, line.value);
    }
  }
  return event;
}

/**
 * The VEVENTs of a calendar that can be counted without reading them: each is reported to
 * `count` with whether its day is inside the window. `isRun` decides from title and description.
 */
export function setAsideNonRuns(
  calendar: RawCalendar,
  window: SetAsideWindow,
  isRun: (title: string, description: string | undefined) => boolean,
  count: (inWindow: boolean) => void,
): Set<RawComponent> {
  const events = calendar.components.filter((component) => component.name === "VEVENT");
  const read = events.map((component) => ({ component, event: readRawEvent(component.lines) }));
  const perUid = new Map<string, number>();
  for (const { event } of read) if (event.uid) perUid.set(event.uid, (perUid.get(event.uid) ?? 0) + 1);
  const aside = new Set<RawComponent>();
  for (const { component, event } of read) {
    const day = event.starts === 1 ? event.startDay : undefined;
    if (!event.oneOff || !event.uid || perUid.get(event.uid) !== 1 || day === undefined) continue;
    const inside = day >= window.fromDay + ZONE_MARGIN_DAYS && day <= window.toDay - ZONE_MARGIN_DAYS;
    const outside = day < window.fromDay - ZONE_MARGIN_DAYS || day > window.toDay + ZONE_MARGIN_DAYS;
    if ((!inside && !outside) || isRun(event.title, event.description)) continue;
    aside.add(component);
    count(inside);
  }
  return aside;
}
