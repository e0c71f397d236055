import type { Database } from "@/db/client";
import { deleteUserAndData, findPasswordHash } from "@/db/queries/account-deletion";
import type { DeleteAccountInput } from "../schemas/account-deletion";
import { notFound, ServiceError } from "./errors";
import { verifyPassword } from "./password";
import { RATE_RULES, takeAttempt, tooManyAttempts } from "./rate-limit";

/**
 * Deletes the caller's account and data after they confirm with their password (the typed word
 * is checked by the input schema). Every session ends in the same transaction; the page then
 * signs the browser out.
 */
export async function deleteAccount(
  db: Database,
  userId: string,
  input: DeleteAccountInput,
  now: Date,
): Promise<{ deleted: true }> {
  // A stolen session must not be a way to guess the password: as tight as sign-in per account.
  const attempt = await takeAttempt(db, `account-deletion:user:${userId}`, RATE_RULES.signInAccount, now);
  if (!attempt.ok) throw tooManyAttempts(attempt.retryAfterSeconds);
  const passwordHash = await findPasswordHash(db, userId);
  if (!passwordHash) throw notFound("Your account");
  if (!(await verifyPassword(passwordHash, input.password))) {
    throw new ServiceError("invalid", "That password is not right. Nothing was deleted.");
  }
  if (!(await deleteUserAndData(db, userId, now))) throw notFound("Your account");
  return { deleted: true };
}
