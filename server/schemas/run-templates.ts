import { z } from "zod";
import { WEEKDAY_SLOTS } from "../domain/vocabulary";
import { TEMPLATE_IDS } from "../templates";
import { athleteRefSchema, isoDateSchema } from "./runs";

export const DAY_ROLES = ["long", "quality", "easy", "rest"] as const;
export const WEEKDAYS = WEEKDAY_SLOTS;

/** The own-week builder's limits, in kilometres (the page converts from the athlete's unit). */
export const LONG_RUN_LIMITS_KM = { min: 5, max: 45 } as const;
export const OWN_WEEK_WEEKS = { min: 6, max: 30 } as const;

const dayRole = z.enum(DAY_ROLES, { error: "Choose long, quality, easy or rest for each day." });
const longRunKm = z
  .number({ error: "Give the long run's distance as a number." })
  .min(LONG_RUN_LIMITS_KM.min, "Long runs start at 5 km (3.1 mi) or more.")
  .max(LONG_RUN_LIMITS_KM.max, "Keep long runs at 45 km (28 mi) or less.");

export const ownWeekSchema = z
  .object({
    weeks: z
      .number({ error: "Say how many weeks the plan lasts." })
      .int("Use a whole number of weeks.")
      .min(OWN_WEEK_WEEKS.min, "A plan is at least 6 weeks long.")
      .max(OWN_WEEK_WEEKS.max, "A plan is at most 30 weeks long."),
    days: z.object(
      Object.fromEntries(WEEKDAYS.map((day) => [day, dayRole])) as Record<(typeof WEEKDAYS)[number], typeof dayRole>,
    ),
    longRunStartKm: longRunKm,
    longRunPeakKm: longRunKm,
    stepBackEvery: z.union([z.literal(3), z.literal(4)], { error: "Step back every 3rd or 4th week." }),
  })
  .refine((week) => Object.values(week.days).filter((role) => role === "long").length === 1, {
    message: "Choose exactly one day for the long run.",
    path: ["days"],
  })
  .refine((week) => week.longRunStartKm <= week.longRunPeakKm, {
    message: "The longest run must be at least as long as the first one.",
    path: ["longRunPeakKm"],
  });
export type OwnWeek = z.infer<typeof ownWeekSchema>;

export const templateChoiceSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("published"),
    templateId: z.enum(TEMPLATE_IDS, { error: "Choose one of the plans." }),
    raceDate: isoDateSchema,
  }),
  z.object({ kind: z.literal("own-week"), raceDate: isoDateSchema, week: ownWeekSchema }),
]);
export type TemplateChoice = z.infer<typeof templateChoiceSchema>;

export const templateRequestSchema = athleteRefSchema.extend({ choice: templateChoiceSchema });
export type TemplateRequest = z.output<typeof templateRequestSchema>;
