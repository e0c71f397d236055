import { and, desc, eq, gt, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { invitations, users, type InvitationRow } from "../schema";

export type NewInvitation = Pick<
  InvitationRow,
  "inviterId" | "direction" | "inviteeEmail" | "athleteId" | "tokenHash" | "expiresAt" | "createdAt"
>;

export async function insertInvitation(db: Database, invitation: NewInvitation): Promise<InvitationRow> {
  const [row] = await db.insert(invitations).values(invitation).returning();
  if (!row) throw new Error("invitation insert returned no row");
  return row;
}

/** An invitation with its inviter's name, by id or by the hash of its link token. */
export async function findInvitationWithInviter(db: Database, by: { id: string } | { tokenHash: string }) {
  const [row] = await db
    .select({ invitation: invitations, inviterName: users.name })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.inviterId))
    .where("id" in by ? eq(invitations.id, by.id) : eq(invitations.tokenHash, by.tokenHash))
    .limit(1);
  return row;
}

export async function countPendingInvitationsBy(db: Database, inviterId: string, now: Date): Promise<number> {
  return db.$count(
    invitations,
    and(eq(invitations.inviterId, inviterId), eq(invitations.status, "pending"), gt(invitations.expiresAt, now)),
  );
}

/** Earlier pending invitations from this inviter to this address stop working when a new one is sent. */
export async function revokePendingTo(
  db: Database,
  params: { inviterId: string; inviteeEmail: string; direction: InvitationRow["direction"] },
): Promise<void> {
  await db
    .update(invitations)
    .set({ status: "revoked" })
    .where(
      and(
        eq(invitations.inviterId, params.inviterId),
        eq(invitations.inviteeEmail, params.inviteeEmail),
        eq(invitations.direction, params.direction),
        eq(invitations.status, "pending"),
      ),
    );
}

/**
 * Answers a pending, unexpired invitation exactly once: the WHERE clause is the single-use check,
 * so two people racing with the same link cannot both accept it.
 */
export async function answerInvitation(
  db: Database,
  params: { id: string; status: "accepted" | "declined"; responderId: string; athleteId: string; now: Date },
): Promise<InvitationRow | undefined> {
  const [row] = await db
    .update(invitations)
    .set({ status: params.status, responderId: params.responderId, athleteId: params.athleteId, usedAt: params.now })
    .where(and(eq(invitations.id, params.id), eq(invitations.status, "pending"), gt(invitations.expiresAt, params.now)))
    .returning();
  return row;
}

export async function markInvitationExpired(db: Database, id: string): Promise<void> {
  await db
    .update(invitations)
    .set({ status: "expired" })
    .where(and(eq(invitations.id, id), eq(invitations.status, "pending")));
}

export async function revokeInvitation(
  db: Database,
  id: string,
  inviterId: string,
): Promise<InvitationRow | undefined> {
  const [row] = await db
    .update(invitations)
    .set({ status: "revoked" })
    .where(and(eq(invitations.id, id), eq(invitations.inviterId, inviterId), eq(invitations.status, "pending")))
    .returning();
  return row;
}

/**
 * The invitations a person sees: the ones they sent, and the ones addressed to their email or
 * answered by them. Newest first, with the other side's name where there is one.
 */
export async function listInvitationsFor(db: Database, userId: string, email: string) {
  return db
    .select({
      invitation: invitations,
      inviterName: users.name,
      inviterEmail: users.email,
      responderName: sql<string | null>`(select u.name from ${users} u where u.id = ${invitations.responderId})`,
    })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.inviterId))
    .where(
      or(eq(invitations.inviterId, userId), eq(invitations.inviteeEmail, email), eq(invitations.responderId, userId)),
    )
    .orderBy(desc(invitations.createdAt))
    .limit(500);
}

/**
 * Open invitations addressed to this email, newest first, with the inviter's name: what a person
 * is asked to answer when they land on their dashboard (not the history listInvitationsFor keeps).
 * Never one of their own: invite() refuses a person's own address, and addresses do not change.
 */
export async function listInvitationsWaitingFor(db: Database, email: string, now: Date) {
  return db
    .select({ invitation: invitations, inviterName: users.name })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.inviterId))
    .where(and(eq(invitations.inviteeEmail, email), eq(invitations.status, "pending"), gt(invitations.expiresAt, now)))
    .orderBy(desc(invitations.createdAt))
    .limit(50);
}
