import { z } from "zod";
import { exerciseIdSchema } from "./checkoff";
import { isoDateSchema } from "./date-schema";
import { daysBetween, isSaneDate } from "./dates";
import { plainText } from "./text";
import { BLOCK_WEEKS, MAX_BLOCKED_DATES, MAX_LOGGED_SESSIONS, MAX_RUNS, RUN_LIMITS } from "./limits";
import { MAX_SETS_PER_LOG, RPE_MAX, RPE_MIN, SKIP_REASONS, SORENESS_LEVELS } from "./checkoff-words";
import {
  equipmentSchema,
  EQUIPMENT,
  levelSchema,
  liftingExperienceSchema,
  loadSchema,
  phaseSchema,
  runTypeSchema,
} from "./vocabulary";

/**
 * The shapes of a plan, defined once: what an athlete asks for (settings), the runs it is laid
 * around, and what the planner hands back. The planner's CLI, the tRPC procedures, the forms and
 * the stored jsonb columns all parse with these schemas.
 */

/** Each field of a run once: the planner's input and the run forms build on them. */
export const runFieldSchemas = {
  date: isoDateSchema,
  type: runTypeSchema,
  /** 0 km (as many exports write a cross-training or rest entry) means no distance. */
  distanceKm: z
    .number({ error: "Give the distance as a number of kilometres." })
    .min(0, "Distance cannot be negative.")
    .max(RUN_LIMITS.maxKm, "That distance is too long for one run.")
    .transform((km) => (km === 0 ? undefined : km)),
  durationMin: z
    .number({ error: "Give the duration as a number of minutes." })
    .int("Give the duration in whole minutes.")
    .positive("Duration must be more than zero.")
    .max(RUN_LIMITS.maxMinutes, "A run is at most 24 hours."),
  title: plainText(RUN_LIMITS.maxTitle, "Keep the title under 200 characters."),
};

/** A run on the athlete's calendar. */
export const runSchema = z.object({
  date: runFieldSchemas.date,
  type: runFieldSchemas.type,
  distanceKm: runFieldSchemas.distanceKm.optional(),
  durationMin: runFieldSchemas.durationMin.optional(),
  title: runFieldSchemas.title.optional(),
});
export type Run = z.output<typeof runSchema>;

const settingsFields = z.object({
  raceDate: isoDateSchema.optional(),
  startDate: isoDateSchema.optional(),
  weeks: z
    .number({ error: `Choose a whole number of weeks from ${BLOCK_WEEKS.min} to ${BLOCK_WEEKS.max}.` })
    .int(`Choose a whole number of weeks from ${BLOCK_WEEKS.min} to ${BLOCK_WEEKS.max}.`)
    .min(BLOCK_WEEKS.min, `A block is at least ${BLOCK_WEEKS.min} weeks.`)
    .max(BLOCK_WEEKS.max, `A block is at most ${BLOCK_WEEKS.max} weeks.`)
    .default(BLOCK_WEEKS.default),
  sessionsPerWeek: z.union([z.literal(2), z.literal(3)], { error: "Choose 2 or 3 sessions a week." }),
  level: levelSchema,
  /** Asked apart from running level; plans stored before it was asked read it from the level. */
  liftingExperience: liftingExperienceSchema.optional(),
  equipment: z
    .array(equipmentSchema, { error: "Choose the equipment from the list." })
    .max(EQUIPMENT.length, "Each piece of equipment once."),
  allowRestDays: z.boolean({ error: "Say yes or no to sessions on rest days." }).default(false),
  blockedDates: z
    .array(isoDateSchema, { error: "Blocked dates must be a list of dates." })
    .max(MAX_BLOCKED_DATES, `Block at most ${MAX_BLOCKED_DATES} dates.`)
    .default([]),
  /**
   * The day the athlete said an injury is fine: sessions skipped as "injured" on or before it no
   * longer keep their movement patterns out of the plan.
   */
  injuriesClearedOn: isoDateSchema.optional(),
});

type DatedBlock = { raceDate?: string; startDate?: string };

function raceBeforeStart(race: string | undefined, start: string | undefined): boolean {
  if (race === undefined || start === undefined || !isSaneDate(race) || !isSaneDate(start)) return false;
  return daysBetween(start, race) < 0;
}

/** A block needs a race day or a start day, and a race cannot come before the start. */
function checkBlockDates(settings: DatedBlock, ctx: z.RefinementCtx): void {
  if (!settings.raceDate && !settings.startDate) {
    ctx.addIssue({
      code: "custom",
      path: ["raceDate"],
      message: "Choose a race date, or a start date if you are not racing.",
    });
  } else if (raceBeforeStart(settings.raceDate, settings.startDate)) {
    ctx.addIssue({ code: "custom", path: ["raceDate"], message: "The race must come after the start date." });
  }
}

