import { type ContentLine, joinContentLine, propertyName, rawValue, splitContentLine } from "./content-lines";
import { eventLabel } from "./labels";
import { readRuleText } from "./rule-text";

/**
 * Line-level repairs of one VEVENT before ical.js parses it. Each repair is one that real
 * exports need (dates written without VALUE=DATE) or one that keeps a bad value from costing
 * more than itself (a broken DTEND, a 10^18-week DURATION, an unreadable RRULE). Whatever is
 * dropped is reported in plain words; nothing here guesses what a broken value meant.
 */

export interface RepairedEvent {
  lines: string[];
  /** Plain-word notes about what was ignored; `fatal` ones mean the event cannot be imported. */
  problems: { text: string; fatal: boolean }[];
}

const DATE_PROPERTIES = new Set(["DTSTART", "DTEND", "DUE", "EXDATE", "RDATE", "RECURRENCE-ID"]);
/** Longer than any training session or holiday: an end further away is a broken value. */
const MAX_DURATION_DAYS = 366;
const DURATION = /^[+-]?P(?:(\d{1,9})W|(?:(\d{1,9})D)?(?:T(?:(\d{1,9})H)?(?:(\d{1,9})M)?(?:(\d{1,9})S)?)?)$/;

const WHAT: Record<string, string> = {
  DTSTART: "start",
  DTEND: "end",
  DUE: "due date",
  EXDATE: "excluded date",
  RDATE: "extra date",
  "RECURRENCE-ID": "changed-instance date",
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]; // February as in leap years

