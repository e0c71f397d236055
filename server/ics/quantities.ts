import { KM_PER_MILE, roundKm } from "./units";

/**
 * Pulls distances, durations, repeats and pace references out of a workout title, so the
 * keyword matcher in classify.ts only sees words. Every regex here is linear (no nested
 * quantifiers over the same characters), so a hostile 10 000-character title stays cheap.
 */

/** What a pace reference ("@ MP", "15K pace", "easy pace") says about the effort. */
export type PaceKind = "tempo" | "speed" | "easy";

export interface Quantities {
  distanceKm?: number;
  durationMin?: number;
  /** Bare number with no unit ("GA 8", "Pace 5"): plan titles from US books mean miles. */
  bareMiles?: number;
  /** NxDIST / NxTIME / "5 repeats" / "800s": a repetition workout. */
  hasRepeats: boolean;
  paces: PaceKind[];
  /** The title with every quantity and pace reference cut out, for keyword matching. */
  words: string;
}

const MAX_TITLE_CHARS = 400;

export function normalizeText(raw: string): string {
  return raw
    .slice(0, MAX_TITLE_CHARS)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[×✕✖]/g, " x ")
    .replace(/[–—−‐‑]/g, "-")
    .replace(/[·•|]/g, " - ")
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}\s@:/.,+\-'"()&%#!?]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const NUM = String.raw`(\d{1,4}(?:\.\d{1,3})?)`;
const TIME_OF_DAY = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/g;
const PACE_AT = new RegExp(
  String.raw`(?:@|\bat\b)\s*(?:\d{1,2}:\d{2}(?:\s*\/\s*(?:mi|km|mile))?|(?:\d{1,3}(?:\.\d)?\s*(?:k|km|mi|mile)|hmp|hm|mp|lt|t|cv|marathon|half(?:[- ]marathon)?|threshold|tempo|race|goal)(?:\s*(?:-|\/|to|or)\s*(?:\d{1,3}\s*k|hm|half(?:[- ]marathon)?|marathon|mp))?(?:\s*(?:race\s*)?pace)?)(?![a-z0-9])`,
  "g",
);
/** A pace or pace offset written per distance ("7:30/mi", "10 s/mi", "4:45 per km"): never a length. */
const PACE_PER = /[+-]?\d{1,2}(?::\d{2})?\s*(?:s|secs?|seconds?|min)?\s*(?:\/|per\s)\s*(?:mi|mile|km|k)\b/g;
const PACE_WORD =
  /\b(?:\d{1,3}(?:\.\d)?\s*k|hm|half[- ]?marathon|marathon|race|goal|10[- ]?mile|threshold|tempo|mile|easy|conversational|comfortable|relaxed|recovery|aerobic|steady|long[- ]run)[- ]?pace\b/g;
/** Recovery between repeats ("400m jog", "2 min rest", "1 min off") is not the session's length. */
const RECOVERY_SPEC = new RegExp(
  String.raw`(?:\bw\/|\bwith\b)?\s*${NUM}\s*(?:m|s|secs?|mins?|minutes?|k|km|mi)\s*(?:jog|rest|recovery|rec|easy|walk|off|on|float)\b`,
  "g",
);
const REPEAT = new RegExp(
  String.raw`\b\d{1,2}\s*x\s*${NUM}\s*(?:kilomet(?:er|re)s?|km|k|miles?|mi|met(?:er|re)s?|m|secs?|seconds?|s|mins?|minutes?|'|")?(?![a-z\d])`,
  "g",
);
const REPEAT_PLURAL =
  /\b\d{3,4}s\s*x\s*\d{1,2}\b|\b\d{1,2}\s*x\s*\d{3,4}s\b|\b\d{1,2}\s*(?:repeats|reps)\b|\b[1-9]00s\b/g;
