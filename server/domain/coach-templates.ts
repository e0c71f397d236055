/**
 * Coach templates (issue 10): the plan settings a coach can save under a name and apply to
 * several athletes. Race or start date and blocked dates are the athlete's own, so they are
 * chosen per athlete when applying. The planner has no preferred-days setting: day choice
 * follows each athlete's runs.
 */
import { z } from "zod";
import { EQUIPMENT, LEVELS } from "./vocabulary";
import { plainText } from "./text";

export const TEMPLATE_NAME_MAX = 80;
export const MAX_ATHLETES_PER_APPLY = 50;

export const templateSettingsSchema = z.object({
  level: z.enum(LEVELS, { error: "Choose beginner, intermediate or advanced." }),
  sessionsPerWeek: z.union([z.literal(2), z.literal(3)], { error: "Choose 2 or 3 sessions a week." }),
  equipment: z.array(z.enum(EQUIPMENT, { error: "Unknown equipment." })).max(EQUIPMENT.length),
  allowRestDays: z.boolean().default(false),
  weeks: z.number().int().min(4, "A block is at least 4 weeks.").max(24, "A block is at most 24 weeks.").optional(),
});
export type TemplateSettings = z.infer<typeof templateSettingsSchema>;

export const templateNameSchema = plainText(
  TEMPLATE_NAME_MAX,
  `Keep the name under ${TEMPLATE_NAME_MAX} characters.`,
).pipe(z.string().min(1, "Give the template a name."));
