import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { planSessions, plans } from "../schema";

/**
 * Row locks (SELECT ... FOR UPDATE) held until the surrounding transaction ends. Call them
 * inside a transaction, before reading what the decision depends on: a second writer waits
 * here and then reads what the first one committed.
 */
export async function lockPlan(db: Database, planId: string): Promise<void> {
  await db.select({ id: plans.id }).from(plans).where(eq(plans.id, planId)).for("update");
}

/** Also makes a check-off of this session wait: its foreign key needs a share lock on the row. */
export async function lockSession(db: Database, sessionId: string): Promise<void> {
  await db.select({ id: planSessions.id }).from(planSessions).where(eq(planSessions.id, sessionId)).for("update");
}
