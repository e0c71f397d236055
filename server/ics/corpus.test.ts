import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as rruleModule from "rrule";
import { describe, expect, it } from "vitest";
import { decodeCalendarBytes } from "./decode";
import { IcsImportError, listOccurrences } from "./parse";

/**
 * The importer over a corpus of calendar files, each checked for: no crash (only IcsImportError
 * may refuse a file), no hang (2 s of CPU), no run doubled (unique UIDs), and no occurrence lost
 * against an independent expansion (the rrule package over the raw text, for the events simple
 * enough to expand without a time-zone database: all-day or UTC starts, no overrides).
 *
 * ICS_CORPUS_DIR names a folder of public test corpora (node-ical, ical.js, python icalendar,
 * ical.net, libical, recurring-ical-events...), never committed. Without it the corpus is this
 * project's own fixtures, so the test always checks real files.
 */

const LIMIT_MS = 2000;
const MAX_FILES = 2000;
const MAX_DATES_PER_EVENT = 500;
const WINDOW = { from: "1990-01-01", to: "2040-12-31", timeZone: "UTC" };
const OWN_FIXTURES = fileURLToPath(new URL("./fixtures", import.meta.url));

type RRuleModule = typeof rruleModule;
const { rrulestr } = (rruleModule as Partial<RRuleModule>).rrulestr
  ? rruleModule
  : (rruleModule as unknown as { default: RRuleModule }).default;

function icsFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (found.length >= MAX_FILES) break;
    if (statSync(path).isDirectory()) icsFiles(path, found);
    else if (/\.ics$/i.test(name)) found.push(path);
  }
  return found;
}

interface RawEvent {
  props: [name: string, params: string, value: string][];
}

