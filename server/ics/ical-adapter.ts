import ICAL from "ical.js";
import { IcsImportError } from "./errors";

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

export interface OccurrenceDetails {
  start: Time;
  end: Time | undefined;
  item: IcalEvent;
}

function isJCalComponent(value: unknown): value is [string, unknown[], unknown[]] {
  return Array.isArray(value) && typeof value[0] === "string" && Array.isArray(value[1]) && Array.isArray(value[2]);
}

/** All VCALENDARs in the text (a file may concatenate several). */
export function parseCalendars(text: string): Component[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new IcsImportError("not-icalendar", `This is not a valid iCalendar (.ics) file: ${why}.`);
  }
  const roots = isJCalComponent(parsed) ? [parsed] : Array.isArray(parsed) ? parsed.filter(isJCalComponent) : [];
  const calendars = roots.filter((root) => root[0] === "vcalendar").map((root) => new ICAL.Component(root));
  if (calendars.length === 0) {
    throw new IcsImportError("not-icalendar", "This is not an iCalendar (.ics) file: it holds no VCALENDAR.");
  }
  return calendars;
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

export function exdatesOf(component: Component): Time[] {
  return component
    .getAllProperties("exdate")
    .flatMap((property) => property.getValues() as unknown[])
    .filter((value): value is Time => value instanceof ICAL.Time);
}

export function isFloating(time: Time): boolean {
  return time.zone === ICAL.Timezone.localTimezone || time.zone?.tzid === "floating" || !time.zone;
}

export function isUtc(time: Time): boolean {
  return time.zone === ICAL.Timezone.utcTimezone || time.zone?.tzid === "UTC";
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

export function endOf(event: IcalEvent): Time | undefined {
  const end: unknown = event.endDate;
  return end instanceof ICAL.Time ? end : undefined;
}

export function minutesBetween(start: Time, end: Time): number {
  return end.subtractDateTz(start).toSeconds() / 60;
}
