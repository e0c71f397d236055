import {
  type Component,
  type Dated,
  type Duration,
  type IcalEvent,
  type Recur,
  type Time,
  detailsOf,
  endOfComponent,
  exdatesOf,
  isFloating,
  isUtc,
  makeEvent,
  minutesBetween,
  rdatesOf,
  rulesOf,
  setRecurrenceId,
  textOf,
  timeOf,
  tzidOf,
  withWallClock,
} from "./ical-adapter";
import { type ZoneContext, instantOf, recurrenceIdLike, wallDay } from "./instances";
import { eventLabel } from "./labels";
import { unsafeRuleReason } from "./recurrence-guard";
import { type Budget, type DayWindow, expandRule } from "./rule-expansion";
import type { EventGroup } from "./versions";
import { latestByKey } from "./versions";

/**
 * Turns one UID's VEVENTs into dated occurrences inside the import window: the series' instances
 * (DTSTART, each RRULE, each RDATE) less its EXDATEs, with each override in place of the instance
 * it names. ical.js still supplies each occurrence's details (an override's own title, a
 * RANGE=THISANDFUTURE shift); which instances exist is decided here.
 */

export interface Occurrence {
  /** UID, or UID + "#" + RECURRENCE-ID (iCalendar form) for an occurrence of a repeating event. */
  uid: string;
  start: Time;
  /** Computed on demand: ical.js derives a missing DTEND by cloning and adjusting times. */
  end: () => Time | undefined;
  /** The TZID written on the DTSTART, kept for zones the file does not define. */
  tzid?: string;
  /** The VEVENT whose SUMMARY/DESCRIPTION apply (an override's own, when there is one). */
  item: Component;
  /** Minutes from start to end, when every occurrence of its series has the same (see plainOccurrence). */
  minutes?: () => number | undefined;
}

export interface Expander {
  budget: Budget;
  zones: ZoneContext;
  warn: (message: string) => void;
  /** Labels of series whose later occurrences the file-wide budget cut off. */
  starved: string[];
}

export function labelOf(component: Component): string {
  return eventLabel(textOf(component, "summary"), textOf(component, "uid"));
}

export function isCancelled(component: Component): boolean {
  return textOf(component, "status")?.toUpperCase() === "CANCELLED";
}

function inWindow(time: Time, window: DayWindow): boolean {
  const day = wallDay(time);
  return day >= window.fromDay && day <= window.toDay;
}

function startOf(component: Component, name = "dtstart"): Dated | undefined {
  const time = timeOf(component, name);
  const tzid = tzidOf(component, name);
  return time && (tzid ? { time, tzid } : { time });
}

function single(uid: string, component: Component, start = startOf(component)): Occurrence | undefined {
  if (!start) return undefined;
  const end = () => endOfComponent(component, start.time);
  return { uid, start: start.time, end, item: component, ...(start.tzid && { tzid: start.tzid }) };
}

/**
 * UNTIL written as a date on a series with a time ("UNTIL=20260512" with DTSTART at 18:30) means
 * that whole day: read literally it is midnight, and the last evening would be lost.
 */
function inclusiveUntil(rule: Recur, start: Time): Recur {
  if (!rule.until?.isDate || start.isDate) return rule;
  const { year, month, day } = rule.until;
  rule.until = withWallClock(start, { year, month, day, hour: 23, minute: 59, second: 59 });
  return rule;
}

/** The rules worth expanding; each one that is not says why, and the event keeps its other dates. */
function usableRules(master: Component, start: Time, warn: (message: string) => void): Recur[] {
  const label = labelOf(master);
  return rulesOf(master).flatMap(({ property, rule }) => {
    let why = unsafeRuleReason(rule);
    if (
      !why &&
      rule.until &&
      rule.until.compare(start) < 0 &&
      !(rule.until.isDate && wallDay(rule.until) === wallDay(start))
    ) {
      why = "it ends (UNTIL) before its first date";
    }
    if (!why) return [inclusiveUntil(rule, start)];
    master.removeProperty(property);
    warn(`${label}: its repeat rule was ignored (${why}); only its listed dates were imported.`);
    return [];
  });
}

/** EXDATEs as day numbers and instants, so each instance is checked in constant time. */
function exclusionTest(master: Component, zones: ZoneContext): (instance: Dated) => boolean {
  const exdates = exdatesOf(master);
  if (exdates.length === 0) return () => false;
  const dateDays = new Set(exdates.filter((e) => e.time.isDate).map((e) => wallDay(e.time)));
  const timeDays = new Set(exdates.filter((e) => !e.time.isDate).map((e) => wallDay(e.time)));
  const instants = new Set(exdates.map((e) => instantOf(e, zones)).filter((ms) => ms !== undefined));
  return (instance) => {
    const day = wallDay(instance.time);
    if (dateDays.has(day)) return true;
    if (instance.time.isDate) return timeDays.has(day);
    return instants.size > 0 && instants.has(instantOf(instance, zones)!);
  };
}

