import { MAX_ICS_BYTES } from "../domain/limits";
import { IcsImportError } from "./errors";

/**
 * Cheap checks run before ical.js sees the text, so hostile files fail fast with a clear error
 * instead of exhausting memory, the stack or the clock inside the parser.
 */

export const MAX_BYTES = MAX_ICS_BYTES;
/** A real 5 MB export has 100-150k lines; millions of tiny lines are an attack, not a calendar. */
export const MAX_LINES = 400_000;
export const MAX_EVENTS = 50_000;
/** VCALENDAR > VEVENT > VALARM is 3 deep; VTIMEZONE > STANDARD is 3. Leave room, no more. */
export const MAX_DEPTH = 8;

const MB = 1024 * 1024;

/** UTF-8 size without allocating a 5 MB buffer. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function checkSize(bytes: number): void {
  if (bytes > MAX_BYTES) {
    throw new IcsImportError(
      "too-large",
      `The calendar file is ${(bytes / MB).toFixed(1)} MB; the limit is 5 MB. Export a shorter date range.`,
    );
  }
}

function notICalendar(why: string): IcsImportError {
  return new IcsImportError("not-icalendar", `This is not an iCalendar (.ics) file: ${why}.`);
}

/** Walks the lines once: BEGIN/END pairing, nesting depth, line and event counts. */
function scanStructure(text: string): void {
  const stack: string[] = [];
  let lines = 0;
  let events = 0;
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    if (++lines > MAX_LINES) {
      throw new IcsImportError("too-large", `The calendar file has more than ${MAX_LINES.toLocaleString("en")} lines.`);
    }
    const first = text.charCodeAt(start) | 0x20; // lower-case ASCII letter
    if (first === 0x62 /* b */ || first === 0x65 /* e */) {
      const line = text
        .slice(start, Math.min(end, start + 80))
        .trimEnd()
        .toUpperCase();
      if (line.startsWith("BEGIN:")) {
        const name = line.slice(6);
        stack.push(name);
        if (stack.length > MAX_DEPTH) {
          throw new IcsImportError("too-deep", `Components are nested more than ${MAX_DEPTH} levels deep.`);
        }
        if (name === "VEVENT" && ++events > MAX_EVENTS) {
          throw new IcsImportError(
            "too-large",
            `The calendar has more than ${MAX_EVENTS.toLocaleString("en")} events.`,
          );
        }
      } else if (line.startsWith("END:")) {
        if (stack.pop() !== line.slice(4)) throw notICalendar(`"${line}" (line ${lines}) closes nothing that is open`);
      }
    }
    start = end + 1;
  }
  if (stack.length > 0) throw notICalendar(`BEGIN:${stack[stack.length - 1]} is never closed`);
}

export function precheckIcs(text: string): void {
  // Every UTF-16 unit is at least one UTF-8 byte, so long texts can be refused without counting.
  checkSize(text.length > MAX_BYTES ? text.length : text.length * 3 <= MAX_BYTES ? 0 : utf8ByteLength(text));
  if (text.includes("\u0000")) throw notICalendar("it contains binary data");
  const body = text.replace(/^\uFEFF?\s*/, "");
  if (!/^BEGIN:VCALENDAR[ \t]*\r?(?:\n|$)/i.test(body)) throw notICalendar("it does not start with BEGIN:VCALENDAR");
  scanStructure(body);
}
