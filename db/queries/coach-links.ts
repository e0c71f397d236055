import { and, eq, isNotNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { coachLinks, users, type CoachLinkRow } from "../schema";

/** Makes the link active, whether it is new, pending or was ended before. */
export async function activateCoachLink(db: Database, params: { athleteId: string; coachId: string; now: Date }) {
  const [row] = await db
    .insert(coachLinks)
    .values({ athleteId: params.athleteId, coachId: params.coachId, status: "active", activatedAt: params.now })
    .onConflictDoUpdate({
      target: [coachLinks.athleteId, coachLinks.coachId],
      set: { status: "active", activatedAt: params.now, endedAt: null, endedBy: null, coachReadFeedAt: null },
    })
    .returning();
  if (!row) throw new Error("coach link upsert returned no row");
  return row;
}

/** Ends an active link; undefined when there was none (never linked, or already ended). */
export async function endCoachLink(
  db: Database,
  params: { athleteId: string; coachId: string; endedBy: string; now: Date },
): Promise<CoachLinkRow | undefined> {
  const [row] = await db
    .update(coachLinks)
    .set({ status: "revoked", endedAt: params.now, endedBy: params.endedBy })
    .where(
      and(
        eq(coachLinks.athleteId, params.athleteId),
        eq(coachLinks.coachId, params.coachId),
        eq(coachLinks.status, "active"),
      ),
    )
    .returning();
  return row;
}

export async function findCoachLink(db: Database, athleteId: string, coachId: string) {
  const [row] = await db
    .select()
    .from(coachLinks)
    .where(and(eq(coachLinks.athleteId, athleteId), eq(coachLinks.coachId, coachId)))
    .limit(1);
  return row;
}

/** A coach looked at the athlete's feed address: remember it for when the link ends. */
export async function markCoachReadFeed(db: Database, params: { athleteId: string; coachId: string }) {
  // Only whether it happened matters (not when, for any rule), so the database's clock will do.
  await db
    .update(coachLinks)
    .set({ coachReadFeedAt: sql`now()` })
    .where(
      and(
        eq(coachLinks.athleteId, params.athleteId),
        eq(coachLinks.coachId, params.coachId),
        eq(coachLinks.status, "active"),
      ),
    );
}

const athlete = alias(users, "link_athlete");
const coach = alias(users, "link_coach");

/** Every link the user is on, either side, active or ended (pending state lives in invitations). */
export async function listLinksOf(db: Database, userId: string) {
  return db
    .select({
      athleteId: coachLinks.athleteId,
      athleteName: athlete.name,
      athleteEmail: athlete.email,
      coachId: coachLinks.coachId,
      coachName: coach.name,
      coachEmail: coach.email,
      status: coachLinks.status,
      createdAt: coachLinks.createdAt,
      activatedAt: coachLinks.activatedAt,
      endedAt: coachLinks.endedAt,
      endedBy: coachLinks.endedBy,
    })
    .from(coachLinks)
    .innerJoin(athlete, eq(athlete.id, coachLinks.athleteId))
    .innerJoin(coach, eq(coach.id, coachLinks.coachId))
    .where(
      and(
        or(eq(coachLinks.athleteId, userId), eq(coachLinks.coachId, userId)),
        or(eq(coachLinks.status, "active"), isNotNull(coachLinks.endedAt)),
      ),
    )
    .orderBy(
      sql`${coachLinks.status} = 'active' desc`,
      sql`coalesce(${coachLinks.endedAt}, ${coachLinks.createdAt}) desc`,
    );
}