const HMS = /(?<![\d:.])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?![\d:])(?!\s*(?:\/|per\b))/g;
const HOURS =
  /(?<![\d.])(\d{1,2}(?:\.\d{1,2})?)\s*(?:hours?|hrs?|h)(?![a-z])(?:\s*(\d{1,2})\s*(?:minutes|mins?|m|')?(?![a-z\d]))?/g;
const MINUTES = /(?<![\d.])(\d{1,3}(?:\.\d)?)\s*(?:minutes|mins?|')(?![a-z])/g;
const DISTANCE = new RegExp(
  String.raw`(?<![\d.:])${NUM}\s*(kilomet(?:er|re)s?|kms?|k|miles?|mi|met(?:er|re)s?|m)(?![a-z])`,
  "g",
);
const NOISE =
  /\b(?:week|wk|day|zone|phase|block|rpe|no)\s*#?\s*\d{1,3}\b|\bz\d\b|#\d+|\b\d{1,3}(?:st|nd|rd|th)\b|\d{1,3}\s*%|\b(?:19|20)\d{2}\b/g;
const BARE = /(?<![\p{L}\d.:])(\d{1,2}(?:\.\d{1,2})?)(?![\p{L}\d.:])/u;
const WARM_COOL = /\b(?:wu|warm[- ]?up|cd|cool[- ]?down)\b/;
const WITH_SPLIT = /\s(?:w\/|with)\s/;
const LABEL_SPLIT = /:\s/;

function hasAmount(text: string): boolean {
  return readDurations(text).mins.length > 0 || readDistances(text).kms.length > 0;
}

/** A match and its capture groups, as `String.prototype.replace` hands them over. */
type Match = readonly (string | undefined)[];

/** Replace every match by a space, handing each match to `onMatch` first. */
function cut(text: string, re: RegExp, onMatch: (m: Match) => void = () => {}): string {
  return text.replace(re, (...args: unknown[]) => {
    // The last two arguments are the offset and the whole string (no named groups are used).
    onMatch(args.slice(0, -2).map((a) => (typeof a === "string" ? a : undefined)));
    return " ";
  });
}

function paceKind(ref: string): PaceKind {
  if (/easy|conversational|comfortable|relaxed|recovery|aerobic|steady|long/.test(ref)) return "easy";
  if (/\b(?:mp|hmp|hm|lt|t|cv)\b|marathon|half|threshold|tempo|goal|race|15\s*k|10[- ]?mile|21/.test(ref))
    return "tempo";
  return "speed";
}

function metresOrMiles(value: number, unit: string): number {
  if (unit.startsWith("k")) return value;
  if (unit.startsWith("mi")) return value * KM_PER_MILE;
  if (unit === "m" && value < 100) return value * KM_PER_MILE; // Higdon writes "3 m run" for miles.
  return value / 1000;
}

function readDistances(text: string): { kms: number[]; rest: string } {
  const kms: number[] = [];
  const rest = cut(text, DISTANCE, (m) => kms.push(metresOrMiles(Number(m[1]), m[2] ?? "")));
  return { kms, rest };
}

function readDurations(text: string): { mins: number[]; rest: string } {
  const mins: number[] = [];
  let rest = cut(text, HMS, (m) => {
    const [h, mm, ss] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    // "6:30" alone is more likely a clock time than a 6.5-hour run.
    if (m[3] !== undefined || h <= 4) mins.push(h * 60 + mm + ss / 60);
  });
  rest = cut(rest, HOURS, (m) => mins.push(Number(m[1]) * 60 + Number(m[2] ?? 0)));
  rest = cut(rest, MINUTES, (m) => mins.push(Number(m[1])));
  return { mins, rest };
}

/** One number for the whole session: the sum when the title spells out warm-up and cool-down. */
function total(values: number[], summed: boolean): number | undefined {
  if (values.length === 0) return undefined;
  return summed ? values.reduce((a, b) => a + b, 0) : values[0];
}

function plausible(value: number | undefined, max: number): number | undefined {
  return value !== undefined && value > 0 && value <= max ? value : undefined;
}

export function readQuantities(normalized: string): Quantities {
  const paces: PaceKind[] = [];
  let hasRepeats = false;
  let text = cut(normalized, TIME_OF_DAY);
  text = cut(text, PACE_PER);
  text = cut(text, PACE_AT, (m) => paces.push(paceKind(m[0] ?? "")));
  text = cut(text, PACE_WORD, (m) => paces.push(paceKind(m[0] ?? "")));
  text = cut(text, REPEAT, () => (hasRepeats = true));
  text = cut(text, REPEAT_PLURAL, () => (hasRepeats = true));
  if (hasRepeats) text = cut(text, RECOVERY_SPEC);

  // What follows "w/" describes the inside of the session ("8 w/ 4 @ 15K pace"), not its length;
  // so does what follows a label that already holds the total ("Tempo 7 mi: 5 mi at MP...").
  const [withHead = "", ...withTail] = text.split(WITH_SPLIT);
  const [label = "", ...details] = withHead.split(LABEL_SPLIT);
  const labelled = details.length > 0 && hasAmount(label);
  const head = labelled ? label : withHead;
  const tail = labelled ? [details.join(" "), ...withTail] : withTail;
  const split = tail.length > 0;
  const summed = WARM_COOL.test(normalized) && !hasRepeats && !labelled;
  // Durations first: "1h 50m" is a duration, a lone "50m" a distance.
  const headDurations = readDurations(head);
  const headDistances = readDistances(headDurations.rest);
  const tailWords = split ? readDistances(readDurations(tail.join(" ")).rest).rest : "";

  const distanceKm = plausible(total(headDistances.kms, summed), 250);
  const durationMin = plausible(total(headDurations.mins, summed), 24 * 60);
  const leftover = cut(headDistances.rest, NOISE);
  const bare = distanceKm === undefined && durationMin === undefined ? BARE.exec(leftover) : null;
  const bareMiles = plausible(bare ? Number(bare[1]) : undefined, 50);

  return {
    ...(distanceKm !== undefined && { distanceKm: roundKm(distanceKm) }),
    ...(durationMin !== undefined && { durationMin: Math.round(durationMin) }),
    ...(bareMiles !== undefined && { bareMiles }),
    hasRepeats,
    paces,
    words: `${leftover} ${tailWords}`
      .replace(/\d+(?:\.\d+)?/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  };
}
