import { z } from "zod";
import { daysBetween } from "../domain/dates";
import { isoDateSchema } from "../domain/date-schema";
import { ICS_TOO_LARGE, MAX_ICS_BYTES, MAX_RANGE_DAYS, MAX_RUNS } from "../domain/limits";
import { runFieldSchemas } from "../domain/plan";
import { plainText } from "../domain/text";
import { runTypeSchema } from "../domain/vocabulary";

export { isoDateSchema, runTypeSchema };

export const dateRangeSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .refine((range) => range.from <= range.to, { message: "The range must start before it ends.", path: ["to"] })
  .refine((range) => daysBetween(range.from, range.to) <= MAX_RANGE_DAYS, {
    message: "Choose a range of at most two years.",
    path: ["to"],
  });

/** A run as the forms send it: a distance or duration may be cleared with null. */
const runFields = {
  date: runFieldSchemas.date,
  type: runFieldSchemas.type,
  distanceKm: runFieldSchemas.distanceKm.nullable().optional(),
  durationMin: runFieldSchemas.durationMin.nullable().optional(),
  title: runFieldSchemas.title.optional(),
};

export const athleteRefSchema = z.object({ athleteId: z.uuid().optional() });

/** Whose day, and optionally which week (any date in it): the week's bounds come back. */
export const athleteDayQuerySchema = athleteRefSchema.extend({ date: isoDateSchema.optional() });

export const createRunSchema = athleteRefSchema.extend(runFields);
export const updateRunSchema = z.object({ runId: z.uuid(), ...runFields }).partial({ date: true, type: true });
export const deleteRunSchema = z.object({ runId: z.uuid() });

/** A file's characters never outnumber its bytes, so this bound never refuses a file under 5 MB. */
export { ICS_TOO_LARGE, MAX_ICS_BYTES };

/** Base64 of a file of MAX_ICS_BYTES: four characters for every three bytes. */
export const MAX_ICS_BASE64_CHARS = Math.ceil(MAX_ICS_BYTES / 3) * 4;

/**
 * A calendar comes as pasted text, or as a file's bytes in base64 so the server can tell UTF-16
 * and byte-order marks apart (a browser's File.text() would already have decoded it as UTF-8).
 */
export const importPreviewSchema = athleteRefSchema
  .extend({
    text: z.string().min(1, "The file is empty.").max(MAX_ICS_BYTES, ICS_TOO_LARGE).optional(),
    file: z
      .string()
      .min(1, "The file is empty.")
      .max(MAX_ICS_BASE64_CHARS, ICS_TOO_LARGE)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, "The file did not arrive whole. Choose it once more.")
      .optional(),
    from: isoDateSchema,
    to: isoDateSchema,
  })
  .refine((input) => (input.text === undefined) !== (input.file === undefined), {
    message: "Send the calendar as a file or as text, one of the two.",
    path: ["file"],
  });

export const reviewedRunSchema = z.object({
  uid: plainText(1000, "That event id is too long.").pipe(z.string().min(1, "Each event needs an id.")),
  include: z.boolean(),
  ...runFields,
});
export type ReviewedRun = z.infer<typeof reviewedRunSchema>;

export const importCommitSchema = athleteRefSchema.extend({
  from: isoDateSchema,
  to: isoDateSchema,
  runs: z
    .array(reviewedRunSchema)
    .max(MAX_RUNS, `That is more runs than one import may hold (${MAX_RUNS}).`)
    .refine(
      (runs) => new Set(runs.map((run) => run.uid)).size === runs.length,
      "Each calendar event may appear only once.",
    ),
});

export type AthleteDayQuery = z.output<typeof athleteDayQuerySchema>;
