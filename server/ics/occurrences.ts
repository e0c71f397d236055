import {
  type Component,
  type IcalEvent,
  type Recur,
  type Time,
  detailsOf,
  endOf,
  exdatesOf,
  expansionOf,
  makeEvent,
  rulesOf,
  textOf,
  timeOf,
  tzidOf,
} from "./ical-adapter";
import { unsafeRuleReason } from "./recurrence-guard";
import { dayNumberOf } from "./zones";

/**
 * Turns VEVENTs into dated occurrences inside a window, with every loop bounded: a rule with no
 * end and a 300-year window yields at most MAX_OCCURRENCES_PER_SERIES, and the whole file spends
 * at most MAX_STEPS_PER_FILE iterator steps, whatever the file says.
 */

export const MAX_OCCURRENCES_PER_SERIES = 3000;
export const MAX_STEPS_PER_SERIES = 10_000;
/**
 * Expansion work allowed per file, in units of roughly 10 µs of ical.js time. Rules differ a
 * hundredfold in cost per occurrence (a plain weekly rule vs. MONTHLY;BYSETPOS, or DAILY rules
 * that scan every day for a Friday the 13th), so each step is charged by the rule's shape.
 */
export const EXPANSION_BUDGET = 30_000;

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
}

/** Wall-clock day numbers, already widened by the caller for time-zone shifts. */
export interface DayWindow {
  fromDay: number;
  toDay: number;
}

export interface Expander {
  window: DayWindow;
  /** Work left for the whole file, in EXPANSION_BUDGET units; shared by every series. */
  budget: number;
  warn: (message: string) => void;
}

interface StepCost {
  perStep: number;
  /** For rules that test day after day for a rare match, cost grows with the gap. */
  perDay: number;
}

/** Measured on ical.js 2.2: ~10 µs per weekly step, ~120 µs per MONTHLY;BYDAY step, ~700 with BYSETPOS. */
function stepCost(rules: Recur[]): StepCost {
  let perStep = 1;
  let perDay = 0;
  for (const rule of rules) {
    const has = (part: keyof Recur["parts"]) => (rule.parts[part]?.length ?? 0) > 0;
    if (rule.freq === "DAILY") perStep = Math.max(perStep, 2);
    if (rule.freq === "MONTHLY" && has("BYDAY")) perStep = Math.max(perStep, 12);
    if (has("BYSETPOS")) perStep = Math.max(perStep, 72);
    const scansDays = rule.freq === "DAILY" || rule.freq === "WEEKLY";
    if (scansDays && (has("BYMONTH") || has("BYMONTHDAY") || has("BYYEARDAY") || has("BYWEEKNO"))) perDay = 0.2;
  }
  return { perStep, perDay };
}

export function wallDay(time: Time): number {
  return dayNumberOf(time.year, time.month, time.day);
}

function inWindow(time: Time, window: DayWindow): boolean {
  const day = wallDay(time);
  return day >= window.fromDay && day <= window.toDay;
}

function titleOf(component: Component): string {
  return textOf(component, "summary")?.trim() || "(untitled)";
}

export function isCancelled(component: Component): boolean {
  return textOf(component, "status")?.toUpperCase() === "CANCELLED";
}

function single(uid: string, component: Component, event: IcalEvent): Occurrence | undefined {
  const start = timeOf(component, "dtstart");
  if (!start) return undefined;
  const tzid = tzidOf(component, "dtstart");
  return { uid, start, end: () => endOf(event), item: component, ...(tzid && { tzid }) };
}

/**
 * Moves the expansion start to shortly before the window by whole rule periods, so a weekly
 * event that began in 2009 costs as many steps as it has occurrences in the window. Only for
 * rules where that cannot change the result: one RRULE, no COUNT, and a DTSTART day that exists
 * in every shifted month/year. The shifted start itself may not match the rule, but it lands
 * before the window, where it is filtered out anyway.
 */
