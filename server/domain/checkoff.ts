/**
 * Check-off vocabulary (issue 9): the words, limits and adherence bands shared by the server and the
 * browser. Pure zod and plain functions only, so client components may import it.
 */
import { z } from "zod";

/** "planned" means not ticked; writing it is the undo. */
export const SESSION_STATUSES = ["planned", "done", "partial", "skipped"] as const;
export const sessionStatusSchema = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const RUN_STATUSES = ["planned", "done", "skipped"] as const;
export const runStatusSchema = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof runStatusSchema>;

export const SKIP_REASONS = ["ill", "injured", "no-time", "travel", "other"] as const;
export const skipReasonSchema = z.enum(SKIP_REASONS);
export type SkipReason = z.infer<typeof skipReasonSchema>;
export const SKIP_REASON_LABELS: Record<SkipReason, string> = {
  ill: "Ill",
  injured: "Injured",
  "no-time": "No time",
  travel: "Travel",
  other: "Other",
};

export const SORENESS_LEVELS = ["none", "mild", "sore", "very-sore"] as const;
export const sorenessSchema = z.enum(SORENESS_LEVELS);
export type Soreness = z.infer<typeof sorenessSchema>;
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

export const rpeSchema = z
  .number()
  .int("Effort is a whole number.")
  .min(RPE_MIN, `Effort is ${RPE_MIN} to ${RPE_MAX}.`)
  .max(RPE_MAX, `Effort is ${RPE_MIN} to ${RPE_MAX}.`);
export const noteSchema = z.string().trim().max(NOTE_MAX_CHARS, `Keep the note under ${NOTE_MAX_CHARS} characters.`);

/** A client-generated id per write: the same id sent twice is applied once. */
export const clientIdSchema = z.uuid();
/** The moment the user tapped; the later tap wins when writes arrive out of order. */
export const clientTimeSchema = z.iso.datetime({ offset: true });

/** One set actually done. Exactly one of reps, seconds or metres is the measure. */
export const setLogSchema = z
  .object({
    exerciseId: z.string().min(1).max(80),
    set: z.number().int().min(SET_NUMBER_MIN).max(SET_NUMBER_MAX, `At most ${SET_NUMBER_MAX} sets per exercise.`),
    reps: z.number().int().min(0).max(1000).optional(),
    seconds: z
      .number()
      .int()
      .min(0)
      .max(24 * 3600)
      .optional(),
    metres: z.number().min(0).max(100_000).optional(),
    loadKg: z.number().min(0).max(1000).optional(),
    bodyweight: z.boolean().optional(),
  })
  .refine((s) => [s.reps, s.seconds, s.metres].filter((v) => v !== undefined).length <= 1, {
    message: "Log reps, seconds or metres, not more than one.",
  });
export type SetLog = z.infer<typeof setLogSchema>;

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

/** Calendar entries that are not runs to tick for adherence: cross-training and rest days. */
export const RUN_TYPES_NOT_COUNTED = ["cross", "rest"] as const;
export function runCountsForAdherence(type: string): boolean {
  return !(RUN_TYPES_NOT_COUNTED as readonly string[]).includes(type);
}