function isRealDate(digits: string): boolean {
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  return digits.slice(0, 4) !== "0000" && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

function isDateValue(value: string): boolean {
  return /^\d{8}$/.test(value) && isRealDate(value);
}

function isDateTimeValue(value: string): boolean {
  const match = /^(\d{8})T(\d\d)(\d\d)(\d\d)Z?$/.exec(value);
  return !!match && isRealDate(match[1]!) && Number(match[2]) <= 23 && Number(match[3]) <= 59 && Number(match[4]) <= 60;
}

function valueType(params: string): string | undefined {
  return /;VALUE=([A-Za-z-]+)/i.exec(params)?.[1]?.toUpperCase();
}

/** Keeps the readable values of a date property; adds VALUE=DATE where every value is a bare date. */
function repairDates(line: ContentLine): { line?: ContentLine; bad: string[] } {
  const declared = valueType(line.params);
  const values = line.value.split(",");
  const dateOnly = declared === "DATE" || (declared === undefined && values.every(isDateValue));
  const ok = (value: string) =>
    dateOnly
      ? isDateValue(value)
      : declared === "PERIOD" || value.includes("/")
        ? isDateTimeValue(value.split("/")[0] ?? "")
        : isDateTimeValue(value);
  const kept = values.filter(ok);
  const bad = values.filter((value) => !ok(value));
  if (kept.length === 0) return { bad };
  const params = dateOnly && declared === undefined ? `${line.params};VALUE=DATE` : line.params;
  return { line: { ...line, params, value: kept.join(",") }, bad };
}

function durationDays(value: string): number | undefined {
  const match = DURATION.exec(value);
  if (!match || value.replace(/^[+-]/, "") === "P" || value.endsWith("T")) return undefined;
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  return weeks! * 7 + days! + hours! / 24 + minutes! / 1440 + seconds! / 86400;
}

type Fix = { line?: ContentLine; problem?: string; fatal?: boolean };

/**
 * Some writers leave a TZID with a colon unquoted ("TZID=(UTC-05:00) Eastern Time (US & Canada)"),
 * which moves the value separator. A date value has no colon, so the last colon is the separator.
 */
function withQuotedZone(line: ContentLine): ContentLine {
  const whole = `${line.params}:${line.value}`;
  const last = whole.lastIndexOf(":");
  if (!line.value.includes(":") || !/^;TZID=[^"]/i.test(whole)) return line;
  const zone = whole.slice(6, last).replace(/"/g, "");
  return { name: line.name, params: `;TZID="${zone}"`, value: whole.slice(last + 1) };
}

function repairLine(raw: ContentLine): Fix {
  if (DATE_PROPERTIES.has(raw.name)) {
    const line = withQuotedZone(raw);
    const { line: kept, bad } = repairDates(line);
    if (bad.length === 0) return { line: kept };
    const what = WHAT[line.name] ?? line.name;
    const fatal = !kept && (line.name === "DTSTART" || line.name === "RECURRENCE-ID");
    const problem = `its ${what} "${bad.join(",")}" is not a date${fatal ? ", so it was left out" : " and was ignored"}`;
    return { ...(kept && { line: kept }), problem, fatal };
  }
  const line = raw;
  if (line.name === "DURATION") {
    const days = durationDays(line.value);
    if (days !== undefined && days <= MAX_DURATION_DAYS) return { line };
    return { problem: `its duration "${line.value.slice(0, 40)}" is not a plausible length and was ignored` };
  }
  if (line.name === "RRULE" || line.name === "EXRULE") {
    const rule = readRuleText(line.value);
    const kind = line.name === "RRULE" ? "repeat rule" : "exclusion rule";
    if (rule.value === undefined) {
      return { problem: `its ${kind} could not be read (${rule.problem}), so only its listed dates were imported` };
    }
    return { line: { ...line, value: rule.value }, ...(rule.problem && { problem: `its ${kind}: ${rule.problem}` }) };
  }
  return { line };
}

/** Only these properties are ever repaired; every other line passes through untouched. */
const PLAIN_TIME =
  /^(?:DTSTART|DTEND|RECURRENCE-ID)(?:;TZID=[^:;"]+)?:\d{4}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3])[0-5]\d[0-5]\dZ?$/;
const REPAIRED = /^(DTSTART|DTEND|DUE|EXDATE|RDATE|RECURRENCE-ID|DURATION|RRULE|EXRULE)[;:]/i;

/** A line no repair applies to: most lines of every file, so this is checked without allocating. */
function isPlain(raw: string): boolean {
  if (PLAIN_TIME.test(raw)) return true; // DTSTART:20260302T063000Z and the like
  return !REPAIRED.test(raw) && /^[A-Za-z0-9-]+[;:]/.test(raw) && raw.includes(":");
}

/**
 * The properties the importer reads (here and through ical.js's Event). Exports carry many more
 * (ATTENDEE, ORGANIZER, LOCATION, X-GOOGLE-...), which cost parsing time and are never used.
 */
const READ = new Set([
  "UID",
  "SUMMARY",
  "DESCRIPTION",
  "STATUS",
  "SEQUENCE",
  "DTSTAMP",
  "LAST-MODIFIED",
  "DTSTART",
  "DTEND",
  "DURATION",
  "RRULE",
  "EXRULE",
  "RDATE",
  "EXDATE",
  "RECURRENCE-ID",
]);

function isUnread(raw: string): boolean {
  const name = propertyName(raw);
  return name !== undefined && !READ.has(name);
}

/**
 * The event's own lines, repaired; nested components (alarms) and properties the importer never
 * reads are dropped.
 */
export function repairEvent(lines: string[]): RepairedEvent {
  const out: string[] = [];
  const problems: RepairedEvent["problems"] = [];
  let depth = 0;
  for (const raw of lines) {
    const marker = /^(BEGIN|END):/i.exec(raw)?.[1]?.toUpperCase();
    if (marker === "BEGIN") depth++;
    const nested = depth > 1;
    if (marker === "END") depth--;
    if (nested || (!marker && isUnread(raw))) continue;
    if (marker || isPlain(raw)) {
      out.push(raw);
      continue;
    }
    const line = splitContentLine(raw);
    if (!line) {
      if (raw.trim() !== "")
        problems.push({ text: `a line that is not iCalendar was ignored ("${raw.slice(0, 40)}")`, fatal: false });
      continue;
    }
    const fix = repairLine(line);
    if (fix.problem) problems.push({ text: fix.problem, fatal: fix.fatal ?? false });
    if (fix.line) out.push(joinContentLine(fix.line));
  }
  return { lines: out, problems };
}

/** The repairs as warnings naming the event, worded the same whichever reader goes on to read it. */
export function problemNotes(lines: string[], repaired: RepairedEvent): string[] {
  if (repaired.problems.length === 0) return [];
  const label = eventLabel(rawValue(lines, "SUMMARY"), rawValue(lines, "UID"));
  return repaired.problems.map((problem) => `${label}: ${problem.text}.`);
}
