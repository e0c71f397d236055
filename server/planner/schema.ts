import { z } from "zod";
import { daysBetween, isIsoDate } from "./dates";
import { EQUIPMENT, LEVELS, RUN_TYPES, type PlanInput } from "./types";

/**
 * The planner's edge: untrusted JSON in, a typed `PlanInput` (defaults filled in) or a list of
 * `path: message` errors out, one per bad field, e.g. `raceDate: not a date`.
 */

export const MIN_WEEKS = 4;
export const MAX_WEEKS = 24;
export const DEFAULT_WEEKS = 16;

/** A message for a value that is missing, or `message` for one that is there but wrong. */
function says(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? "required" : message);
}

const isoDate = z.string({ error: says("not a date") }).refine(isIsoDate, { error: "not a date" });

const positive = (what: string, max: number) =>
  z
    .number({ error: says(`must be a number of ${what}`) })
    .positive({ error: `must be more than 0 ${what}` })
    .max(max, { error: `must be at most ${max} ${what}` });

const runSchema = z.object(
  {
    date: isoDate,
    type: z.enum(RUN_TYPES, { error: says(`must be one of ${RUN_TYPES.join(", ")}`) }),
    distanceKm: positive("km", 500).optional(),
    durationMin: positive("minutes", 1440).optional(),
    title: z.string({ error: "must be text" }).max(200, { error: "must be at most 200 characters" }).optional(),
  },
  { error: says("must be an object with a date and a type") },
);

const inputSchema = z.object(
  {
    raceDate: isoDate.optional(),
    startDate: isoDate.optional(),
    weeks: z
      .number({ error: `must be a whole number from ${MIN_WEEKS} to ${MAX_WEEKS}` })
      .int({ error: `must be a whole number from ${MIN_WEEKS} to ${MAX_WEEKS}` })
      .min(MIN_WEEKS, { error: `must be at least ${MIN_WEEKS}` })
      .max(MAX_WEEKS, { error: `must be at most ${MAX_WEEKS}` })
      .default(DEFAULT_WEEKS),
    sessionsPerWeek: z.union([z.literal(2), z.literal(3)], { error: says("must be 2 or 3") }),
    level: z.enum(LEVELS, { error: says(`must be one of ${LEVELS.join(", ")}`) }),
    equipment: z.array(z.enum(EQUIPMENT, { error: `unknown equipment (known: ${EQUIPMENT.join(", ")})` }), {
      error: says("must be a list of equipment names"),
    }),
    allowRestDays: z.boolean({ error: "must be true or false" }).default(false),
    blockedDates: z.array(isoDate, { error: "must be a list of dates" }).max(1000).default([]),
    runs: z.array(runSchema, { error: says("must be a list of runs") }).max(5000, {
      error: "must hold at most 5000 runs",
    }),
  },
  { error: "must be a JSON object" },
);

/** A validated request: every default applied. */
export type PlanRequest = PlanInput & {
  weeks: number;
  allowRestDays: boolean;
  blockedDates: string[];
};

export type ParseResult = { ok: true; input: PlanRequest } | { ok: false; errors: string[] };

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "input" : path.map(String).join(".");
}

/** Checks between fields; dates that are themselves invalid are reported by the schema. */
function crossFieldErrors(raw: unknown): string[] {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return [];
  const { raceDate, startDate } = raw as { raceDate?: unknown; startDate?: unknown };
  if (raceDate === undefined && startDate === undefined) return ["raceDate: a block needs a raceDate or a startDate"];
  const valid = (date: unknown): date is string => typeof date === "string" && isIsoDate(date);
  if (valid(raceDate) && valid(startDate) && daysBetween(startDate, raceDate) < 0)
    return ["raceDate: before startDate"];
  return [];
}

/** Validates untrusted input. Never throws. */
export function parsePlanInput(raw: unknown): ParseResult {
  const parsed = inputSchema.safeParse(raw);
  const fieldErrors = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${pathOf(issue.path)}: ${issue.message}`);
  const errors = [...new Set([...crossFieldErrors(raw), ...fieldErrors])];
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}

/** Fills in the defaults of a typed input (for callers that skip `parsePlanInput`). */
export function withDefaults(input: PlanInput): PlanRequest {
  return {
    ...input,
    weeks: input.weeks ?? DEFAULT_WEEKS,
    allowRestDays: input.allowRestDays ?? false,
    blockedDates: input.blockedDates ?? [],
  };
}
