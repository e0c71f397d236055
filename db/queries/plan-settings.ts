import { eq } from "drizzle-orm";
import type { PlanSettingsInput } from "../../server/domain/plan";
import type { Database } from "../client";
import { plans } from "../schema";

/** Saves a plan's settings (the re-plan's "my injury is fine" writes the day it was said). */
export async function updatePlanSettings(db: Database, planId: string, settings: PlanSettingsInput): Promise<void> {
  await db.update(plans).set({ settings }).where(eq(plans.id, planId));
}
