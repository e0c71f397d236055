import { z } from "zod";
import { exerciseIdSchema } from "../domain/checkoff";
import { isoDateSchema } from "../domain/date-schema";
import { planSettingsSchema, type PlanSettings, type PlanSettingsInput } from "../domain/plan";
import { plainText } from "../domain/text";
import { athleteRefSchema } from "./runs";

export { planSettingsSchema, type PlanSettings, type PlanSettingsInput };

export const previewPlanSchema = athleteRefSchema.extend({ settings: planSettingsSchema });
export const createPlanSchema = previewPlanSchema.extend({
  name: plainText(100, "Keep the name under 100 characters.")
    .pipe(z.string().min(1, "Give the plan a name."))
    .optional(),
});

export const planRefSchema = z.object({ planId: z.uuid() });
export const sessionRefSchema = z.object({ sessionId: z.uuid() });
export const weekQuerySchema = athleteRefSchema.extend({ date: isoDateSchema.optional() });

export const moveSessionSchema = sessionRefSchema.extend({
  date: isoDateSchema,
  /** The athlete has seen the warnings and moves it anyway. */
  confirm: z.boolean().default(false),
});

export const swapExerciseSchema = z.object({
  sessionId: z.uuid(),
  position: z.number().int().min(0).max(50),
  exerciseId: exerciseIdSchema,
});

export const replanSchema = planRefSchema.extend({
  confirm: z.boolean().default(false),
  /** The athlete says the injury they skipped for is fine: its movement patterns come back from today. */
  injuryFine: z.boolean().default(false),
});

export type PreviewPlanInput = z.output<typeof previewPlanSchema>;
export type CreatePlanInput = z.output<typeof createPlanSchema>;
export type WeekQuery = z.output<typeof weekQuerySchema>;
export type MoveSessionInput = z.output<typeof moveSessionSchema>;
export type SwapExerciseInput = z.output<typeof swapExerciseSchema>;
export type ReplanInput = z.output<typeof replanSchema>;
