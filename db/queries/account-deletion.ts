import { and, eq, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import { authSessions, comments, users } from "../schema";

/**
 * Removes a person and their data in one transaction. Most rows go by ON DELETE CASCADE from
 * users (runs, plans with weeks, sessions and exercises, check-offs and set logs, comments on
 * their own threads, read marks, coach links on either side, invitations they sent, their
 * calendar feed, templates, history of their own plan, sessions and reset links). Decided here:
 * - comments they wrote on another athlete's thread are blanked and marked deleted, like a
 *   comment they removed themselves: the words were theirs, the thread is the other athlete's
 *   (the foreign key then sets the author to null, shown as "A former member");
 * - changes they made to another athlete's plan stay in that athlete's history with no actor
 *   (ON DELETE SET NULL): that record belongs to the athlete;
 * - invitations others sent to their address stay with the inviter, who wrote them.
 * Returns false when there was no such user.
 */
export async function deleteUserAndData(db: Database, userId: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx
      .update(comments)
      .set({ body: "", deletedAt: sql`coalesce(${comments.deletedAt}, ${now.toISOString()}::timestamptz)` })
      .where(and(eq(comments.authorId, userId), ne(comments.athleteId, userId)));
    // Every session ends with the account (the cascade would do it too; said here on purpose).
    await tx.delete(authSessions).where(eq(authSessions.userId, userId));
    const deleted = await tx.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
    return deleted.length > 0;
  });
}

/** The stored password hash, to confirm a deletion with the password. */
export async function findPasswordHash(db: Database, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.passwordHash;
}