/** What the athlete chooses for a block; stored with the plan (jsonb) and re-read to re-plan. */
export const planSettingsSchema = settingsFields.superRefine(checkBlockDates);
export type PlanSettings = z.output<typeof planSettingsSchema>;
export type PlanSettingsInput = z.input<typeof planSettingsSchema>;

/** One set the athlete logged, as the planner reads it: what was lifted, how many times. */
export const loggedSetSchema = z.object({
  exerciseId: exerciseIdSchema,
  reps: z.number().int().min(0).max(1000).optional(),
  loadKg: z.number().min(0).max(1000).optional(),
});
export type LoggedSet = z.output<typeof loggedSetSchema>;

/**
 * A past strength session as the training log tells it: done, partly done, skipped (with the reason)
 * or missed (its day passed with no tick), how hard it felt and how sore the athlete was after, and
 * the sets lifted. The planner anchors loads to these sets and adjusts the weeks ahead from them.
 */
export const loggedSessionSchema = z.object({
  date: isoDateSchema,
  status: z.enum(["done", "partial", "skipped", "missed"]),
  skipReason: z.enum(SKIP_REASONS).optional(),
  rpe: z.number().int().min(RPE_MIN).max(RPE_MAX).optional(),
  soreness: z.enum(SORENESS_LEVELS).optional(),
  /** The reps the prescription asked for per exercise that day, so "beat the top of the range" can be read. */
  prescribedReps: z.record(z.string(), z.number().int().positive()).default({}),
  sets: z.array(loggedSetSchema).max(MAX_SETS_PER_LOG).default([]),
});
export type LoggedSession = z.output<typeof loggedSessionSchema>;

/** The planner's whole input: the settings, the run calendar and, when there is one, the training log. */
export const planInputSchema = settingsFields
  .extend({
    runs: z.array(runSchema, { error: "Runs must be a list." }).max(MAX_RUNS, `A plan holds at most ${MAX_RUNS} runs.`),
    /** The athlete's today: the log is read up to it and only weeks after it are adjusted. */
    today: isoDateSchema.optional(),
    log: z
      .array(loggedSessionSchema)
      .max(MAX_LOGGED_SESSIONS, `The planner reads at most ${MAX_LOGGED_SESSIONS} logged sessions.`)
      .default([]),
  })
  .superRefine(checkBlockDates);
/** A validated planner input, every default applied. */
export type PlanRequest = z.output<typeof planInputSchema>;
/** What callers may hand the planner: defaults optional. */
export type PlanInput = z.input<typeof planInputSchema>;

/** A rule name a reason or warning refers to, so the UI and the tests can key on it. */
export const reasonSchema = z.object({ rule: z.string(), text: z.string() });
export type Reason = z.infer<typeof reasonSchema>;
export type RuleName = Reason["rule"];

export const planWarningSchema = z.object({ rule: z.string(), date: isoDateSchema.optional(), text: z.string() });
export type PlanWarning = z.infer<typeof planWarningSchema>;

export const prescribedExerciseSchema = z.object({
  exerciseId: z.string(),
  sets: z.number().int().positive(),
  reps: z.number().int().positive().optional(),
  seconds: z.number().int().positive().optional(),
  metres: z.number().int().positive().optional(),
  perSide: z.boolean(),
  /** Human guidance: "bodyweight", "light band", "RPE 7, 3 reps in reserve", ... */
  intensity: z.string(),
  /** One line on why this exercise is in this session. */
  why: z.string().optional(),
  /** A load anchored to what the athlete logged, in kg (shown in their unit); absent without a log. */
  loadKg: z.number().positive().optional(),
});
export type PrescribedExercise = z.infer<typeof prescribedExerciseSchema>;

export const plannedSessionSchema = z.object({
  date: isoDateSchema,
  load: loadSchema,
  focus: z.string(),
  exercises: z.array(prescribedExerciseSchema),
  reasons: z.array(reasonSchema),
  /** A short warm-up, step by step, done before the first exercise. */
  warmUp: z.array(z.string()).default([]),
  /** Estimated length in minutes, warm-up included. */
  minutes: z.number().int().positive().optional(),
  /** The exercises (by id) kept in the 15-minute version, for a day with little time. */
  shortVersion: z.array(z.string()).default([]),
  /** Offered, not expected: a short travel session in a blocked week does not count against adherence. */
  optional: z.boolean().default(false),
});
export type PlannedSession = z.infer<typeof plannedSessionSchema>;

export const plannedWeekSchema = z.object({
  index: z.number().int(),
  startDate: isoDateSchema,
  phase: phaseSchema,
  deload: z.boolean(),
  /** The first week back after 10 or more days without a session: held at the last completed week's load. */
  reEntry: z.boolean().default(false),
  sessions: z.array(plannedSessionSchema),
});
export type PlannedWeek = z.infer<typeof plannedWeekSchema>;

export const planSchema = z.object({
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  weeks: z.array(plannedWeekSchema),
  warnings: z.array(planWarningSchema),
});
export type Plan = z.infer<typeof planSchema>;
