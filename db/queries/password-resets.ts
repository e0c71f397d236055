import { and, eq, gt, isNull } from "drizzle-orm";
import type { Database } from "../client";
import { authSessions, passwordResets, users, type PasswordResetRow } from "../schema";

/**
 * A new reset link for the user: earlier unused links stop working, so only the latest email
 * counts and a forgotten old one in an inbox cannot be used later.
 */
export async function replacePasswordReset(
  db: Database,
  reset: Pick<PasswordResetRow, "tokenHash" | "userId" | "createdAt" | "expiresAt">,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(passwordResets).where(and(eq(passwordResets.userId, reset.userId), isNull(passwordResets.usedAt)));
    await tx.insert(passwordResets).values(reset);
  });
}

export async function findPasswordReset(db: Database, tokenHash: string): Promise<PasswordResetRow | undefined> {
  const [row] = await db.select().from(passwordResets).where(eq(passwordResets.tokenHash, tokenHash)).limit(1);
  return row;
}

/**
 * Uses a reset link exactly once: the WHERE clause is the single-use and expiry check, so two
 * requests racing with the same link cannot both change the password. In the same transaction
 * the password changes, the user's other reset links go, and every signed-in session ends.
 * Returns the user's email, or undefined when the link is unknown, used or expired.
 */
export async function redeemPasswordReset(
  db: Database,
  params: { tokenHash: string; passwordHash: string; now: Date },
): Promise<{ userId: string; email: string } | undefined> {
  return db.transaction(async (tx) => {
    const [reset] = await tx
      .update(passwordResets)
      .set({ usedAt: params.now })
      .where(
        and(
          eq(passwordResets.tokenHash, params.tokenHash),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, params.now),
        ),
      )
      .returning({ userId: passwordResets.userId });
    if (!reset) return undefined;
    const [user] = await tx
      .update(users)
      .set({ passwordHash: params.passwordHash, updatedAt: params.now })
      .where(eq(users.id, reset.userId))
      .returning({ userId: users.id, email: users.email });
    await tx.delete(passwordResets).where(and(eq(passwordResets.userId, reset.userId), isNull(passwordResets.usedAt)));
    await tx.delete(authSessions).where(eq(authSessions.userId, reset.userId));
    return user;
  });
}
