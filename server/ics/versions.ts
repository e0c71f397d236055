import { type Component, textOf, timeOf } from "./ical-adapter";

/**
 * One event per UID and RECURRENCE-ID. Exports often hold several versions of the same event
 * (a calendar app re-sends it after each edit, or a user merges two exports): the one with the
 * highest SEQUENCE is current (RFC 5545 3.8.7.4), then the latest LAST-MODIFIED or DTSTAMP,
 * then the later one in the file.
 */

/** The master VEVENT of one UID and every override (RECURRENCE-ID) that names it. */
export interface EventGroup {
  master?: Component;
  overrides: Component[];
}

function sequenceOf(component: Component): number {
  const value: unknown = component.getFirstPropertyValue("sequence");
  const number = typeof value === "number" ? value : Number(value);
  return Number.isFinite(number) ? number : 0;
}

function stampOf(component: Component): number {
  const stamps = ["last-modified", "dtstamp"].map((name) => timeOf(component, name)?.toUnixTime() ?? -Infinity);
  return Math.max(...stamps);
}

/** Whether `candidate` supersedes `current` (later in the file wins a full tie). */
export function isNewer(candidate: Component, current: Component): boolean {
  const bySequence = sequenceOf(candidate) - sequenceOf(current);
  if (bySequence !== 0) return bySequence > 0;
  return stampOf(candidate) >= stampOf(current);
}

/** The current version among components sharing one key. */
export function latestByKey(components: Component[], keyOf: (component: Component) => string): Component[] {
  const latest = new Map<string, Component>();
  for (const component of components) {
    const key = keyOf(component);
    const current = latest.get(key);
    if (!current || isNewer(component, current)) latest.set(key, component);
  }
  return [...latest.values()];
}

/** A UID for events without one (hand-written files), from what identifies the event, not its position. */
export function uidOf(component: Component, index: number): string {
  const uid = textOf(component, "uid")?.trim();
  if (uid) return uid;
  const basis = `${textOf(component, "summary") ?? ""}|${component.getFirstProperty("dtstart")?.toICALString() ?? index}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < basis.length; i++) hash = Math.imul(hash ^ basis.charCodeAt(i), 0x01000193) >>> 0;
  return `no-uid-${hash.toString(16).padStart(8, "0")}`;
}

/** Events of a calendar grouped by UID, with the current version of the master. */
export function eventGroups(calendar: Component): Map<string, EventGroup> {
  const groups = new Map<string, EventGroup>();
  calendar.getAllSubcomponents("vevent").forEach((component, index) => {
    const uid = uidOf(component, index);
    const group = groups.get(uid) ?? { overrides: [] };
    if (component.hasProperty("recurrence-id")) group.overrides.push(component);
    else if (!group.master || isNewer(component, group.master)) group.master = component;
    groups.set(uid, group);
  });
  return groups;
}
