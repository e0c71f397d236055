import type { RunType } from "../planner/types";
import { normalizeText, readQuantities, type Quantities } from "./quantities";
import { HALF_MARATHON_KM, KM_PER_MILE, MARATHON_KM, milesToKm, roundKm } from "./units";

/**
 * Guesses what kind of run a calendar entry is from its title (and description), in English.
 *
 * Decisions worth knowing:
 * - "Medium-long" runs (Pfitzinger) are aerobic, easy-paced runs: type "easy", unless the distance
 *   is over 25 km, where the session is a long run whatever it is called.
 * - Marathon pace, threshold / LT and tempo are all "tempo"; VO2max, track, fartlek and NxDIST
 *   repeats are "intervals" (threshold repeats such as cruise intervals stay "tempo").
 * - A bare number after a workout word ("GA 8", "Pace 5") is miles: the plans that write titles
 *   like that (Higdon, Hansons, Pfitzinger) are in miles. "3 m run" is miles too; "800m" metres.
 * - Generic names ("Run", "Morning Run") are easy runs, "unsure" unless a distance or duration says
 *   what was planned; 25 km or two hours and more makes them long runs.
 * - Cross-training keeps its duration but drops any distance: bike kilometres are not run volume.
 */

export type Confidence = "sure" | "unsure";

export interface Classification {
  type: RunType | null;
  distanceKm?: number;
  durationMin?: number;
  confidence: Confidence;
}

interface Guess {
  type: RunType | null;
  confidence: Confidence;
  /** Only generic run words matched: a description may say more. */
  generic?: boolean;
}

const LONG_RUN_KM = 25;
const LONG_RUN_MIN = 120;

const ACTIVITY_NAME = /^(?:morning|lunch|afternoon|evening|night)\s+(run|jog|ride|swim|walk|hike)\b/;
const NOT_A_RUN =
  /\b(?:meeting|mtg|standup|stand-up|sync|call|1:1|one[- ]on[- ]one|interview|review|planning|retro|demo|webinar|conference|workshop|dentist|doctor|appointment|appt|physio|massage|haircut|barber|birthday|bday|anniversary|wedding|party|dinner|lunch|breakfast|brunch|drinks|flight|airport|travel|holiday|vacation|pto|out of office|ooo|payday|school|kids|pick up|pickup|drop off|expo|bib|packet|social|shoes|buy|deploy|release)\b/;
const REST = /^(?:rest|off|day off|rest day|complete rest|total rest)\b/;
const RACE = /\b(?:race|racing|race day|tune[- ]?up|parkrun|trot)\b/;
const HILLS = /\b(?:hills?|uphill|hill repeats|hill sprints)\b/;
const THRESHOLD = /\b(?:threshold|lt|lactate|cruise)\b/;
const INTERVALS = /\b(?:intervals?|vo2 ?max|vo2|track|fartlek|speed|speedwork|yasso|ladder|pyramid|repeats|reps)\b/;
const STRIDES = /\bstrides\b/;
const MEDIUM_LONG = /\bmedium[- ]?long\b|\bml\b/;
const LONG = /\b(?:long|lr|lsd)\b/;
const TEMPO = /\b(?:tempo|mp|hmp|pace|progression)\b/;
const RECOVERY = /\b(?:recovery|recover|regen|regeneration)\b/;
const EASY = /\b(?:easy|ga|general aerobic|aerobic|endurance|base|steady|shakeout|shake-out|strides)\b/;
const CROSS_SURE =
  /\b(?:xt|cross|cross-?train(?:ing)?|crosstrain(?:ing)?|bike|biking|cycle|cycling|ride|spin|swim|swimming|yoga|pilates|elliptical|rowing|row|erg|aqua[- ]?jog(?:ging)?|pool run(?:ning)?)\b/;
const CROSS_UNSURE = /\b(?:hike|hiking|walk|walking|gym|weights|strength|s&c|core|mobility|stretch(?:ing)?)\b/;
const RACE_DISTANCE = /\b(?:marathon|half|hm)\b/;
const RACE_NAME_ONLY = /^\d{1,2}\s?k!?$/;
const GENERIC_RUN = /\b(?:run|runs|running|jog|jogging)\b/;

const sure = (type: RunType | null): Guess => ({ type, confidence: "sure" });
const unsure = (type: RunType | null): Guess => ({ type, confidence: "unsure" });

/** Words that name the session's purpose, strongest first. */
function keywordGuess(words: string, q: Quantities): Guess | undefined {
  if (REST.test(words)) return /\bor\b|cross|xt|easy|run/.test(words) ? unsure("rest") : sure("rest");
  if (RACE.test(words)) return /parkrun/.test(words) ? unsure("race") : sure("race");
  if (HILLS.test(words)) return sure("hills");
  if (THRESHOLD.test(words)) return INTERVALS.test(words) ? unsure("tempo") : sure("tempo");
  // "GA + speed 8 w/ 10 x 100m strides": the speed and the repeats are an easy run's strides.
  const strides = STRIDES.test(words);
  if (INTERVALS.test(strides ? words.replace(/\bspeed\b/g, " ") : words)) return sure("intervals");
  if (/\bstrength\b/.test(words) && q.hasRepeats) return sure("intervals"); // Hansons "strength" reps
  if (MEDIUM_LONG.test(words)) return sure("easy");
  if (LONG.test(words)) return sure("long");
  if (TEMPO.test(words) || q.paces.includes("tempo")) return sure("tempo");
  if (q.hasRepeats && !strides) return sure("intervals");
  if (RECOVERY.test(words)) return sure("recovery");
  if (EASY.test(words)) return sure("easy");
  return undefined;
}

