import { z } from "zod";
import { MAX_ATHLETES_PER_APPLY, templateNameSchema, templateSettingsSchema } from "../domain/coach-templates";
import { isoDateSchema } from "./runs";

export const saveTemplateSchema = z.object({
  /** Present to change an existing template, absent to create one. */
  templateId: z.uuid().optional(),
  name: templateNameSchema,
  settings: templateSettingsSchema,
});

export const templateRefSchema = z.object({ templateId: z.uuid() });

/** One athlete to place the template for: their race day, or a start date if not racing. */
const targetSchema = z.object({
  athleteId: z.uuid(),
  raceDate: isoDateSchema.optional(),
  startDate: isoDateSchema.optional(),
});

export const applyTemplateSchema = templateRefSchema.extend({
  athletes: z
    .array(targetSchema)
    .min(1, "Choose at least one athlete.")
    .max(MAX_ATHLETES_PER_APPLY, `Apply to at most ${MAX_ATHLETES_PER_APPLY} athletes at once.`)
    .refine((targets) => new Set(targets.map((t) => t.athleteId)).size === targets.length, "Each athlete once."),
});
export type ApplyTemplateInput = z.infer<typeof applyTemplateSchema>;
