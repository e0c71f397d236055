import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { coachLinks } from "../schema";

export async function hasActiveCoachLink(db: Database, athleteId: string, coachId: string): Promise<boolean> {
  const rows = await db
    .select({ athleteId: coachLinks.athleteId })
    .from(coachLinks)
    .where(and(eq(coachLinks.athleteId, athleteId), eq(coachLinks.coachId, coachId), eq(coachLinks.status, "active")))
    .limit(1);
  return rows.length > 0;
}

export async function linkCoach(db: Database, athleteId: string, coachId: string, status: "pending" | "active") {
  await db
    .insert(coachLinks)
    .values({ athleteId, coachId, status })
    .onConflictDoUpdate({ target: [coachLinks.athleteId, coachLinks.coachId], set: { status } });
}
