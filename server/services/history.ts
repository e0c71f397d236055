import type { Database } from "@/db/client";
import {
  findSessionAthlete,
  insertChanges,
  listEntityChanges,
  listSessionsChangedByOthers,
  markEntitySeen,
  type NewChange,
} from "@/db/queries/history";
import type { ActorRole } from "../domain/history";
import { canAccessAthlete } from "./access";
import { resolveAthlete } from "./athletes";
import { notFound } from "./errors";
import { describeChange } from "./history-describe";

export type { NewChange } from "@/db/queries/history";

/**
 * Records who changed what. Call it with the transaction that makes the change, so the change
 * and its record land together or not at all. The time is the database's clock.
 */
export async function recordChange(tx: Database, change: NewChange): Promise<void> {
  await insertChanges(tx, [change]);
}

export async function recordChanges(tx: Database, changes: NewChange[]): Promise<void> {
  await insertChanges(tx, changes);
}

async function accessibleSessionAthlete(db: Database, viewerId: string, sessionId: string): Promise<string> {
  const athleteId = await findSessionAthlete(db, sessionId);
  if (!athleteId || !(await canAccessAthlete(db, viewerId, athleteId))) throw notFound("That session");
  return athleteId;
}

export interface ChangeEntry {
  id: string;
  at: Date;
  entity: NewChange["entity"];
  action: string;
  /** The change in words: "Moved from Tue 1 Dec to Thu 3 Dec". */
  summary: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  actor: { name: string; role: ActorRole; isYou: boolean };
}

/** A session's changes, newest first, each with who made it: "Casey (coach)". */
export async function sessionHistory(db: Database, viewerId: string, sessionId: string): Promise<ChangeEntry[]> {
  const athleteId = await accessibleSessionAthlete(db, viewerId, sessionId);
  const rows = await listEntityChanges(db, athleteId, sessionId);
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    entity: row.entity,
    action: row.action,
    summary: describeChange(row.action, row.before, row.after),
    before: row.before,
    after: row.after,
    actor: {
      name: row.actorName ?? "A former member",
      role: row.actorId === athleteId ? "athlete" : "coach",
      isYou: row.actorId === viewerId,
    },
  }));
}

/** Sessions in the range someone else changed since the caller last looked at each. */
export async function sessionsChangedSince(
  db: Database,
  viewerId: string,
  input: { athleteId?: string; from: string; to: string },
): Promise<{ sessionIds: string[] }> {
  const athlete = await resolveAthlete(db, viewerId, input.athleteId);
  const sessionIds = await listSessionsChangedByOthers(db, {
    readerId: viewerId,
    athleteId: athlete.id,
    from: input.from,
    to: input.to,
  });
  return { sessionIds };
}

/** The caller has seen this session's changes: the week view stops marking it for them. */
export async function markSessionSeen(db: Database, viewerId: string, sessionId: string): Promise<void> {
  const athleteId = await accessibleSessionAthlete(db, viewerId, sessionId);
  await markEntitySeen(db, { readerId: viewerId, athleteId, entityId: sessionId });
}
