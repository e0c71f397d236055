import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { plainExport } from "./__fixtures__/large-files";

const root = fileURLToPath(new URL("../../", import.meta.url));
/** The command `npm run import-ics` runs: server/ics/cli.ts, bundled on first use (scripts/import-ics.mjs). */
const cli = join(root, "scripts/import-ics.mjs");
const fixture = (name: string) => join(root, "server/ics/fixtures", name);
const scratch = mkdtempSync(join(tmpdir(), "import-ics-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("import-ics CLI", () => {
  it("answers within 2 s for a 1 MB export, start-up included", () => {
    run("--help"); // the first command after a change bundles the command line: not part of the rule
    const file = write("export.ics", plainExport(1024 * 1024));
    const started = Date.now();
    const { code, stdout } = run(file, "--from", "2026-01-01", "--to", "2026-12-31", "--tz", "Europe/Berlin");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { runs: unknown[] }).runs.length).toBeGreaterThan(2_000);
  });

  it("prints runs, skipped, review and warnings as JSON", () => {
    const { code, stdout, stderr } = run(
      fixture("outlook.ics"),
      "--from",
      "2026-03-01",
      "--to",
      "2026-03-31",
      "--tz",
      "Europe/Berlin",
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(["runs", "skipped", "review", "warnings"]);
    expect(result.skipped).toBe(1);
    expect((result.runs as { date: string }[]).map((r) => r.date)).toEqual([
      "2026-03-10",
      "2026-03-15",
      "2026-03-17",
      "2026-03-22",
      "2026-03-24",
      "2026-03-31",
    ]);
  });

  it("reads a year back and two years ahead of today in UTC by default", () => {
    const counts = (today: string) => {
      const { code, stdout } = run(fixture("trainingpeaks.ics"), "--today", today);
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as { runs: unknown[]; review: unknown[]; skipped: number };
      return [result.runs.length, result.review.length, result.skipped];
    };
    // The file's runs are in March 2026.
    expect(counts("2027-02-27")).toEqual([6, 1, 1]);
    expect(counts("2027-04-01")).toEqual([0, 0, 0]);
  });

  it("imports a run whose DTEND is malformed instead of crashing (exit 0, a warning)", () => {
    const file = write(
      "bad-end.ics",
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x1\r\nDTSTART:19970701T120000Z\r\nDTEND:19970701T1300Z\r\nSUMMARY:Tempo run 8 km\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    const { code, stdout, stderr } = run(file, "--from", "1997-01-01", "--to", "1997-12-31");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { runs: { date: string }[]; warnings: string[] };
    expect(result.runs.map((r) => r.date)).toEqual(["1997-07-01"]);
    expect(result.warnings.join(" ")).toMatch(/"Tempo run 8 km" \(x1\): its end/);
  });

  it("reads a file of crash-prone run events (huge DURATION, bad rules, junk after the end) with exit 0", () => {
    const file = write(
      "crash-prone.ics",
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "UID:d1",
        "DTSTART:20260302T070000Z",
        "DURATION:P999999999999999999W",
        "SUMMARY:Tempo run 8 km",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:r1",
        "DTSTART;VALUE=DATE:20260303",
        "RRULE:FREQ=WEEKLY;BYDAY= TU",
        "SUMMARY:Easy 5 km",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:m1",
        "DTSTART;VALUE=DATE:20260304",
        "RRULE:FREQ=MONTHLY;BYMONTH=13",
        "SUMMARY:Long run 20 km",
        "END:VEVENT",
        "END:VCALENDAR",
        "BEGIN:VEVENT",
        "",
      ].join("\r\n"),
    );
    const started = Date.now();
    const { code, stdout, stderr } = run(file, "--from", "2026-03-01", "--to", "2026-03-31");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { runs: { uid: string }[]; warnings: string[] };
    expect(result.runs.map((r) => r.uid).sort()).toEqual(["d1", "m1", "r1"]);
    expect(result.warnings.join(" ")).toMatch(/"Tempo run 8 km" \(d1\): its duration/);
    expect(result.warnings.join(" ")).toMatch(/"Easy 5 km" \(r1\): its repeat rule could not be read/);
  });

  it("reads a UTF-16 Windows export", () => {
    const text = readFileSync(fixture("outlook.ics"), "utf8");
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const { code, stdout } = run(write("utf16.ics", bytes), "--from", "2026-03-01", "--to", "2026-03-31");
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { runs: unknown[] }).runs).toHaveLength(6);
  });

  it.each([
    ["a file that is not iCalendar", () => [join(root, "package.json")], /not an iCalendar/],
    [
      "binary junk",
      () => [write("junk.ics", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)))],
      /not an iCalendar/,
    ],
    [
      "a file over 5 MB",
      () => [write("big.ics", `BEGIN:VCALENDAR\r\nX:${"a".repeat(5 * 1024 * 1024)}\r\nEND:VCALENDAR\r\n`)],
      /5 MB/,
    ],
    ["a missing file", () => [join(scratch, "missing.ics")], /no such file/],
    ["no file", () => [], /exactly one/],
    ["two files", () => [fixture("outlook.ics"), fixture("apple-calendar.ics")], /exactly one/],
    ["a bad date", () => [fixture("outlook.ics"), "--from", "2026-13-01"], /--from must be a date/],
    ["a bad zone", () => [fixture("outlook.ics"), "--tz", "Berlin"], /--tz must be an IANA time zone/],
    ["an unknown option", () => [fixture("outlook.ics"), "--format", "csv"], /Unknown option/],
  ] as const)("refuses %s: exit 2, nothing on stdout, a message on stderr", (_name, args, message) => {
    const { code, stdout, stderr } = run(...args());
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });
});

function write(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}
