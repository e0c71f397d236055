import { z } from "zod";
import {
  clientIdSchema,
  clientTimeSchema,
  MAX_SETS_PER_LOG,
  noteSchema,
  rpeSchema,
  runStatusSchema,
  sessionStatusSchema,
  setLogSchema,
  skipReasonSchema,
  sorenessSchema,
} from "../domain/checkoff";
import { athleteRefSchema, dateRangeSchema } from "./runs";

const writeFields = { clientId: clientIdSchema, clientTime: clientTimeSchema };

export const sessionCheckOffSchema = z.object({
  sessionId: z.uuid(),
  status: sessionStatusSchema,
  reason: skipReasonSchema.optional(),
  ...writeFields,
});
export type SessionCheckOffInput = z.infer<typeof sessionCheckOffSchema>;

export const sessionLogSchema = z.object({
  sessionId: z.uuid(),
  rpe: rpeSchema.optional(),
  note: noteSchema.optional(),
  sets: z.array(setLogSchema).max(MAX_SETS_PER_LOG, `A log holds at most ${MAX_SETS_PER_LOG} sets.`),
  ...writeFields,
});
export type SessionLogInput = z.infer<typeof sessionLogSchema>;

export const sessionSorenessSchema = z.object({ sessionId: z.uuid(), soreness: sorenessSchema, ...writeFields });
export type SessionSorenessInput = z.infer<typeof sessionSorenessSchema>;

export const sessionHistorySchema = z.object({ sessionId: z.uuid() });

export const runCheckOffSchema = z.object({
  runId: z.uuid(),
  status: runStatusSchema,
  reason: skipReasonSchema.optional(),
  actualDistanceKm: z.number().positive().max(500, "That distance is too long for one run.").optional(),
  actualMinutes: z
    .number()
    .int()
    .positive()
    .max(24 * 60, "A run is at most 24 hours.")
    .optional(),
  ...writeFields,
});
export type RunCheckOffInput = z.infer<typeof runCheckOffSchema>;

export const adherenceSummarySchema = z.intersection(athleteRefSchema, dateRangeSchema);
export const adherenceRecentSchema = athleteRefSchema;