function fastForward(start: Time, rules: Recur[], window: DayWindow): Time {
  const rule = rules.length === 1 ? rules[0] : undefined;
  if (!rule || rule.count) return start;
  const target = window.fromDay - 7;
  const startDay = wallDay(start);
  if (startDay >= target) return start;
  const shifted = start.clone();
  if (rule.freq === "DAILY" || rule.freq === "WEEKLY") {
    const period = rule.interval * (rule.freq === "WEEKLY" ? 7 : 1);
    const periods = Math.floor((target - startDay) / period);
    if (periods >= 1) shifted.adjust(periods * period, 0, 0, 0);
  } else if (rule.freq === "MONTHLY" && start.day <= 28) {
    const targetDate = new Date(target * 86_400_000);
    const months = targetDate.getUTCFullYear() * 12 + targetDate.getUTCMonth() - (start.year * 12 + start.month - 1);
    const periods = Math.floor(months / rule.interval) - 1;
    if (periods >= 1) {
      const month0 = start.month - 1 + periods * rule.interval;
      shifted.year = start.year + Math.floor(month0 / 12);
      shifted.month = (month0 % 12) + 1;
    }
  } else if (rule.freq === "YEARLY" && !(start.month === 2 && start.day === 29)) {
    const years = new Date(target * 86_400_000).getUTCFullYear() - start.year;
    const periods = Math.floor(years / rule.interval) - 1;
    if (periods >= 1) shifted.year = start.year + periods * rule.interval;
  }
  return shifted;
}

function dropUnsafeRules(master: Component, expander: Expander): Recur[] {
  for (const { property, rule } of rulesOf(master)) {
    const why = unsafeRuleReason(rule);
    if (why === undefined) continue;
    master.removeProperty(property);
    expander.warn(`"${titleOf(master)}": its repeat rule was ignored (${why}); only its listed dates were imported.`);
  }
  return rulesOf(master).map(({ rule }) => rule);
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

function isExcluded(master: Component, start: Time): boolean {
  return exdatesOf(master).some((exdate) =>
    exdate.isDate ? wallDay(exdate) === wallDay(start) : exdate.compare(start) === 0,
  );
}

function expandSeries(uid: string, master: Component, overrides: Component[], expander: Expander): Occurrence[] {
  const rules = dropUnsafeRules(master, expander);
  const event = makeEvent(master, overrides);
  const start = fastForward(event.startDate, rules, expander.window);
  const expansion = expansionOf(event, start);
  const found = new Map<string, Occurrence>();
  const add = (at: Time) => {
    // An instance replaced by its own override is emitted from the override itself.
    const occurrence = occurrenceAt(uid, event, at);
    if (occurrence) found.set(occurrence.uid, occurrence);
  };
  // With RDATEs and no RRULE, ical.js yields only the RDATEs, yet DTSTART is an instance too.
  if (rules.length === 0 && inWindow(event.startDate, expander.window) && !isExcluded(master, event.startDate)) {
    add(event.startDate);
  }
  const cost = stepCost(rules);
  let lastDay = wallDay(start);
  for (let steps = 1; ; steps++) {
    if (expander.budget <= 0) {
      expander.warn(
        "The file repeats events too much to expand them all; later occurrences of some events are missing.",
      );
      break;
    }
    const next = expansion.next();
    const day = next ? wallDay(next) : lastDay;
    expander.budget -= cost.perStep + cost.perDay * Math.max(0, day - lastDay);
    lastDay = day;
    if (!next || day > expander.window.toDay) break;
    if (steps > MAX_STEPS_PER_SERIES || found.size >= MAX_OCCURRENCES_PER_SERIES) {
      expander.warn(
        `"${titleOf(master)}" repeats too often; only its first ${found.size} occurrences in range were imported.`,
      );
      break;
    }
    if (inWindow(next, expander.window)) add(next);
  }
  return [...found.values()];
}

function override(uid: string, component: Component): Occurrence | undefined {
  const recurrenceId = timeOf(component, "recurrence-id");
  const event = makeEvent(component, []);
  return single(recurrenceId ? `${uid}#${recurrenceId.toICALString()}` : uid, component, event);
}

/** One UID: a master (maybe repeating) and the overrides of some of its instances. */
export function occurrencesOf(
  uid: string,
  masters: Component[],
  overrides: Component[],
  expander: Expander,
): Occurrence[] {
  const live = overrides.filter((component) => !isCancelled(component));
  const found = live.map((component) => override(uid, component)).filter((o) => o !== undefined);
  masters.forEach((master, index) => {
    if (isCancelled(master)) return;
    // Duplicate UIDs happen in hand-edited files; keep both events apart.
    const key = index === 0 ? uid : `${uid}~${index + 1}`;
    if (!timeOf(master, "dtstart")) {
      expander.warn(`"${titleOf(master)}" has no start date and was left out.`);
      return;
    }
    const repeating = master.hasProperty("rrule") || master.hasProperty("rdate");
    if (repeating) found.push(...expandSeries(key, master, index === 0 ? overrides : [], expander));
    else {
      const one = single(key, master, makeEvent(master, []));
      if (one) found.push(one);
    }
  });
  return found.filter((occurrence) => inWindow(occurrence.start, expander.window));
}
