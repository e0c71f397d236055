import { and, asc, eq } from "drizzle-orm";
import type { TemplateSettings } from "../../server/domain/coach-templates";
import type { Database } from "../client";
import { coachTemplates, type CoachTemplateRow } from "../schema";

/** Inserts a template; undefined when the coach already has one by that name. */
export async function insertCoachTemplate(
  db: Database,
  row: { coachId: string; name: string; settings: TemplateSettings },
): Promise<CoachTemplateRow | undefined> {
  const [inserted] = await db
    .insert(coachTemplates)
    .values(row)
    .onConflictDoNothing({ target: [coachTemplates.coachId, coachTemplates.name] })
    .returning();
  return inserted;
}

export async function updateCoachTemplate(
  db: Database,
  coachId: string,
  templateId: string,
  changes: { name: string; settings: TemplateSettings },
): Promise<CoachTemplateRow | undefined> {
  const [row] = await db
    .update(coachTemplates)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(coachTemplates.id, templateId), eq(coachTemplates.coachId, coachId)))
    .returning();
  return row;
}

/** Only the owner's template: another coach's id finds nothing. */
export async function findCoachTemplate(
  db: Database,
  coachId: string,
  templateId: string,
): Promise<CoachTemplateRow | undefined> {
  const [row] = await db
    .select()
    .from(coachTemplates)
    .where(and(eq(coachTemplates.id, templateId), eq(coachTemplates.coachId, coachId)))
    .limit(1);
  return row;
}

export async function listCoachTemplates(db: Database, coachId: string): Promise<CoachTemplateRow[]> {
  return db.select().from(coachTemplates).where(eq(coachTemplates.coachId, coachId)).orderBy(asc(coachTemplates.name));
}

export async function deleteCoachTemplate(db: Database, coachId: string, templateId: string): Promise<boolean> {
  const rows = await db
    .delete(coachTemplates)
    .where(and(eq(coachTemplates.id, templateId), eq(coachTemplates.coachId, coachId)))
    .returning({ id: coachTemplates.id });
  return rows.length > 0;
}
