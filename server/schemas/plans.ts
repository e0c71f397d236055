import { z } from "zod";
import { EQUIPMENT, LEVELS } from "../planner/types";
import { athleteRefSchema, isoDateSchema } from "./runs";

export const planSettingsSchema = z
  .object({
    raceDate: isoDateSchema.optional(),
    startDate: isoDateSchema.optional(),
    weeks: z.number().int().min(4, "A block is at least 4 weeks.").max(24, "A block is at most 24 weeks.").optional(),
    sessionsPerWeek: z.union([z.literal(2), z.literal(3)], { error: "Choose 2 or 3 sessions a week." }),
    level: z.enum(LEVELS, { error: "Choose beginner, intermediate or advanced." }),
    equipment: z.array(z.enum(EQUIPMENT, { error: "Unknown equipment." })).max(EQUIPMENT.length),
    allowRestDays: z.boolean().default(false),
    blockedDates: z.array(isoDateSchema).max(366).default([]),
  })
  .refine((settings) => settings.raceDate || settings.startDate, {
    message: "Choose a race date, or a start date if you are not racing.",
    path: ["raceDate"],
  });
export type PlanSettings = z.infer<typeof planSettingsSchema>;

export const previewPlanSchema = athleteRefSchema.extend({ settings: planSettingsSchema });
export const createPlanSchema = previewPlanSchema.extend({
  name: z.string().trim().min(1, "Give the plan a name.").max(100, "Keep the name under 100 characters.").optional(),
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
  exerciseId: z.string().min(1).max(80),
});

export const replanSchema = planRefSchema.extend({ confirm: z.boolean().default(false) });
