/**
 * The text of an iCalendar file cut into calendars and top-level components before ical.js sees
 * it, so that one component ical.js cannot read costs that component only, never the file.
 * Lines are unfolded here (RFC 5545 3.1); anything outside BEGIN/END:VCALENDAR is ignored.
 */

export interface RawComponent {
  /** Upper-case component name: VEVENT, VTIMEZONE, VTODO... */
  name: string;
  /** Unfolded content lines, BEGIN and END included. */
  lines: string[];
}

export interface RawCalendar {
  /** The calendar's own property lines (VERSION, PRODID, X-WR-TIMEZONE...). */
  properties: string[];
  components: RawComponent[];
}

export interface ContentLine {
  /** Upper-case property name. */
  name: string;
  /** Everything between the name and the value separator, leading ";" included ("" when none). */
  params: string;
  value: string;
}

function unfoldedLines(text: string): string[] {
  return text.replace(/\r?\n[ \t]/g, "").split(/\r\n|\n|\r/);
}

function beginOrEnd(line: string): { kind: "BEGIN" | "END"; name: string } | undefined {
  const first = line.charCodeAt(0) | 0x20; // lower-case ASCII letter
  if (first !== 0x62 /* b */ && first !== 0x65 /* e */) return undefined;
  const match = /^(BEGIN|END):([A-Za-z0-9-]+)\s*$/i.exec(line);
  return match ? { kind: match[1]!.toUpperCase() as "BEGIN" | "END", name: match[2]!.toUpperCase() } : undefined;
}

/** Every VCALENDAR in the text, in order. Lines outside any VCALENDAR are dropped. */
export function splitCalendars(text: string): RawCalendar[] {
  const calendars: RawCalendar[] = [];
  let calendar: RawCalendar | undefined;
  let component: RawComponent | undefined;
  let depth = 0; // nesting inside the current top-level component
  for (const line of unfoldedLines(text)) {
    const marker = beginOrEnd(line);
    if (!calendar) {
      if (marker?.kind === "BEGIN" && marker.name === "VCALENDAR") calendar = { properties: [], components: [] };
      continue;
    }
    if (component) {
      component.lines.push(line);
      if (marker?.kind === "BEGIN") depth++;
      else if (marker?.kind === "END" && --depth === 0) component = undefined;
      continue;
    }
    if (marker?.kind === "END" && marker.name === "VCALENDAR") {
      calendars.push(calendar);
      calendar = undefined;
    } else if (marker?.kind === "BEGIN") {
      component = { name: marker.name, lines: [line] };
      calendar.components.push(component);
      depth = 1;
    } else if (line.trim() !== "") calendar.properties.push(line);
  }
  return calendars;
}

/**
 * The property name of a line, upper-cased: the letters, digits and hyphens before the first ";"
 * or ":". Undefined when there is no such name. Read without a regular expression, because every
 * line of a large file passes here and most names are already written in upper case.
 */
export function propertyName(raw: string): string | undefined {
  let lowerCase = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0x3a /* : */ || code === 0x3b /* ; */) {
      if (i === 0) return undefined;
      const name = raw.slice(0, i);
      return lowerCase ? name.toUpperCase() : name;
    }
    const upper = code >= 0x41 && code <= 0x5a;
    const lower = code >= 0x61 && code <= 0x7a;
    if (!upper && !lower && code !== 0x2d /* - */ && !(code >= 0x30 && code <= 0x39)) return undefined;
    lowerCase ||= lower;
  }
  return undefined;
}

/** Name, parameters and value of one unfolded line; a ":" inside a quoted parameter is not the separator. */
export function splitContentLine(line: string): ContentLine | undefined {
  const nameEnd = line.search(/[;:]/);
  if (nameEnd <= 0) return undefined;
  let quoted = false;
  for (let i = nameEnd; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (char === ":" && !quoted) {
      return { name: line.slice(0, nameEnd).toUpperCase(), params: line.slice(nameEnd, i), value: line.slice(i + 1) };
    }
  }
  return undefined;
}

const PARAMETER = /;([A-Za-z-]+)=("[^"]*"|[^;"]*)/g;

export interface DateParameters {
  readonly tzid?: string;
  readonly value?: string;
}

/** A file writes the same few parameter strings thousands of times: each is read once. */
const readParameters = new Map<string, DateParameters | undefined>();
const MAX_REMEMBERED = 1000;

/** The TZID and VALUE of a date property; undefined when it has any other parameter, or one twice. */
export function dateParameters(params: string): DateParameters | undefined {
  if (readParameters.has(params)) return readParameters.get(params);
  const found = readDateParameters(params);
  if (readParameters.size < MAX_REMEMBERED) readParameters.set(params, found);
  return found;
}

function readDateParameters(params: string): DateParameters | undefined {
  const found: { tzid?: string; value?: string } = {};
  let read = 0;
  for (const match of params.matchAll(PARAMETER)) {
    if (match.index !== read) return undefined;
    read += match[0].length;
    const name = match[1]!.toUpperCase();
    const value = match[2]!.replace(/^"|"$/g, "");
    if (name === "TZID" && found.tzid === undefined) found.tzid = value;
    else if (name === "VALUE" && found.value === undefined) found.value = value.toUpperCase();
    else return undefined;
  }
  return read === params.length ? found : undefined;
}

export function joinContentLine({ name, params, value }: ContentLine): string {
  return `${name}${params}:${value}`;
}

/** The first value of a property among raw lines, for naming an event ical.js could not read. */
export function rawValue(lines: string[], name: string): string | undefined {
  for (const line of lines) {
    const parsed = splitContentLine(line);
    if (parsed?.name === name) return parsed.value.replace(/\\([,;\\])/g, "$1").replace(/\\n/gi, " ");
  }
  return undefined;
}

/** Cuts the text after the last END:VCALENDAR line: trailing junk must not make the file unreadable. */
export function withoutTrailer(text: string): string {
  let at = Math.max(text.lastIndexOf("END:VCALENDAR"), text.lastIndexOf("end:vcalendar"));
  while (at > 0 && text[at - 1] !== "\n" && text[at - 1] !== "\r") {
    at = Math.max(text.lastIndexOf("END:VCALENDAR", at - 1), text.lastIndexOf("end:vcalendar", at - 1));
  }
  if (at < 0) return text;
  const tail = /^END:VCALENDAR[ \t]*(\r\n|\n|\r|$)/i.exec(text.slice(at, at + 40));
  const end = at + (tail?.[0].length ?? 13);
  return end >= text.length ? text : text.slice(0, end);
}
