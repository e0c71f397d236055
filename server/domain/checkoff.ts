/**
 * Check-off input schemas (issue 9), built from the plain words in ./checkoff-words.ts, which
 * they re-export: server code imports this module, client code may import either.
 */
import { z } from "zod";
import {
  NOTE_MAX_CHARS,
  RPE_MAX,
  RPE_MIN,
  RUN_STATUSES,
  SESSION_STATUSES,
  SET_NUMBER_MAX,
  SET_NUMBER_MIN,
  SKIP_REASONS,
  SORENESS_LEVELS,
} from "./checkoff-words";
import { plainText } from "./text";

/** A catalogue id as stored with a logged set: kebab-case, never control characters. */
export const exerciseIdSchema = plainText(80, "That exercise id is too long.").pipe(
  z.string().regex(/^[a-z0-9-]+$/, "That is not an exercise from the catalogue."),
);

export * from "./checkoff-words";

export const sessionStatusSchema = z.enum(SESSION_STATUSES);
export const runStatusSchema = z.enum(RUN_STATUSES);
export const skipReasonSchema = z.enum(SKIP_REASONS);
export const sorenessSchema = z.enum(SORENESS_LEVELS);

export const rpeSchema = z
  .number()
  .int("Effort is a whole number.")
  .min(RPE_MIN, `Effort is ${RPE_MIN} to ${RPE_MAX}.`)
  .max(RPE_MAX, `Effort is ${RPE_MIN} to ${RPE_MAX}.`);
export const noteSchema = plainText(NOTE_MAX_CHARS, `Keep the note under ${NOTE_MAX_CHARS} characters.`);

/** A client-generated id per write: the same id sent twice is applied once. */
export const clientIdSchema = z.uuid();
/** The moment the user tapped; the later tap wins when writes arrive out of order. */
export const clientTimeSchema = z.iso.datetime({ offset: true });

/** One set actually done. Exactly one of reps, seconds or metres is the measure. */
export const setLogSchema = z
  .object({
    exerciseId: exerciseIdSchema,
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
