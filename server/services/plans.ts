import type { Database } from "@/db/client";
import { archiveActivePlan, findActivePlan, findPlan, insertPlanTree, listPlans } from "@/db/queries/plans";
import { plannerLog } from "@/db/queries/planner-log";
import { listAllRuns } from "@/db/queries/runs";
import { findUserProfile } from "@/db/queries/users";
import type { PlanRow } from "@/db/schema";
import { buildPlan, PlanInputError } from "../planner";
import type { Plan, PlanInput } from "../planner/types";
import type { PlanSettings } from "../schemas/plans";
import { canAccessAthlete } from "./access";
import { todayIn } from "./clock";
import { resolveAthlete } from "./athletes";
import { notFound, ServiceError } from "./errors";
import { recordChanges } from "./history";
import { calendarFingerprint, planToRows, toPlannerRuns } from "./plan-tree";
import type { CreatePlanInput, PreviewPlanInput } from "../schemas/plans";

/** What the planner reads besides the settings for an existing athlete: their today and training log. */
export type PlannerContext = Pick<PlanInput, "today" | "log">;

/** The athlete's today (in their time zone) and their log up to it, read for every planner call. */
export async function plannerContext(db: Database, athleteId: string, now: Date): Promise<PlannerContext> {
  const athlete = await findUserProfile(db, athleteId);
  const today = todayIn(athlete?.timeZone ?? "UTC", now);
  return { today, log: await plannerLog(db, { athleteId, today }) };
}

/** Runs the planner on the athlete's stored run calendar and log; also says which calendar it read. */
export async function planFromCalendar(
  db: Database,
  athleteId: string,
  settings: Omit<PlanInput, "runs" | "today" | "log">,
  context: PlannerContext = {},
): Promise<Plan & { calendarFingerprint: string }> {
  const runs = toPlannerRuns(await listAllRuns(db, athleteId));
  try {
    return { ...buildPlan({ ...settings, ...context, runs }), calendarFingerprint: calendarFingerprint(runs) };
  } catch (error) {
    if (error instanceof PlanInputError) throw new ServiceError("invalid", error.message);
    throw error;
  }
}

/** `now` gives the planner the athlete's today and log; callers without a clock plan from the calendar alone. */
export async function previewPlan(db: Database, viewerId: string, input: PreviewPlanInput, now?: Date): Promise<Plan> {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const context = now ? await plannerContext(db, athlete.id, now) : {};
  const { calendarFingerprint: _fingerprint, ...plan } = await planFromCalendar(
    db,
    athlete.id,
    input.settings,
    context,
  );
  return plan;
}

/**
 * Builds and saves a plan in one transaction: the previous active plan is archived (it stays
 * readable) and the new one, with its weeks, sessions and exercises, is written in batches.
 */
export async function createPlan(
  db: Database,
  viewerId: string,
  input: CreatePlanInput,
  now?: Date,
): Promise<{ planId: string }> {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const context = now ? await plannerContext(db, athlete.id, now) : {};
  const plan = await planFromCalendar(db, athlete.id, input.settings, context);
  const name = input.name ?? defaultPlanName(input.settings);
  const rows = planToRows(athlete.id, plan, input.settings, name, plan.calendarFingerprint);
  await db.transaction(async (tx) => {
    const previous = await findActivePlan(tx, athlete.id);
    await archiveActivePlan(tx, athlete.id);
    await insertPlanTree(tx, rows);
    const who = { athleteId: athlete.id, actorId: viewerId, entity: "plan" as const };
    await recordChanges(tx, [
      ...(previous
        ? [{ ...who, entityId: previous.id, action: "archived" as const, before: { name: previous.name } }]
        : []),
      { ...who, entityId: rows.plan.id, action: "created", after: { name, startDate: rows.plan.startDate } },
    ]);
  });
  return { planId: rows.plan.id };
}

function defaultPlanName(settings: PlanSettings): string {
  return settings.raceDate
    ? `Strength block to race day ${settings.raceDate}`
    : `Strength block from ${settings.startDate}`;
}

export async function listAthletePlans(db: Database, viewerId: string, athleteId?: string) {
  const athlete = await resolveAthlete(db, viewerId, athleteId);
  return (await listPlans(db, athlete.id)).map(({ id, name, status, startDate, endDate, raceDate, createdAt }) => ({
    id,
    name,
    status,
    startDate,
    endDate,
    raceDate,
    createdAt,
  }));
}

/** A plan the caller may see, or NOT_FOUND (a stranger learns nothing, not even that it exists). */
export async function accessiblePlan(db: Database, viewerId: string, planId: string): Promise<PlanRow> {
  const plan = await findPlan(db, planId);
  if (!plan || !(await canAccessAthlete(db, viewerId, plan.athleteId))) throw notFound("That plan");
  return plan;
}
