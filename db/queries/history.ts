import { and, between, desc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { HistoryAction, HistoryEntity } from "../../server/domain/history";
import type { Database } from "../client";
import { changeHistory, historyReads, planSessions, users } from "../schema";

export interface NewChange {
  athleteId: string;
  actorId: string;
  entity: HistoryEntity;
  /** The changed row; a prescription change names its session; null for bulk run changes. */
  entityId: string | null;
  action: HistoryAction;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Defaults to the database clock, which the seen marks use too. */
  at?: Date;
}

export async function insertChanges(db: Database, changes: NewChange[]): Promise<void> {
  if (changes.length === 0) return;
  await db.insert(changeHistory).values(
    changes.map((change) => ({
      athleteId: change.athleteId,
      actorId: change.actorId,
      entity: change.entity,
      entityId: change.entityId,
      action: change.action,
      before: change.before ?? null,
      after: change.after ?? null,
      ...(change.at ? { at: change.at } : {}),
    })),
  );
}

/** Newest first, with the actor's name, for one session (its own and its prescription's changes). */
export async function listEntityChanges(db: Database, athleteId: string, entityId: string, limit = 50) {
  return db
    .select({
      id: changeHistory.id,
      at: changeHistory.at,
      entity: changeHistory.entity,
      action: changeHistory.action,
      before: changeHistory.before,
      after: changeHistory.after,
      actorId: changeHistory.actorId,
      actorName: users.name,
    })
    .from(changeHistory)
    .leftJoin(users, eq(users.id, changeHistory.actorId))
    .where(and(eq(changeHistory.athleteId, athleteId), eq(changeHistory.entityId, entityId)))
    .orderBy(desc(changeHistory.at), desc(changeHistory.id))
    .limit(limit);
}

/**
 * The sessions dated in a range that someone other than the reader changed after the reader
 * last looked at them (or ever, if they never did). One statement.
 */
export async function listSessionsChangedByOthers(
  db: Database,
  params: { readerId: string; athleteId: string; from: string; to: string },
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ sessionId: planSessions.id })
    .from(changeHistory)
    .innerJoin(planSessions, eq(planSessions.id, changeHistory.entityId))
    .leftJoin(
      historyReads,
      and(eq(historyReads.readerId, params.readerId), eq(historyReads.entityId, changeHistory.entityId)),
    )
    .where(
      and(
        eq(changeHistory.athleteId, params.athleteId),
        inArray(changeHistory.entity, ["session", "prescription"]),
        or(isNull(changeHistory.actorId), ne(changeHistory.actorId, params.readerId)),
        eq(planSessions.athleteId, params.athleteId),
        between(planSessions.date, params.from, params.to),
        or(isNull(historyReads.seenAt), sql`${changeHistory.at} > ${historyReads.seenAt}`),
      ),
    );
  return rows.map((row) => row.sessionId);
}

export async function markEntitySeen(db: Database, params: { readerId: string; athleteId: string; entityId: string }) {
  await db
    .insert(historyReads)
    .values({ ...params, seenAt: sql`now()` })
    .onConflictDoUpdate({ target: [historyReads.readerId, historyReads.entityId], set: { seenAt: sql`now()` } });
}

export async function findSessionAthlete(db: Database, sessionId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ athleteId: planSessions.athleteId })
    .from(planSessions)
    .where(eq(planSessions.id, sessionId))
    .limit(1);
  return row?.athleteId;
}
