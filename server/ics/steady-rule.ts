import type { Recur, Time } from "./ical-adapter";
import { wallDay } from "./instances";

/**
 * DAILY and WEEKLY rules with no BY parts ("every Tuesday", "every other day") are most of the
 * series in a runner's calendar. Their instances are whole steps of days from the start, at the
 * same wall-clock time, so each costs one copy of the start here; ical.js's iterator copies the
 * time several times per step and checks rules these series do not have. The sequence is the
 * iterator's own (steady-rule.test.ts compares them): the start first, then one step at a time,
 * stopping at COUNT or after UNTIL.
 */

const MS_PER_DAY = 86_400_000;

export function isSteadyRule(rule: Recur): boolean {
  if (rule.freq !== "DAILY" && rule.freq !== "WEEKLY") return false;
  return Object.values(rule.parts).every((part) => part === undefined || part.length === 0);
}

/** The rule's instances from `start` (already moved near the window, when no COUNT forbids it). */
export function* steadyInstances(rule: Recur, start: Time): Generator<Time> {
  const step = rule.interval * (rule.freq === "WEEKLY" ? 7 : 1);
  const firstDay = wallDay(start);
  for (let k = 0; !rule.count || k < rule.count; k++) {
    const instance = start.clone();
    if (k > 0) {
      const day = new Date((firstDay + k * step) * MS_PER_DAY);
      instance.year = day.getUTCFullYear();
      instance.month = day.getUTCMonth() + 1;
      instance.day = day.getUTCDate();
    }
    if (rule.until && instance.compare(rule.until) > 0) return;
    yield instance;
  }
}