/** The occurrence at `recurrenceId`, or undefined when an override of its own replaces it. */
function occurrenceAt(uid: string, event: IcalEvent, recurrenceId: Time): Occurrence | undefined {
  const details = detailsOf(event, recurrenceId);
  if (details.item !== event && details.item.recurrenceId?.compare(recurrenceId) === 0) return undefined;
  const tzid = tzidOf(details.item.component, "dtstart");
  return {
    uid: `${uid}#${recurrenceId.toICALString()}`,
    start: details.start,
    end: () => details.end,
    item: details.item.component,
    ...(tzid && { tzid }),
  };
}

/** Events without overrides, the most common case: no need for ical.js's per-instance lookup. */
const durations = new WeakMap<Component, Duration>();

/** A series' length in minutes, for series whose every occurrence has the same one. */
const lengths = new WeakMap<Component, number | undefined>();

function plainOccurrence(uid: string, master: Component, time: Time, tzid: string | undefined): Occurrence {
  const end = () => {
    let duration = durations.get(master);
    if (!duration) durations.set(master, (duration = makeEvent(master, []).duration));
    const computed = time.clone();
    computed.addDuration(duration);
    return computed;
  };
  const occurrence = { uid: `${uid}#${time.toICALString()}`, start: time, end, item: master, ...(tzid && { tzid }) };
  // Only a zone with daylight saving time can change a length from one occurrence to the next.
  if (!isFloating(time) && !isUtc(time)) return occurrence;
  const minutes = () => {
    if (!lengths.has(master)) {
      const until = end();
      lengths.set(master, until && minutesBetween(time, until));
    }
    return lengths.get(master);
  };
  return { ...occurrence, minutes };
}

function expandSeries(uid: string, master: Component, start: Dated, overrides: Component[], expander: Expander) {
  const { budget, zones } = expander;
  const rules = usableRules(master, start.time, expander.warn);
  const found = new Map<string, Time>();
  if (inWindow(start.time, budget.window)) found.set(start.time.toICALString(), start.time);
  for (const rule of rules) {
    const end = expandRule(rule, start.time, budget, found);
    if (end === "budget") expander.starved.push(labelOf(master));
    if (end === "series-limit" && found.size === 0) {
      expander.warn(
        `${labelOf(master)} repeats too often before this date range to reach it; its occurrences are missing.`,
      );
    } else if (end === "series-limit") {
      expander.warn(
        `${labelOf(master)} repeats too often; only its first ${found.size} occurrences in range were imported.`,
      );
    }
  }
  for (const rdate of rdatesOf(master)) {
    if (inWindow(rdate.time, budget.window)) found.set(rdate.time.toICALString(), rdate.time);
  }
  const excluded = exclusionTest(master, zones);
  const kept = [...found.values()].filter((time) => !excluded({ time, ...(start.tzid && { tzid: start.tzid }) }));
  if (overrides.length === 0) return kept.map((time) => plainOccurrence(uid, master, time, start.tzid));
  const event = makeEvent(master, overrides);
  return kept.map((time) => occurrenceAt(uid, event, time)).filter((occurrence) => occurrence !== undefined);
}

/** Overrides in the form of their series, one per instance (the current version). */
function matchedOverrides(start: Dated, overrides: Component[], zones: ZoneContext): Component[] {
  for (const override of overrides) {
    const id = startOf(override, "recurrence-id");
    if (id) setRecurrenceId(override, recurrenceIdLike(start, id, zones), start.tzid);
  }
  return latestByKey(overrides, (override) => timeOf(override, "recurrence-id")?.toICALString() ?? "");
}

function overrideOccurrence(uid: string, component: Component): Occurrence | undefined {
  const recurrenceId = timeOf(component, "recurrence-id");
  return single(recurrenceId ? `${uid}#${recurrenceId.toICALString()}` : uid, component);
}

/** One UID: a master (maybe repeating) and the overrides of some of its instances. */
export function occurrencesOf(uid: string, group: EventGroup, expander: Expander): Occurrence[] {
  const { master } = group;
  const start = master && startOf(master);
  if (master && !start) expander.warn(`${labelOf(master)} has no start date and was left out.`);
  const overrides = start
    ? matchedOverrides(start, group.overrides, expander.zones)
    : latestByKey(group.overrides, (override) => timeOf(override, "recurrence-id")?.toICALString() ?? "");
  const found = overrides.filter((override) => !isCancelled(override)).map((o) => overrideOccurrence(uid, o));
  if (master && start && !isCancelled(master)) {
    const repeating = master.hasProperty("rrule") || master.hasProperty("rdate");
    if (repeating) found.push(...expandSeries(uid, master, start, overrides, expander));
    else found.push(single(uid, master, start));
  }
  return found.filter(
    (occurrence) => occurrence !== undefined && inWindow(occurrence.start, expander.budget.window),
  ) as Occurrence[];
}