function activityGuess(normalized: string, words: string, q: Quantities): Guess | undefined {
  if (CROSS_SURE.test(words)) return sure("cross");
  if (CROSS_UNSURE.test(words)) return unsure("cross");
  if (RACE_DISTANCE.test(words)) return sure("race");
  if (GENERIC_RUN.test(words)) return { ...(hasAmount(q) ? sure("easy") : unsure("easy")), generic: true };
  if (RACE_NAME_ONLY.test(normalized)) return unsure("race"); // "10K", "5k"
  if (q.distanceKm !== undefined) return { ...unsure("easy"), generic: true }; // "8 km"
  if (q.paces.includes("tempo")) return sure("tempo"); // "12 @ MP"
  return undefined;
}

function hasAmount(q: Pick<Quantities, "distanceKm" | "durationMin">): boolean {
  return q.distanceKm !== undefined || q.durationMin !== undefined;
}

/** Strava and Garmin name activities "Morning Run", "Lunch Ride", "Evening Swim"... */
function activityNameGuess(normalized: string, q: Quantities): Guess | undefined {
  const sport = ACTIVITY_NAME.exec(normalized)?.[1];
  if (sport === undefined) return undefined;
  if (sport === "run" || sport === "jog") return { ...(hasAmount(q) ? sure("easy") : unsure("easy")), generic: true };
  return sport === "walk" || sport === "hike" ? unsure("cross") : sure("cross");
}

function guess(normalized: string, q: Quantities): Guess {
  const named = activityNameGuess(normalized, q);
  if (named) return named;
  const words = q.words;
  const strong = keywordGuess(words, q);
  if (strong && strong.type !== "race") return strong;
  // Everyday words beat weak run words: "School run", "Marathon expo", "Buy running shoes".
  if (NOT_A_RUN.test(normalized) && !/\brace day\b/.test(words)) return sure(null);
  return strong ?? activityGuess(normalized, words, q) ?? sure(null);
}

/** A description is a plan's own text: trust labelled numbers, and short texts like titles. */
function readDescription(description: string | undefined): {
  q?: Quantities;
  g?: Guess;
  labelled: Partial<Quantities>;
} {
  if (!description) return { labelled: {} };
  const text = normalizeText(description.replace(/\\n|\n/g, " ; "));
  const labelled = readLabelled(text);
  if (text.length > 90) return { labelled };
  const q = readQuantities(text);
  return { q, g: guess(text, q), labelled };
}

function readLabelled(text: string): Partial<Quantities> {
  const distance = /\bdistance\s*:?\s*(\d{1,3}(?:\.\d{1,2})?)\s*(km|k|mi|miles)\b/.exec(text);
  // Not a bare "time:", which is as often the start time as the session's length.
  const duration = /\b(?:duration|planned time|moving time)\s*:?\s*(\d{1,2}):([0-5]\d)(?::([0-5]\d))?/.exec(text);
  const km = distance ? Number(distance[1]) * (distance[2]?.startsWith("m") ? KM_PER_MILE : 1) : undefined;
  const min = duration ? Number(duration[1]) * 60 + Number(duration[2]) + Number(duration[3] ?? 0) / 60 : undefined;
  return {
    ...(km !== undefined && { distanceKm: roundKm(km) }),
    ...(min !== undefined && { durationMin: Math.round(min) }),
  };
}

function raceDistance(words: string): number | undefined {
  if (/\b(?:half|hm)\b/.test(words)) return HALF_MARATHON_KM;
  if (/\bmarathon\b/.test(words)) return MARATHON_KM;
  if (/\bparkrun\b/.test(words)) return 5;
  return undefined;
}

function amounts(
  type: RunType,
  q: Quantities,
  fallback: Partial<Quantities>,
): Pick<Classification, "distanceKm" | "durationMin"> {
  if (type === "rest") return {};
  let km = q.distanceKm ?? fallback.distanceKm;
  const min = q.durationMin ?? fallback.durationMin;
  if (km === undefined && min === undefined && q.bareMiles !== undefined && type !== "cross" && type !== "race") {
    km = milesToKm(q.bareMiles);
  }
  if (type === "race") km ??= raceDistance(q.words);
  if (type === "cross") km = undefined;
  return { ...(km !== undefined && { distanceKm: roundKm(km) }), ...(min !== undefined && { durationMin: min }) };
}

/** Easy-looking sessions that are long enough are long runs, whatever they are called. */
function promoteLong(type: RunType, result: Pick<Classification, "distanceKm" | "durationMin">): RunType {
  if (type !== "easy") return type;
  const long = (result.distanceKm ?? 0) > LONG_RUN_KM || (result.durationMin ?? 0) >= LONG_RUN_MIN;
  return long ? "long" : type;
}

export function classifyRun(title: string, description?: string): Classification {
  const normalized = normalizeText(title);
  const q = readQuantities(normalized);
  const fromTitle = guess(normalized, q);
  const fromDescription = readDescription(description);
  const titleIsVague = fromTitle.type === null ? !NOT_A_RUN.test(normalized) : fromTitle.generic === true;
  const descGuess = fromDescription.g;
  const useDescription = titleIsVague && descGuess?.type != null && !descGuess.generic;
  const chosen = useDescription && descGuess ? descGuess : fromTitle;
  if (chosen.type === null) return { type: null, confidence: chosen.confidence };

  // Loose numbers in a description ("add 2 km each week") are not the session; labelled ones are.
  const fallback = fromDescription.labelled;
  const source = useDescription && fromDescription.q && !hasAmount(q) ? fromDescription.q : q;
  const result = amounts(chosen.type, source, fallback);
  const type = promoteLong(chosen.type, result);
  const confidence = chosen.generic && hasAmount(result) ? "sure" : chosen.confidence;
  return { type, ...result, confidence };
}
