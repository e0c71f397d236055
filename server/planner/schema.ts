import { BLOCK_WEEKS } from "../domain/limits";
import { planInputSchema, type PlanInput, type PlanRequest } from "../domain/plan";

/**
 * The planner's edge: untrusted JSON in, a typed `PlanRequest` (defaults filled in) or a list of
 * `path: message` errors out, one per bad field. The shape and its messages are the product's one
 * plan schema (server/domain/plan.ts), the same the app's forms and procedures use.
 */

export type { PlanRequest };

export type ParseResult = { ok: true; input: PlanRequest } | { ok: false; errors: string[] };

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "input" : path.map(String).join(".");
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path)
    value = typeof value === "object" && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** Validates untrusted input. Never throws. */
export function parsePlanInput(raw: unknown): ParseResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { ok: false, errors: ["input: must be a JSON object"] };
  const parsed = planInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors = parsed.error.issues.map(
    (issue) =>
      `${pathOf(issue.path)}: ${valueAt(raw, issue.path) === undefined && issue.code !== "custom" ? "required" : issue.message}`,
  );
  return { ok: false, errors: [...new Set(errors)] };
}

/** Fills in the defaults of a typed input (for callers that skip `parsePlanInput`). */
export function withDefaults(input: PlanInput): PlanRequest {
  return {
    ...input,
    runs: input.runs.map((run) => (run.distanceKm === 0 ? { ...run, distanceKm: undefined } : run)),
    weeks: input.weeks ?? BLOCK_WEEKS.default,
    allowRestDays: input.allowRestDays ?? false,
    blockedDates: input.blockedDates ?? [],
    log: (input.log ?? []).map((entry) => ({
      ...entry,
      prescribedReps: entry.prescribedReps ?? {},
      sets: entry.sets ?? [],
    })),
  };
}
