import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IcsImportError, type IcsErrorCode, parseIcs } from "./parse";
import { calendar } from "./__fixtures__/calendar";
import { HOSTILE_EVENTS } from "./__fixtures__/large-files";

/**
 * Files built to hurt: every one must end in a clear IcsImportError or a bounded result in under
 * two seconds (the product rule). The bound is checked on the CPU time the import used, because
 * wall time on a shared CI machine mostly measures the neighbours; wall time is only checked
 * loosely, to catch hangs.
 */
const LIMIT_MS = 2000;
const HANG_MS = 15_000;
/**
 * 512 KB, not 5 MB: a test must hold on a loaded CI machine, where vitest's workers share the
 * cores; the 5 MB figures (under 2 s on an idle machine) are `npm run bench:import`'s, see
 * "Known limits" in docs/importer.md.
 */
const HOSTILE_MIX_BYTES = 512 * 1024;
const WIDE = { from: "1900-01-01", to: "2200-12-31", timeZone: "Europe/Berlin" };

function timed<T>(run: () => T): { value: T | undefined; error: unknown; ms: number } {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  let value: T | undefined;
  let error: unknown;
  try {
    value = run();
  } catch (thrown) {
    error = thrown;
  }
  const cpu = process.cpuUsage(cpuStart);
  expect(performance.now() - wallStart).toBeLessThan(HANG_MS);
  return { value, error, ms: (cpu.user + cpu.system) / 1000 };
}

function expectRefused(text: string, code: IcsErrorCode): void {
  const { error, ms } = timed(() => parseIcs(text, WIDE));
  expect(error).toBeInstanceOf(IcsImportError);
  expect((error as IcsImportError).code).toBe(code);
  expect((error as IcsImportError).message.length).toBeGreaterThan(20);
  expect(ms).toBeLessThan(LIMIT_MS);
}

const HEADER = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";

describe("files refused as a whole", () => {
  it("refuses more than 5 MB", () => {
    const text = `${HEADER}X-PAD:${"a".repeat(5 * 1024 * 1024)}\r\nEND:VCALENDAR\r\n`;
    expectRefused(text, "too-large");
  });

  it("counts UTF-8 bytes, not characters", () => {
    // 1.9 M three-byte characters: under 5 M characters, over 5 MB.
    const text = `${HEADER}X-PAD:${"€".repeat(1_900_000)}\r\nEND:VCALENDAR\r\n`;
    expect(text.length).toBeLessThan(5 * 1024 * 1024);
    expectRefused(text, "too-large");
  });

  it("refuses binary junk", () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919 + 13) % 256);
    expectRefused(new TextDecoder().decode(bytes), "not-icalendar");
    expectRefused(`${HEADER}\u0000\u0001\u0002PNG\r\nEND:VCALENDAR\r\n`, "not-icalendar");
  });

  it("refuses text that is not iCalendar", () => {
    expectRefused("", "not-icalendar");
    expectRefused("Subject,Start Date\nLong run,03/10/2026\n", "not-icalendar");
    expectRefused("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jo\r\nEND:VCARD\r\n", "not-icalendar");
    expectRefused(`${HEADER}this line has no colon\r\nEND:VCALENDAR\r\n`, "not-icalendar");
    expectRefused(`${HEADER}BEGIN:VEVENT\r\nSUMMARY:Run\r\nEND:VCALENDAR\r\n`, "not-icalendar");
  });

  it("refuses 100 000 nested VEVENTs without touching the stack", () => {
    const depth = 100_000;
    const text = `${HEADER}${"BEGIN:VEVENT\r\n".repeat(depth)}${"END:VEVENT\r\n".repeat(depth)}END:VCALENDAR\r\n`;
    expectRefused(text, "too-deep");
  });

  it("refuses a 1-million-line file", () => {
    const text = `${HEADER}BEGIN:VEVENT\r\n${"X:1\r\n".repeat(1_000_000)}END:VEVENT\r\nEND:VCALENDAR\r\n`;
    expectRefused(text, "too-large");
    const folded = `${HEADER}BEGIN:VEVENT\r\nDESCRIPTION:a\r\n${" b\n".repeat(1_000_000)}END:VEVENT\r\nEND:VCALENDAR\r\n`;
    expectRefused(folded, "too-large");
  });

  it("refuses more events than any real export holds", () => {
    const text = `${HEADER}${"BEGIN:VEVENT\r\nEND:VEVENT\r\n".repeat(60_000)}END:VCALENDAR\r\n`;
    expectRefused(text, "too-large");
  });
});

