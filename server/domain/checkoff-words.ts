import { NOT_RUNNING } from "./enums";

/**
 * Check-off words, limits and adherence bands as plain data and functions, with no zod, so the
 * week view can use them without shipping a schema library. server/domain/checkoff.ts builds the
 * input schemas from these same lists.
 */

/** "planned" means not ticked; writing it is the undo. */
export const SESSION_STATUSES = ["planned", "done", "partial", "skipped"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const RUN_STATUSES = ["planned", "done", "skipped"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const SKIP_REASONS = ["ill", "injured", "no-time", "travel", "other"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
export const SKIP_REASON_LABELS: Record<SkipReason, string> = {
  ill: "Ill",
  injured: "Injured",
  "no-time": "No time",
  travel: "Travel",
  other: "Other",
};

export const SORENESS_LEVELS = ["none", "mild", "sore", "very-sore"] as const;
export type Soreness = (typeof SORENESS_LEVELS)[number];
/** The same word, named apart from the planner's exercise soreness in server/domain/vocabulary.ts. */
export type SorenessLevel = Soreness;
export const SORENESS_LABELS: Record<Soreness, string> = {
  none: "None",
  mild: "Mild",
  sore: "Sore",
  "very-sore": "Very sore",
};

export const RPE_MIN = 1;
export const RPE_MAX = 10;
export const NOTE_MAX_CHARS = 1000;
export const MAX_SETS_PER_LOG = 60;
export const SET_NUMBER_MIN = 1;
export const SET_NUMBER_MAX = 20;

export const ADHERENCE_BANDS = ["on-track", "partial", "off", "missed", "none"] as const;
export type AdherenceBand = (typeof ADHERENCE_BANDS)[number];
export const ADHERENCE_BAND_LABELS: Record<AdherenceBand, string> = {
  "on-track": "On track",
  partial: "Partial",
  off: "Off track",
  missed: "Missed",
  none: "Nothing due",
};
/** Thresholds as coaching tools use them: on track from 80%, partial from 50%. */
export const ON_TRACK_FROM = 0.8;
export const PARTIAL_FROM = 0.5;

export function adherenceBand(done: number, planned: number): AdherenceBand {
  if (planned <= 0) return "none";
  if (done <= 0) return "missed";
  const ratio = done / planned;
  if (ratio >= ON_TRACK_FROM) return "on-track";
  if (ratio >= PARTIAL_FROM) return "partial";
  return "off";
}

/** Percent rounded to a whole number; null when nothing was due. */
export function adherencePercent(done: number, planned: number): number | null {
  return planned > 0 ? Math.round((done / planned) * 100) : null;
}

export type AdherenceFigure = { done: number; planned: number; percent: number | null; band: AdherenceBand };

export function adherenceFigure(done: number, planned: number): AdherenceFigure {
  return { done, planned, percent: adherencePercent(done, planned), band: adherenceBand(done, planned) };
}

/**
 * The combined figure is the mean of the strength and run ratios when both have something due, otherwise
 * the one that does. done and planned are the summed items (sets plus runs), shown for context only.
 */
export function combinedFigure(strength: AdherenceFigure, runs: AdherenceFigure): AdherenceFigure {
  const ratios = [strength, runs].filter((f) => f.planned > 0).map((f) => f.done / f.planned);
  const done = strength.done + runs.done;
  const planned = strength.planned + runs.planned;
  if (ratios.length === 0) return { done, planned, percent: null, band: "none" };
  const mean = ratios.reduce((sum, r) => sum + r, 0) / ratios.length;
  return { done, planned, percent: Math.round(mean * 100), band: adherenceBand(mean, 1) };
}

/** Cross-training and rest days are not runs to tick: they count for nothing in adherence. */
export function runCountsForAdherence(type: string): boolean {
  return !(NOT_RUNNING as readonly string[]).includes(type);
}
