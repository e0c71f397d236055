import { eq, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Database } from "../client";
import { coachLinks, users } from "../schema";

/**
 * The one access rule as SQL: the viewer is the athlete, or a coach the athlete has actively linked.
 * server/services/access.ts asks it through `mayAccessAthlete`; single-statement writes (a check-off)
 * put it in their WHERE clause, so the rule is written once.
 */
export function viewerMayAccess(viewerId: string, athleteId: SQLWrapper): SQL {
  return sql`(${athleteId} = ${viewerId}::uuid or exists (select 1 from ${coachLinks} where ${coachLinks.athleteId} = ${athleteId} and ${coachLinks.coachId} = ${viewerId}::uuid and ${coachLinks.status} = 'active'))`;
}

export async function mayAccessAthlete(db: Database, viewerId: string, athleteId: string): Promise<boolean> {
  const [row] = await db
    .select({ ok: sql<boolean>`${viewerMayAccess(viewerId, users.id)}` })
    .from(users)
    .where(eq(users.id, athleteId));
  return row?.ok === true;
}

export async function linkCoach(db: Database, athleteId: string, coachId: string, status: "pending" | "active") {
  await db
    .insert(coachLinks)
    .values({ athleteId, coachId, status })
    .onConflictDoUpdate({ target: [coachLinks.athleteId, coachLinks.coachId], set: { status } });
}
