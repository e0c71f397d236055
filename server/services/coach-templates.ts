import type { Database } from "@/db/client";
import {
  deleteCoachTemplate,
  findCoachTemplate,
  insertCoachTemplate,
  listCoachTemplates,
  updateCoachTemplate,
} from "@/db/queries/coach-templates";
import { findActivePlan } from "@/db/queries/plans";
import type { CoachTemplateRow } from "@/db/schema";
import type { UserProfile } from "@/db/queries/users";
import type { TemplateSettings } from "../domain/coach-templates";
import type { Plan } from "../domain/plan";
import type { ApplyTemplateInput } from "../schemas/coach-templates";
import { planSettingsSchema, type PlanSettings } from "../schemas/plans";
import { resolveAthlete } from "./athletes";
import { notFound, ServiceError } from "./errors";
import { createPlan, previewPlan } from "./plans";

/**
 * A coach's named plan settings, applied to several athletes at once: each athlete gets the
 * planner's plan around their own runs (their own race date), previewed first, then saved one
 * athlete per transaction so one athlete's problem never blocks the others.
 */

export function toTemplateView(row: CoachTemplateRow) {
  return { id: row.id, name: row.name, settings: row.settings, updatedAt: row.updatedAt };
}

export async function listTemplates(db: Database, coachId: string) {
  return (await listCoachTemplates(db, coachId)).map(toTemplateView);
}

export async function saveTemplate(
  db: Database,
  coachId: string,
  input: { templateId?: string; name: string; settings: TemplateSettings },
) {
  const taken = () => new ServiceError("conflict", `You already have a template called “${input.name}”.`);
  try {
    const row = input.templateId
      ? await updateCoachTemplate(db, coachId, input.templateId, { name: input.name, settings: input.settings })
      : await insertCoachTemplate(db, { coachId, name: input.name, settings: input.settings });
    if (!row) throw input.templateId ? notFound("That template") : taken();
    return toTemplateView(row);
  } catch (error) {
    // Renaming onto another template's name breaks the unique index.
    if (error instanceof Error && /coach_templates_coach_name_unique/.test(`${error.message} ${String(error.cause)}`))
      throw taken();
    throw error;
  }
}

export async function removeTemplate(db: Database, coachId: string, templateId: string): Promise<void> {
  if (!(await deleteCoachTemplate(db, coachId, templateId))) throw notFound("That template");
}

interface Target {
  athlete: UserProfile;
  settings: PlanSettings | { error: string };
}

/** Checks the coach may reach every athlete first: one stranger refuses the whole request. */
async function targetsOf(db: Database, coachId: string, input: ApplyTemplateInput) {
  const template = await findCoachTemplate(db, coachId, input.templateId);
  if (!template) throw notFound("That template");
  const athletes = [];
  for (const target of input.athletes) athletes.push(await resolveAthlete(db, coachId, target.athleteId));
  const targets: Target[] = [];
  for (const [index, target] of input.athletes.entries()) {
    const athlete = athletes[index]!;
    const raceDate =
      target.raceDate ?? (target.startDate ? undefined : (await findActivePlan(db, athlete.id))?.raceDate);
    const parsed = planSettingsSchema.safeParse({
      ...template.settings,
      raceDate: raceDate ?? undefined,
      startDate: target.startDate,
      blockedDates: [],
    });
    targets.push({
      athlete,
      settings: parsed.success ? parsed.data : { error: parsed.error.issues[0]?.message ?? "Check the dates." },
    });
  }
  return { template, targets };
}

function summary(plan: Plan) {
  const sessions = plan.weeks.flatMap((week) => week.sessions);
  return {
    startDate: plan.startDate,
    endDate: plan.endDate,
    weeks: plan.weeks.length,
    sessions: sessions.length,
    firstSession: sessions[0]?.date ?? null,
    warnings: plan.warnings.map((warning) => warning.text),
  };
}

type Outcome<T> = { athleteId: string; name: string } & (({ ok: true } & T) | { ok: false; message: string });

async function perAthlete<T>(target: Target, work: (settings: PlanSettings) => Promise<T>): Promise<Outcome<T>> {
  const who = { athleteId: target.athlete.id, name: target.athlete.name };
  if ("error" in target.settings) return { ...who, ok: false, message: target.settings.error };
  try {
    return { ...who, ok: true, ...(await work(target.settings)) };
  } catch (error) {
    if (error instanceof ServiceError && error.code === "invalid") return { ...who, ok: false, message: error.message };
    throw error;
  }
}

/** What the template would give each athlete, around their own runs. Saves nothing. */
export async function previewTemplate(db: Database, coachId: string, input: ApplyTemplateInput) {
  const { targets } = await targetsOf(db, coachId, input);
  const results = [];
  for (const target of targets)
    results.push(
      await perAthlete(target, async (settings) =>
        summary(await previewPlan(db, coachId, { athleteId: target.athlete.id, settings })),
      ),
    );
  return results;
}

/** Saves a plan for each athlete, each in its own transaction; says per athlete what happened. */
export async function applyTemplate(db: Database, coachId: string, input: ApplyTemplateInput) {
  const { template, targets } = await targetsOf(db, coachId, input);
  const results = [];
  for (const target of targets)
    results.push(
      await perAthlete(target, (settings) =>
        createPlan(db, coachId, { athleteId: target.athlete.id, settings, name: template.name }),
      ),
    );
  return results;
}
