/**
 * Reads an RRULE value before ical.js does, so an unreadable rule is named in plain words and
 * costs the event its repeats only. ical.js would throw while parsing the file ('invalid BYDAY
 * value " TU"', 'BYMONTH: invalid value "13" must be < 1') and take every other event with it.
 */

const FREQS = new Set(["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"]);
const WEEKDAY = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/;
/** A COUNT this large is "forever" for any calendar; treating it so lets the expansion skip ahead. */
export const MAX_COUNT = 100_000;

const NUMBER_PARTS: Record<string, { min: number; max: number; signed: boolean; what: string }> = {
  BYSECOND: { min: 0, max: 60, signed: false, what: "a second (0 to 60)" },
  BYMINUTE: { min: 0, max: 59, signed: false, what: "a minute (0 to 59)" },
  BYHOUR: { min: 0, max: 23, signed: false, what: "an hour (0 to 23)" },
  BYMONTHDAY: { min: 1, max: 31, signed: true, what: "a day of the month (1 to 31)" },
  BYYEARDAY: { min: 1, max: 366, signed: true, what: "a day of the year (1 to 366)" },
  BYWEEKNO: { min: 1, max: 53, signed: true, what: "a week number (1 to 53)" },
  BYMONTH: { min: 1, max: 12, signed: false, what: "a month (1 to 12)" },
  BYSETPOS: { min: 1, max: 366, signed: true, what: "a position (1 to 366)" },
};

export interface RuleText {
  /** The rule as it may be handed to ical.js, or undefined when it cannot be read at all. */
  value?: string;
  /** What was wrong, in plain words. */
  problem?: string;
}

function numberProblem(name: string, raw: string): string | undefined {
  const spec = NUMBER_PARTS[name];
  if (!spec) return undefined;
  for (const item of raw.split(",")) {
    const value = /^[+-]?\d{1,4}$/.test(item) ? Number(item) : NaN;
    const magnitude = spec.signed ? Math.abs(value) : value;
    if (!(magnitude >= spec.min && magnitude <= spec.max)) return `${name}=${raw} is not ${spec.what}`;
  }
  return undefined;
}

function partProblem(name: string, raw: string): string | undefined {
  if (name === "FREQ") return FREQS.has(raw) ? undefined : `FREQ=${raw} is not a repeat frequency`;
  if (name === "INTERVAL")
    return /^\d{1,4}$/.test(raw) && Number(raw) > 0 ? undefined : `INTERVAL=${raw} is not a whole number`;
  if (name === "UNTIL") return /^\d{8}(T\d{6}Z?)?$/.test(raw) ? undefined : `UNTIL=${raw} is not a date`;
  if (name === "WKST") return /^(SU|MO|TU|WE|TH|FR|SA)$/.test(raw) ? undefined : `WKST=${raw} is not a weekday`;
  if (name === "BYDAY") {
    return raw.split(",").every((day) => WEEKDAY.test(day)) ? undefined : `BYDAY=${raw} is not a list of weekdays`;
  }
  return numberProblem(name, raw);
}

/** Checks and, where the meaning is certain, repairs one RRULE value. */
export function readRuleText(text: string): RuleText {
  const parts = new Map<string, string>();
  for (const part of text.split(";")) {
    if (part === "") continue;
    const [name, ...rest] = part.split("=");
    if (!name || rest.length !== 1) return { problem: `"${part}" is not a rule part` };
    parts.set(name.toUpperCase(), rest[0]!.toUpperCase());
  }
  if (!parts.has("FREQ")) return { problem: "it has no FREQ" };
  for (const [name, raw] of parts) {
    if (name === "COUNT") continue;
    const problem = partProblem(name, raw);
    if (problem) return { problem };
  }
  let problem: string | undefined;
  const count = parts.get("COUNT");
  if (count !== undefined) {
    const value = /^\d{1,18}$/.test(count) ? Number(count) : NaN;
    if (value > MAX_COUNT) parts.delete("COUNT");
    else if (!(value >= 1)) {
      if (!parts.has("UNTIL")) return { problem: `COUNT=${count} is not a number of times` };
      parts.delete("COUNT");
      problem = `COUNT=${count} is not a number of times, so its UNTIL date was used`;
    }
  }
  const value = [...parts].map(([name, raw]) => `${name}=${raw}`).join(";");
  return problem ? { value, problem } : { value };
}
