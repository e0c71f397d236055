import * as rruleModule from "rrule";
import { type Recur, type Time, withWallClock } from "./ical-adapter";

/**
 * Yearly rules that ical.js 2.2 expands wrongly (YEARLY;BYDAY=20MO and YEARLY;BYWEEKNO=20;BYDAY=MO
 * come out weekly, BYWEEKNO=1 comes out empty or weekly, BYHOUR=8,9 yields one time, BYSETPOS is
 * ignored) are expanded with the rrule package instead, a maintained port of python-dateutil's
 * rrule. It is asked for one year at a time, so the work is bounded by the years in the import
 * window (or up to it, for a COUNT), never by how far rrule would search for a match.
 */

type RRuleModule = typeof rruleModule;
// rrule ships a UMD "main" beside its ESM "module" and no "exports": Node's own loader (tsx, the
// CLI) sees only a default export, bundlers (Next, vitest) see the named ones.
const { RRule } = (rruleModule as Partial<RRuleModule>).RRule
  ? rruleModule
  : (rruleModule as unknown as { default: RRuleModule }).default;

/** Work units (about 10 µs each, as in occurrences.ts) one year of rrule costs. */
export const YEAR_COST = 5;

export function needsYearlyExpander(rule: Recur): boolean {
  if (rule.freq !== "YEARLY") return false;
  const has = (part: keyof Recur["parts"]) => (rule.parts[part]?.length ?? 0) > 0;
  if (has("BYWEEKNO") || has("BYYEARDAY") || has("BYSETPOS")) return true;
  if (has("BYHOUR") || has("BYMINUTE") || has("BYSECOND")) return true;
  return has("BYDAY") && !has("BYMONTH");
}

interface YearSpan {
  first: number;
  last: number;
}

/** rrule options for one year of `rule`, with the defaults DTSTART would give filled in explicitly. */
function optionsFor(rule: Recur, start: Time) {
  const options = RRule.parseString(rule.toString());
  delete options.count;
  delete options.until;
  delete options.dtstart;
  options.interval = 1;
  const dayParts = ["byweekno", "byyearday", "bymonthday", "byweekday"] as const;
  if (!dayParts.some((part) => options[part] !== undefined && options[part] !== null)) {
    options.bymonth ??= [start.month];
    options.bymonthday = [start.day];
  }
  return options;
}

/**
 * Instances of a yearly rule in DTSTART's form, from DTSTART on, for the years in `span`.
 * `afford` is asked before each year; when it says no, expansion stops.
 */
export function* yearlyInstances(
  rule: Recur,
  start: Time,
  span: YearSpan,
  afford: (units: number, year: number) => boolean,
) {
  const options = optionsFor(rule, start);
  const interval = Math.max(1, rule.interval);
  const until = rule.until ? rule.until.year * 10000 + rule.until.month * 100 + rule.until.day : Infinity;
  const firstYear = start.year + Math.max(0, Math.ceil((span.first - start.year) / interval)) * interval;
  for (let year = firstYear; year <= span.last; year += interval) {
    if (!afford(YEAR_COST, year)) return;
    const hour = start.isDate ? 0 : start.hour;
    const minute = start.isDate ? 0 : start.minute;
    const second = start.isDate ? 0 : start.second;
    const yearRule = new RRule({
      ...options,
      dtstart: new Date(Date.UTC(year, 0, 1, hour, minute, second)),
      until: new Date(Date.UTC(year, 11, 31, 23, 59, 59)),
    });
    for (const date of yearRule.all()) {
      const wall = {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: date.getUTCHours(),
        minute: date.getUTCMinutes(),
        second: date.getUTCSeconds(),
      };
      if (wall.year * 10000 + wall.month * 100 + wall.day > until) return;
      const time = withWallClock(start, wall);
      if (time.compare(start) < 0) continue;
      yield time;
    }
  }
}
