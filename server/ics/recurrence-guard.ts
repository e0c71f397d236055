import type { Recur } from "./ical-adapter";

/**
 * ical.js's RecurIterator loops inside a single `next()` call until a candidate passes the
 * rule's limiting BY-parts (RFC 5545 "contracting" parts). For DAILY and WEEKLY rules nothing
 * stops that loop when no date can ever pass (e.g. DAILY;BYMONTH=2;BYMONTHDAY=30, or a
 * negative BYMONTHDAY, which ical.js compares against positive days), so one event could hang
 * the import. Such rules are refused here, before any iteration; a refused rule costs the event
 * its repeats, never the whole file. Sub-daily rules are refused too: a run calendar is about
 * days, and SECONDLY rules are the cheapest way to burn the expansion budget.
 */

const SUPPORTED_FREQ = new Set(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]);
const WEEKDAY = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]; // February as in leap years

type Part = "BYSECOND" | "BYMINUTE" | "BYHOUR" | "BYMONTHDAY" | "BYYEARDAY" | "BYWEEKNO" | "BYMONTH" | "BYSETPOS";

const RANGES: Record<Part, [number, number, boolean]> = {
  // [min, max, may be negative]
  BYSECOND: [0, 60, false],
  BYMINUTE: [0, 59, false],
  BYHOUR: [0, 23, false],
  BYMONTHDAY: [1, 31, true],
  BYYEARDAY: [1, 366, true],
  BYWEEKNO: [1, 53, true],
  BYMONTH: [1, 12, false],
  BYSETPOS: [1, 366, true],
};

function numbers(rule: Recur, part: Part): number[] {
  return rule.parts[part] ?? [];
}

function inRange(value: number, [min, max, signed]: [number, number, boolean]): boolean {
  const magnitude = signed ? Math.abs(value) : value;
  return Number.isInteger(value) && magnitude >= min && magnitude <= max;
}

function invalidPart(rule: Recur): string | undefined {
  for (const part of Object.keys(RANGES) as Part[]) {
    if (!numbers(rule, part).every((value) => inRange(value, RANGES[part]))) return `${part} is out of range`;
  }
  const days = rule.parts.BYDAY ?? [];
  if (!days.every((day) => WEEKDAY.test(day) && Math.abs(Number(WEEKDAY.exec(day)?.[1] ?? 0)) <= 53)) {
    return "BYDAY is not a weekday list";
  }
  return undefined;
}

/** Can any (BYMONTH, BYMONTHDAY) pair name a real date? */
function someMonthDayExists(rule: Recur): boolean {
  const months = numbers(rule, "BYMONTH");
  const monthDays = numbers(rule, "BYMONTHDAY");
  if (months.length === 0 || monthDays.length === 0) return true;
  return months.some((month) => monthDays.some((day) => Math.abs(day) <= (DAYS_IN_MONTH[month - 1] ?? 0)));
}

/** Limiting parts that ical.js checks by plain equality, so they must be satisfiable that way. */
function unsatisfiableDailyOrWeekly(rule: Recur): string | undefined {
  const has = (part: Part) => numbers(rule, part).length > 0;
  const negative = (part: Part) => numbers(rule, part).some((value) => value < 0);
  if (rule.freq === "WEEKLY" && (has("BYMONTHDAY") || has("BYYEARDAY"))) return "BYMONTHDAY/BYYEARDAY in a WEEKLY rule";
  if ((rule.parts.BYDAY ?? []).some((day) => /\d/.test(day))) return "numbered BYDAY in a DAILY/WEEKLY rule";
  if (negative("BYMONTHDAY") || negative("BYYEARDAY") || negative("BYWEEKNO"))
    return "negative limits in a DAILY/WEEKLY rule";
  if (
    (has("BYWEEKNO") || has("BYYEARDAY")) &&
    (has("BYMONTH") || has("BYMONTHDAY") || (rule.parts.BYDAY ?? []).length > 0)
  ) {
    return "BYWEEKNO/BYYEARDAY combined with other limits";
  }
  if (has("BYSETPOS")) return "BYSETPOS in a DAILY/WEEKLY rule";
  if (!someMonthDayExists(rule)) return "BYMONTH and BYMONTHDAY never meet";
  return undefined;
}

/** Why this rule must not be expanded, or undefined when it is safe. */
export function unsafeRuleReason(rule: Recur): string | undefined {
  if (!SUPPORTED_FREQ.has(rule.freq)) return `FREQ=${rule.freq} repeats more often than daily`;
  if (!Number.isInteger(rule.interval) || rule.interval < 1) return "INTERVAL is not a positive whole number";
  const invalid = invalidPart(rule);
  if (invalid) return invalid;
  if (rule.freq === "DAILY" || rule.freq === "WEEKLY") return unsatisfiableDailyOrWeekly(rule);
  if (!someMonthDayExists(rule)) return "BYMONTH and BYMONTHDAY never meet";
  if (rule.freq === "MONTHLY" && (numbers(rule, "BYYEARDAY").length > 0 || numbers(rule, "BYWEEKNO").length > 0)) {
    return "BYYEARDAY/BYWEEKNO in a MONTHLY rule";
  }
  return undefined;
}

/** STANDARD/DAYLIGHT rules are expanded by ical.js from their DTSTART to the year asked for. */
export function unsafeZoneRuleReason(rule: Recur): string | undefined {
  if (rule.freq !== "YEARLY" && rule.freq !== "MONTHLY") return `a time zone rule with FREQ=${rule.freq}`;
  return unsafeRuleReason(rule);
}
