import { type Recur, type Time } from "./ical-adapter";
import { wallDay } from "./instances";
import { isSteadyRule, steadyInstances } from "./steady-rule";
import { needsYearlyExpander, yearlyInstances } from "./yearly";

/**
 * One RRULE turned into instance times inside the import window, with every loop bounded.
 * Work is counted in two pools shared by the whole file: steps inside the window, and steps
 * spent walking from an old DTSTART up to the window (rules with a COUNT cannot skip ahead).
 * Keeping them apart means distant repeats never use up the work the near ones need.
 */

export const MAX_OCCURRENCES_PER_SERIES = 3000;
export const MAX_STEPS_PER_SERIES = 10_000;
/**
 * Expansion work allowed per file and pool, in units of roughly 10 µs of ical.js time. Rules
 * differ a hundredfold in cost per occurrence (a plain weekly rule vs. MONTHLY;BYSETPOS, or
 * DAILY rules that scan every day for a Friday the 13th), so each step is charged by the rule's shape.
 */
export const EXPANSION_BUDGET = 30_000;
/** Setting up a series' expansion (rule checks, iterator), charged before any step. */
const SERIES_COST = 10;
/** Turning an instance into an occurrence (ical.js details, the date on the athlete's calendar). */
const OCCURRENCE_COST = 3;

/** Wall-clock day numbers, already widened by the caller for time-zone shifts. */
export interface DayWindow {
  fromDay: number;
  toDay: number;
}

export interface Budget {
  window: DayWindow;
  /** Work left for occurrences inside the window. */
  inWindow: number;
  /** Work left for walking from DTSTARTs to the window. */
  walking: number;
}

export type RuleEnd = "done" | "budget" | "series-limit";

interface StepCost {
  perStep: number;
  /** For rules that test day after day for a rare match, cost grows with the gap. */
  perDay: number;
}

/** Measured on ical.js 2.2: ~10 µs per weekly step, ~120 µs per MONTHLY;BYDAY step, ~700 with BYSETPOS. */
function stepCost(rule: Recur): StepCost {
  const has = (part: keyof Recur["parts"]) => (rule.parts[part]?.length ?? 0) > 0;
  let perStep = 1;
  if (rule.freq === "DAILY") perStep = 2;
  if (rule.freq === "MONTHLY" && has("BYDAY")) perStep = 12;
  if (has("BYSETPOS")) perStep = 72;
  const scansDays = rule.freq === "DAILY" || rule.freq === "WEEKLY";
  const perDay = scansDays && (has("BYMONTH") || has("BYMONTHDAY") || has("BYYEARDAY") || has("BYWEEKNO")) ? 0.2 : 0;
  return { perStep, perDay };
}

/**
 * Moves the expansion start to shortly before the window by whole rule periods, so a weekly
 * event that began in 2009 costs as many steps as it has occurrences in the window. Only for
 * rules where that cannot change the result: no COUNT, and a DTSTART day that exists in every
 * shifted month/year. The shifted start may not match the rule itself, but it lands before
 * the window, where it is filtered out anyway.
 */
function fastForward(start: Time, rule: Recur, window: DayWindow): Time {
  if (rule.count) return start;
  const target = window.fromDay - 7;
  const startDay = wallDay(start);
  if (startDay >= target) return start;
  const shifted = start.clone();
  const targetDate = new Date(target * 86_400_000);
  if (rule.freq === "DAILY" || rule.freq === "WEEKLY") {
    const period = rule.interval * (rule.freq === "WEEKLY" ? 7 : 1);
    const periods = Math.floor((target - startDay) / period);
    // Set the fields directly: ical.js's Time#adjust normalises month by month, slow over a century.
    const day = new Date((startDay + Math.max(0, periods) * period) * 86_400_000);
    shifted.year = day.getUTCFullYear();
    shifted.month = day.getUTCMonth() + 1;
    shifted.day = day.getUTCDate();
  } else if (rule.freq === "MONTHLY" && start.day <= 28) {
    const months = targetDate.getUTCFullYear() * 12 + targetDate.getUTCMonth() - (start.year * 12 + start.month - 1);
    const periods = Math.floor(months / rule.interval) - 1;
    if (periods >= 1) {
      const month0 = start.month - 1 + periods * rule.interval;
      shifted.year = start.year + Math.floor(month0 / 12);
      shifted.month = (month0 % 12) + 1;
    }
  } else if (rule.freq === "YEARLY" && !(start.month === 2 && start.day === 29)) {
    const periods = Math.floor((targetDate.getUTCFullYear() - start.year) / rule.interval) - 1;
    if (periods >= 1) shifted.year = start.year + periods * rule.interval;
  }
  return shifted;
}

function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/** ical.js's instances; each yielded time is the iterator's own and changes on the next step. */
export function* icalInstances(rule: Recur, start: Time, window: DayWindow): Generator<Time> {
  const iterator = rule.iterator(fastForward(start, rule, window));
  for (let next = iterator.next(); next; next = iterator.next()) yield next;
}

/**
 * Adds the rule's instances inside the window to `found`, keyed by their iCalendar form. RFC 5545 counts DTSTART as the first
 * instance even when the rule would not generate it; the caller always adds DTSTART, so a rule
 * with a COUNT that skips DTSTART gets one instance fewer here.
 */
export function expandRule(rule: Recur, start: Time, budget: Budget, found: Map<string, Time>): RuleEnd {
  const { window } = budget;
  const cost = stepCost(rule);
  const yearly = needsYearlyExpander(rule);
  const afford = (units: number, beforeWindow: boolean): boolean => {
    const pool = beforeWindow ? "walking" : "inWindow";
    if (budget[pool] <= 0) return false;
    budget[pool] -= units;
    return true;
  };
  if (!afford(SERIES_COST, wallDay(start) < window.fromDay && !!rule.count)) return "budget";
  let starved = false;
  const steady = !yearly && isSteadyRule(rule);
  const instances = yearly
    ? yearlyInstances(
        rule,
        start,
        { first: rule.count ? start.year : yearOfDay(window.fromDay) - 1, last: yearOfDay(window.toDay) + 1 },
        (units, year) => afford(units, year < yearOfDay(window.fromDay)) || ((starved = true), false),
      )
    : steady
      ? steadyInstances(rule, fastForward(start, rule, window))
      : icalInstances(rule, start, window);
  let limit = rule.count ?? Infinity;
  let lastDay = wallDay(start);
  let steps = 0;
  for (const next of instances) {
    if (steps++ === 0 && rule.count && next.compare(start) !== 0) limit = rule.count - 1;
    if (steps > limit) return "done";
    const day = wallDay(next);
    const inside = day >= window.fromDay && day <= window.toDay;
    const units =
      (yearly ? 1 : cost.perStep + cost.perDay * Math.max(0, day - lastDay)) + (inside ? OCCURRENCE_COST : 0);
    lastDay = day;
    if (!afford(units, day < window.fromDay)) return "budget";
    if (day > window.toDay) return "done";
    if (steps > MAX_STEPS_PER_SERIES || found.size >= MAX_OCCURRENCES_PER_SERIES) return "series-limit";
    if (day >= window.fromDay) found.set(next.toICALString(), steady ? next : next.clone());
  }
  return starved ? "budget" : "done";
}
