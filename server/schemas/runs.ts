import { z } from "zod";
import { isIsoDate } from "../domain/dates";
import { RUN_TYPES } from "../planner/types";

export const isoDateSchema = z.string().refine(isIsoDate, "Use a real date written as YYYY-MM-DD.");
export const runTypeSchema = z.enum(RUN_TYPES);

export const dateRangeSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .refine((range) => range.from <= range.to, { message: "The range must start before it ends.", path: ["to"] })
  .refine((range) => daysApart(range.from, range.to) <= 800, {
    message: "Choose a range of at most two years.",
    path: ["to"],
  });

function daysApart(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

const runFields = {
  date: isoDateSchema,
  type: runTypeSchema,
  distanceKm: z
    .number()
    .positive("Distance must be more than zero.")
    .max(500, "That distance is too long for one run.")
    .nullable()
    .optional(),
  durationMin: z
    .number()
    .int()
    .positive("Duration must be more than zero.")
    .max(24 * 60, "A run is at most 24 hours.")
    .nullable()
    .optional(),
  title: z.string().trim().max(200, "Keep the title under 200 characters.").optional(),
};

export const athleteRefSchema = z.object({ athleteId: z.uuid().optional() });

export const createRunSchema = athleteRefSchema.extend(runFields);
export const updateRunSchema = z.object({ runId: z.uuid(), ...runFields }).partial({ date: true, type: true });
export const deleteRunSchema = z.object({ runId: z.uuid() });

export const MAX_ICS_CHARS = 5 * 1024 * 1024;
/** Also shown by the import page, which refuses a bigger file before uploading it. */
export const ICS_TOO_LARGE = "That file is over 5 MB: export a shorter date range.";

export const importPreviewSchema = athleteRefSchema.extend({
  text: z.string().min(1, "The file is empty.").max(MAX_ICS_CHARS, ICS_TOO_LARGE),
  from: isoDateSchema,
  to: isoDateSchema,
});

export const reviewedRunSchema = z.object({
  uid: z.string().min(1).max(1000),
  include: z.boolean(),
  ...runFields,
});
export type ReviewedRun = z.infer<typeof reviewedRunSchema>;

export const importCommitSchema = athleteRefSchema.extend({
  from: isoDateSchema,
  to: isoDateSchema,
  runs: z
    .array(reviewedRunSchema)
    .max(5000, "That is more runs than one import may hold (5000).")
    .refine(
      (runs) => new Set(runs.map((run) => run.uid)).size === runs.length,
      "Each calendar event may appear only once.",
    ),
});
