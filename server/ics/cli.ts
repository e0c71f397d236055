import { readFileSync, statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { isIsoDate } from "../domain/dates";
import { decodeCalendarBytes } from "./decode";
import { checkSize } from "./limits";
import { isIcsImportError, parseIcs } from "./parse";
import { defaultImportWindow } from "./window";
import { dateInZone, isValidTimeZone } from "./zones";

/**
 * npm run --silent import-ics -- file.ics [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--tz Area/City] [--today YYYY-MM-DD]
 *
 * Prints { runs, skipped, review, warnings } as JSON. Without --from/--to the window is a year
 * back and two years ahead of today (in --tz; --today pins it, for scripts and tests). Anything
 * that stops the import (bad arguments, unreadable file, not iCalendar, over 5 MB, or a fault
 * of the importer itself) prints nothing on stdout, one clear line on stderr, and exits with 2,
 * so scripts can trust stdout whenever the exit code is 0. No other exit code is used.
 *
 * This file is the importer's edge: the only one in server/ics that reads files and the clock.
 */

const USAGE =
  "usage: import-ics <file.ics> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--tz Area/City] [--today YYYY-MM-DD]";
const DEFAULT_ZONE = "UTC";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

class UsageError extends Error {}

interface CliArgs {
  file: string;
  from: string;
  to: string;
  tz: string;
}

function checkedDate(name: string, value: string): string {
  if (!isIsoDate(value)) throw new UsageError(`${name} must be a date written YYYY-MM-DD, got "${value}"`);
  return value;
}

function readArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { from: { type: "string" }, to: { type: "string" }, tz: { type: "string" }, today: { type: "string" } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) throw new UsageError("give exactly one .ics file");
  const { tz = DEFAULT_ZONE } = parsed.values;
  if (!isValidTimeZone(tz)) throw new UsageError(`--tz must be an IANA time zone such as Europe/Berlin, got "${tz}"`);
  const today = parsed.values.today ?? dateInZone(Date.now(), tz);
  const window = defaultImportWindow(checkedDate("--today", today));
  const from = checkedDate("--from", parsed.values.from ?? window.from);
  const to = checkedDate("--to", parsed.values.to ?? window.to);
  return { file, from, to, tz };
}

function readCalendarFile(file: string): string {
  let bytes: Buffer;
  try {
    // Refuse a huge file from its size alone, before reading it into memory.
    checkSize(statSync(file).size);
    bytes = readFileSync(file);
  } catch (error) {
    if (isIcsImportError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file}: ${String(error)}`);
  }
  return decodeCalendarBytes(bytes);
}

/** Runs the command and returns its exit code; all output goes through `io`. */
export function runCli(argv: string[], io: CliIo): number {
  try {
    const args = readArgs(argv);
    const result = parseIcs(readCalendarFile(args.file), { from: args.from, to: args.to, timeZone: args.tz });
    const { runs, skipped, review, warnings } = result;
    io.stdout(`${JSON.stringify({ runs, skipped, review, warnings }, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`import-ics: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (isIcsImportError(error) || error instanceof RangeError) {
      io.stderr(`import-ics: ${error.message}\n`);
      return 2;
    }
    // A fault of the importer itself: still exit 2 with one line, never a stack trace.
    io.stderr("import-ics: the file could not be read (an internal error of the importer).\n");
    return 2;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