/** A deliberately naive reader, sharing no code with the importer. */
function rawEvents(text: string): RawEvent[] {
  const lines = text.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  const events: RawEvent[] = [];
  let current: RawEvent | undefined;
  let depth = 0;
  for (const line of lines) {
    if (/^BEGIN:VEVENT$/i.test(line)) [current, depth] = [{ props: [] }, 0];
    else if (/^END:VEVENT$/i.test(line) && current) [events[events.length], current] = [current, undefined];
    else if (current && /^BEGIN:/i.test(line)) depth++;
    else if (current && /^END:/i.test(line)) depth--;
    else if (current && depth === 0) {
      const match = /^([A-Za-z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
      if (match) current.props.push([match[1]!.toUpperCase(), match[2]!, match[3]!]);
    }
  }
  return events;
}

const DATE = /^\d{8}$/;
const UTC = /^\d{8}T\d{6}Z$/;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const asDate = (value: string) =>
  new Date(
    Date.UTC(
      +value.slice(0, 4),
      +value.slice(4, 6) - 1,
      +value.slice(6, 8),
      +(value.slice(9, 11) || 0),
      +(value.slice(11, 13) || 0),
      +(value.slice(13, 15) || 0),
    ),
  );

/** Dates of one simple event in the window, or undefined when it is not simple enough to compare. */
function independentDates(
  event: RawEvent,
  uidCounts: Map<string, number>,
): { uid: string; dates: string[] } | undefined {
  const all = (name: string) => event.props.filter(([n]) => n === name);
  const uid = all("UID")[0]?.[2];
  const starts = all("DTSTART");
  if (!uid || uidCounts.get(uid) !== 1 || starts.length !== 1 || all("RRULE").length > 1) return undefined;
  if (all("EXRULE").length > 0 || /CANCELLED/i.test(all("STATUS")[0]?.[2] ?? "")) return undefined;
  const [, params, start] = starts[0]!;
  const listed = [...all("RDATE"), ...all("EXDATE")].flatMap(([, p, v]) =>
    /TZID|PERIOD/i.test(p) ? ["x"] : v.split(","),
  );
  const form = DATE.test(start) ? DATE : UTC.test(start) && !/TZID/i.test(params) ? UTC : undefined;
  if (!form || listed.some((value) => !form.test(value))) return undefined;
  const dtstart = asDate(start);
  const from = new Date(`${WINDOW.from}T00:00:00Z`);
  const to = new Date(`${WINDOW.to}T23:59:59Z`);
  const dates = new Set<string>();
  const rule = all("RRULE")[0]?.[2];
  if (rule) {
    let set;
    try {
      set = rrulestr(
        `DTSTART:${iso(dtstart).replace(/-/g, "")}T${dtstart.toISOString().slice(11, 19).replace(/:/g, "")}Z\nRRULE:${rule}`,
      );
    } catch {
      return undefined;
    }
    const first = set.after(new Date(dtstart.getTime() - 1000), true);
    if (!first || first.getTime() !== dtstart.getTime()) return undefined; // DTSTART off its rule: RFC and rrule differ
    set.between(from, to, true, (date, i) => {
      dates.add(iso(date));
      return i < MAX_DATES_PER_EVENT;
    });
    if (dates.size >= MAX_DATES_PER_EVENT) return undefined;
  }
  if (dtstart >= from && dtstart <= to) dates.add(iso(dtstart));
  for (const [, , value] of all("RDATE")) for (const date of value.split(",")) dates.add(iso(asDate(date)));
  for (const [, , value] of all("EXDATE")) {
    for (const date of value.split(",")) {
      if (form === DATE) dates.delete(iso(asDate(date)));
      else if (rule || date === start) dates.delete(iso(asDate(date))); // instants on the hour of a daily-or-slower rule
    }
  }
  return { uid, dates: [...dates].filter((date) => date >= WINDOW.from && date <= WINDOW.to) };
}

function cpuMs<T>(run: () => T): { value?: T; error?: unknown; ms: number } {
  const start = process.cpuUsage();
  try {
    const value = run();
    const used = process.cpuUsage(start);
    return { value, ms: (used.user + used.system) / 1000 };
  } catch (error) {
    const used = process.cpuUsage(start);
    return { error, ms: (used.user + used.system) / 1000 };
  }
}

const corpusDir = process.env.ICS_CORPUS_DIR;
const dir = corpusDir ?? OWN_FIXTURES;
if (!corpusDir) console.info(`ICS_CORPUS_DIR is not set: the corpus test reads the importer's own fixtures (${dir}).`);

describe(`the importer over a calendar corpus (${corpusDir ? "ICS_CORPUS_DIR" : "own fixtures"})`, () => {
  const files = icsFiles(dir);

  it("finds calendar files to read", () => {
    expect(files.length).toBeGreaterThan(corpusDir ? 0 : 10);
  });

  it("reads every file without a crash, a hang, a doubled run or a lost occurrence", () => {
    let compared = 0;
    const problems: string[] = [];
    for (const file of files) {
      const text = decodeCalendarBytes(readFileSync(file));
      const { value, error, ms } = cpuMs(() => listOccurrences(text, WINDOW));
      const name = file.slice(dir.length + 1);
      if (ms > LIMIT_MS) problems.push(`${name}: ${Math.round(ms)} ms of CPU`);
      if (error && !(error instanceof IcsImportError)) problems.push(`${name}: crashed (${String(error)})`);
      if (!value) continue;
      const uids = value.occurrences.map((occurrence) => occurrence.uid);
      if (new Set(uids).size !== uids.length) problems.push(`${name}: a run is doubled`);
      const events = rawEvents(text);
      const uidCounts = new Map<string, number>();
      for (const event of events) {
        const uid = event.props.find(([n]) => n === "UID")?.[2];
        const override = event.props.some(([n]) => n === "RECURRENCE-ID");
        if (uid) uidCounts.set(uid, (uidCounts.get(uid) ?? 0) + (override ? 2 : 1));
      }
      // Only a budget cut or a rule refused as endless excuses a missing date; "could not be read" does not.
      const incomplete = value.warnings.filter((warning) => /too much|too often|repeat rule was ignored/.test(warning));
      for (const event of events) {
        const expected = independentDates(event, uidCounts);
        if (!expected || incomplete.some((warning) => warning.includes(`(${expected.uid})`))) continue;
        if (incomplete.some((warning) => /too much/.test(warning))) continue;
        compared++;
        const ours = new Set(
          value.occurrences
            .filter((o) => o.uid === expected.uid || o.uid.startsWith(`${expected.uid}#`))
            .map((o) => o.date),
        );
        const lost = expected.dates.filter((date) => !ours.has(date));
        if (lost.length > 0) problems.push(`${name}: ${expected.uid} lost ${lost.slice(0, 3).join(", ")}`);
      }
    }
    console.info(`corpus: ${files.length} files, ${compared} events compared with an independent expansion`);
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThan(0);
  });
});
