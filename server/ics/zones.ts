import { TZDate, tzOffset } from "@date-fns/tz";
import type { IsoDate } from "../planner/types";

/** Time-zone names and conversions that ical.js cannot do without a VTIMEZONE in the file. */

const validity = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  let valid = validity.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    if (validity.size < 1000) validity.set(zone, valid);
  }
  return valid;
}

/**
 * Outlook/Exchange write Windows zone names. They normally ship a VTIMEZONE too; this covers
 * files that lost it. The most used zones only (CLDR windowsZones.xml, "001" territory).
 */
const WINDOWS_ZONES: Record<string, string> = {
  "Dateline Standard Time": "Etc/GMT+12",
  "Hawaiian Standard Time": "Pacific/Honolulu",
  "Alaskan Standard Time": "America/Anchorage",
  "Pacific Standard Time": "America/Los_Angeles",
  "US Mountain Standard Time": "America/Phoenix",
  "Mountain Standard Time": "America/Denver",
  "Central Standard Time": "America/Chicago",
  "Eastern Standard Time": "America/New_York",
  "Atlantic Standard Time": "America/Halifax",
  "Newfoundland Standard Time": "America/St_Johns",
  "E. South America Standard Time": "America/Sao_Paulo",
  "Argentina Standard Time": "America/Argentina/Buenos_Aires",
  UTC: "UTC",
  "GMT Standard Time": "Europe/London",
  "Greenwich Standard Time": "Atlantic/Reykjavik",
  "W. Europe Standard Time": "Europe/Berlin",
  "Central Europe Standard Time": "Europe/Budapest",
  "Central European Standard Time": "Europe/Warsaw",
  "Romance Standard Time": "Europe/Paris",
  "E. Europe Standard Time": "Europe/Chisinau",
  "FLE Standard Time": "Europe/Kiev",
  "GTB Standard Time": "Europe/Bucharest",
  "Russian Standard Time": "Europe/Moscow",
  "South Africa Standard Time": "Africa/Johannesburg",
  "Israel Standard Time": "Asia/Jerusalem",
  "Arabian Standard Time": "Asia/Dubai",
  "India Standard Time": "Asia/Kolkata",
  "China Standard Time": "Asia/Shanghai",
  "Singapore Standard Time": "Asia/Singapore",
  "Tokyo Standard Time": "Asia/Tokyo",
  "Korea Standard Time": "Asia/Seoul",
  "AUS Eastern Standard Time": "Australia/Sydney",
  "E. Australia Standard Time": "Australia/Brisbane",
  "W. Australia Standard Time": "Australia/Perth",
  "New Zealand Standard Time": "Pacific/Auckland",
};

/**
 * An IANA zone for a TZID the file does not define: IANA names as they are (Google), Windows
 * names (Outlook), and prefixed names such as "/mozilla.org/20050126_1/Europe/Berlin".
 */
export function resolveZoneName(tzid: string): string | undefined {
  const trimmed = tzid.trim().replace(/^"|"$/g, "");
  if (/^[A-Za-z]/.test(trimmed) && isValidTimeZone(trimmed)) return trimmed;
  const windows = WINDOWS_ZONES[trimmed];
  if (windows) return windows;
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(trimmed)?.[1];
  return tail && isValidTimeZone(tail) ? tail : undefined;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const MS_PER_DAY = 86_400_000;
const MAX_CACHED_DAYS = 200_000;
/** Per zone, UTC day number -> offset in ms, for days without a transition. */
const offsetsByZone = new Map<string, Map<number, number>>();

/**
 * The zone's UTC offset at an instant. Asking Intl costs microseconds and a calendar holds
 * thousands of events, so a day whose offset is the same at its first and last millisecond
 * (every day but the two transition days a year) is answered from a cache.
 */
function offsetMs(zone: string, epochMs: number): number {
  if (zone === "UTC") return 0;
  let byDay = offsetsByZone.get(zone);
  if (!byDay) offsetsByZone.set(zone, (byDay = new Map()));
  const day = Math.floor(epochMs / MS_PER_DAY);
  const cached = byDay.get(day);
  if (cached !== undefined) return cached;
  const first = tzOffset(zone, new Date(day * MS_PER_DAY));
  const last = tzOffset(zone, new Date((day + 1) * MS_PER_DAY - 1));
  if (first !== last) return tzOffset(zone, new Date(epochMs)) * 60_000;
  if (byDay.size < MAX_CACHED_DAYS) byDay.set(day, first * 60_000);
  return first * 60_000;
}

/** The calendar date of an instant, on the wall of `zone`. */
export function dateInZone(epochMs: number, zone: string): IsoDate {
  const local = new Date(epochMs + offsetMs(zone, epochMs));
  return isoDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The instant a wall-clock time in `zone` stands for (DST gaps move forward, as clocks do). */
export function wallClockToEpoch(wall: WallClock, zone: string): number {
  return TZDate.tz(zone, wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second).getTime();
}

/** Days since 1970-01-01 for any year ical.js can hold (Date.UTC maps years 0-99 to 19xx). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / 86_400_000);
}