describe("files read with bounded work", () => {
  it("processes a large but legitimate file (20 000 events, ~1.7 MB) in time", () => {
    const events = Array.from({ length: 20_000 }, (_, i) => {
      const day = String((i % 28) + 1).padStart(2, "0");
      return `UID:e${i}\nDTSTART:2026${String((i % 12) + 1).padStart(2, "0")}${day}T063000Z\nSUMMARY:${i % 3 ? "Easy 8 km" : "Standup"}`;
    });
    const { value, ms } = timed(() => parseIcs(calendar(...events), WIDE));
    expect(value?.runs.length).toBe(13_333);
    expect(value?.skipped).toBe(6_667);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it("stops an endless daily rule over a 300-year range", () => {
    const text = calendar("UID:forever\nDTSTART:19000101T070000Z\nRRULE:FREQ=DAILY\nSUMMARY:Easy 5 km");
    const { value, ms } = timed(() => parseIcs(text, WIDE));
    expect(value?.runs.length).toBe(3000);
    expect(value?.runs[0]?.date).toBe("1900-01-01");
    expect(value?.warnings.join(" ")).toMatch(/repeats too often/);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it("fast-forwards an old weekly rule to the range instead of walking from 1900", () => {
    const text = calendar("UID:old\nDTSTART:19000102T070000Z\nRRULE:FREQ=WEEKLY;INTERVAL=2\nSUMMARY:Long run 20 km");
    const result = parseIcs(text, { from: "2026-03-01", to: "2026-03-31", timeZone: "UTC" });
    // 1900-01-02 was a Tuesday, 6584 weeks (an even number) before 2026-03-10.
    expect(result.runs.map((run) => run.date)).toEqual(["2026-03-10", "2026-03-24"]);
    expect(result.warnings).toEqual([]);
  });

  it("gives the same occurrences with and without fast-forwarding", () => {
    // COUNT turns fast-forwarding off, so the same rule with a huge COUNT is the reference.
    const rules = fc.record({
      freq: fc.constantFrom("DAILY", "WEEKLY", "MONTHLY", "YEARLY"),
      interval: fc.integer({ min: 1, max: 5 }),
      byday: fc.constantFrom("", ";BYDAY=MO,TH", ";BYDAY=SU"),
      year: fc.integer({ min: 2008, max: 2025 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      allDay: fc.boolean(),
    });
    fc.assert(
      fc.property(rules, ({ freq, interval, byday, year, month, day, allDay }) => {
        const byDay = freq === "WEEKLY" ? byday : "";
        const start = `${year}${String(month).padStart(2, "0")}${String(Math.min(day, 28)).padStart(2, "0")}`;
        const dtstart = allDay ? `DTSTART;VALUE=DATE:${start}` : `DTSTART;TZID=Europe/Berlin:${start}T063000`;
        const rule = `RRULE:FREQ=${freq};INTERVAL=${interval}${byDay}`;
        const options = { from: "2026-02-01", to: "2026-05-31", timeZone: "America/New_York" };
        const dates = (extra: string) =>
          parseIcs(calendar(`UID:r\n${dtstart}\n${rule}${extra}\nSUMMARY:Easy 5 km`), options).runs.map(
            (run) => run.date,
          );
        expect(dates("")).toEqual(dates(";COUNT=9000"));
      }),
      { numRuns: 60, seed: 42 },
    );
  });

  it("shares one expansion budget between many expensive rules", () => {
    const expensive = [
      "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
      "FREQ=DAILY;BYMONTHDAY=13;BYDAY=FR",
      "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29",
      "FREQ=MONTHLY;BYDAY=2TU",
      "FREQ=DAILY;BYHOUR=0,6,12,18;BYMINUTE=0,15,30,45",
    ];
    const events = Array.from(
      { length: 2000 },
      (_, i) => `UID:x${i}\nDTSTART:19000101T070000Z\nRRULE:${expensive[i % expensive.length]}\nSUMMARY:Tempo 5 mi`,
    );
    const { value, ms } = timed(() => parseIcs(calendar(...events), WIDE));
    expect(value?.warnings.join(" ")).toMatch(/too much to expand/);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it.each([
    ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", /never meet/],
    ["FREQ=DAILY;BYMONTHDAY=-1", /negative/],
    ["FREQ=WEEKLY;BYWEEKNO=1;BYMONTH=6", /combined/],
    ["FREQ=DAILY;BYDAY=1MO", /numbered BYDAY/],
    ["FREQ=SECONDLY", /more often than daily/],
  ])("ignores the rule %s that would spin forever, keeping the first date", (rule, why) => {
    const text = calendar(`UID:spin\nDTSTART:20260302T070000Z\nRRULE:${rule}\nSUMMARY:Easy 5 km`);
    const { value, ms } = timed(() => parseIcs(text, WIDE));
    expect(value?.runs.map((run) => run.uid)).toEqual(["spin#20260302T070000Z"]);
    expect(value?.warnings.join(" ")).toMatch(why);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it("drops a VTIMEZONE whose rules repeat every second", () => {
    const zone = [
      "BEGIN:VTIMEZONE",
      "TZID:Europe/Berlin",
      "BEGIN:STANDARD",
      "DTSTART:00010101T000000",
      "RRULE:FREQ=SECONDLY",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0100",
      "END:STANDARD",
      "END:VTIMEZONE",
    ].join("\r\n");
    const text = calendar("UID:z\nDTSTART;TZID=Europe/Berlin:20260310T003000\nSUMMARY:Easy 5 km").replace(
      "BEGIN:VEVENT",
      `${zone}\r\nBEGIN:VEVENT`,
    );
    const { value, ms } = timed(() => parseIcs(text, { from: "2026-03-01", to: "2026-03-31", timeZone: "UTC" }));
    // Without the definition, the TZID still resolves by name: 00:30 in Berlin is 23:30 UTC the day before.
    expect(value?.runs.map((run) => run.date)).toEqual(["2026-03-09"]);
    expect(value?.warnings.join(" ")).toMatch(/Time zone definition Europe\/Berlin was ignored/);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it.each([
    ["a narrow window", { from: "2026-03-01", to: "2026-06-30", timeZone: "Europe/Berlin" }],
    ["a 300-year window", WIDE],
  ])("reads 512 KB of the hostile events real exports contain in under 2 s (%s)", (_name, options) => {
    const events: string[] = [];
    let size = 0;
    for (let i = 0; size < HOSTILE_MIX_BYTES; i++) {
      const event = `UID:h${i}\n${HOSTILE_EVENTS[i % HOSTILE_EVENTS.length]}\nSUMMARY:Tempo run 8 km\nDESCRIPTION:${"x".repeat(60)}`;
      events.push(event);
      size += event.length + 40; // CRLF line ends, BEGIN and END lines
    }
    const text = calendar(...events);
    expect(text.length).toBeGreaterThan(HOSTILE_MIX_BYTES * 0.9);
    const { value, error, ms } = timed(() => parseIcs(text, options));
    expect(error).toBeUndefined();
    expect(value?.runs.length).toBeGreaterThan(0);
    expect(value?.warnings.join(" ")).toMatch(/\(h2\): its repeat rule could not be read/);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it("never throws anything but IcsImportError on mangled calendars", () => {
    const base = calendar(
      "UID:a\nDTSTART;TZID=Europe/Berlin:20260302T070000\nRRULE:FREQ=WEEKLY;COUNT=5;BYDAY=MO,TH\nEXDATE;TZID=Europe/Berlin:20260305T070000\nSUMMARY:Tempo 5 mi",
      "UID:a\nRECURRENCE-ID;TZID=Europe/Berlin:20260309T070000\nDTSTART:20260310T180000Z\nSUMMARY:Tempo moved",
      "UID:b\nDTSTART;VALUE=DATE:20260304\nDTEND;VALUE=DATE:20260305\nSUMMARY:Long run 20 km",
    ).split("\r\n");
    const mangled = fc.tuple(
      fc.array(fc.tuple(fc.nat(base.length - 1), fc.string({ maxLength: 30 })), { maxLength: 4 }),
      fc.array(fc.nat(base.length - 1), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(mangled, ([replacements, deletions]) => {
        const lines = [...base];
        for (const [index, text] of replacements) lines[index] = text;
        for (const index of deletions) lines.splice(index, 1);
        try {
          parseIcs(lines.join("\r\n"), WIDE);
        } catch (error) {
          if (!(error instanceof IcsImportError)) throw error;
        }
      }),
      { numRuns: 300, seed: 20260301 },
    );
  });
});
