import { tzOffset } from "@date-fns/tz";
import type { IsoDate } from "../planner/types";
import { isTimeZone } from "../domain/time-zone";
import { ianaForWindowsId, zoneForDisplayName } from "./windows-zones";

/** Time-zone names and conversions that ical.js cannot do without a VTIMEZONE in the file. */

/** The product's one zone check (server/domain/time-zone.ts), under the importer's name. */
export const isValidTimeZone = isTimeZone;

export interface ResolvedZone {
  zone: string;
  /** Read at the fixed offset its name states: daylight saving time is not applied. */
  fixedOffset: boolean;
}

/**
 * An IANA zone for a TZID the file does not define: IANA names as they are (Google), Windows
 * zone IDs and display names (Outlook, see windows-zones.ts), and prefixed names such as
 * "/mozilla.org/20050126_1/Europe/Berlin".
 */
const described = new Map<string, ResolvedZone | undefined>();

export function describeZoneName(tzid: string): ResolvedZone | undefined {
  if (described.has(tzid)) return described.get(tzid);
  const found = describeUncached(tzid);
  if (described.size < 1000) described.set(tzid, found);
  return found;
}

function describeUncached(tzid: string): ResolvedZone | undefined {
  const trimmed = tzid.trim().replace(/^"|"$/g, "");
  if (/^[A-Za-z]/.test(trimmed) && isValidTimeZone(trimmed)) return { zone: trimmed, fixedOffset: false };
  const windows = ianaForWindowsId(trimmed);
  if (windows && isValidTimeZone(windows)) return { zone: windows, fixedOffset: false };
  const display = zoneForDisplayName(trimmed);
  if (display && isValidTimeZone(display.zone)) return display;
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(trimmed)?.[1];
  return tail && isValidTimeZone(tail) ? { zone: tail, fixedOffset: false } : undefined;
}

export function resolveZoneName(tzid: string): string | undefined {
  return describeZoneName(tzid)?.zone;
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

/**
 * The instant a wall-clock time in `zone` stands for: the wall clock read as UTC, less the zone's
 * offset at the instant that reading suggests (two steps, from the cached offsets above). A time in
 * a DST gap moves forward, as clocks do; one in the repeated hour takes the later offset.
 */
export function wallClockToEpoch(wall: WallClock, zone: string): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  const asUtc = date.getTime();
  return asUtc - offsetMs(zone, asUtc - offsetMs(zone, asUtc));
}

/** Days since 1970-01-01 for any year ical.js can hold (Date.UTC maps years 0-99 to 19xx). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / 86_400_000);
}

/** The wall clock of an instant in `zone` (the inverse of wallClockToEpoch). */
export function wallClockIn(epochMs: number, zone: string): WallClock {
  const local = new Date(epochMs + offsetMs(zone, epochMs));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}
