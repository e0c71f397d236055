import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import { findPasswordReset, replacePasswordReset, redeemPasswordReset } from "@/db/queries/password-resets";
import { findUserByEmail } from "@/db/queries/users";
import { RESET_LINK_MINUTES } from "../domain/account-lifecycle";
import { appOrigin, sendMail } from "../mail/mailer";
import { passwordResetMessage } from "../mail/messages";
import type { RequestPasswordResetInput, ResetPasswordInput } from "../schemas/password-reset";
import { ServiceError } from "./errors";
import { hashPassword } from "./password";
import { RATE_RULES, takeAttempt, tooManyAttempts, type RateRule } from "./rate-limit";

/**
 * "Forgot your password?": an emailed link that works once, for an hour, and ends every session
 * of the account when used. The answer to a request never says whether the account exists.
 */

export interface ResetCaller {
  /** The client's address, for the per-address limit (null when unknown). */
  clientAddress: string | null;
  now: Date;
}

export type ResetLinkStatus = "open" | "used" | "expired" | "unknown";

const RESET_LINK_MS = RESET_LINK_MINUTES * 60_000;

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function resetPasswordPath(token: string): string {
  return `/reset-password?token=${encodeURIComponent(token)}`;
}

async function throttle(db: Database, key: string, rule: RateRule, now: Date): Promise<void> {
  const outcome = await takeAttempt(db, key, rule, now);
  if (!outcome.ok) throw tooManyAttempts(outcome.retryAfterSeconds);
}

/**
 * Asking for links and using them are counted apart, so asking a few times never blocks the link
 * itself. With no known address the address limit is skipped (as for sign-in): one shared
 * "unknown" bucket would let one visitor lock everybody out; the per-account limit still holds.
 */
async function throttleAddress(db: Database, step: "request" | "use", caller: ResetCaller): Promise<void> {
  if (!caller.clientAddress) return;
  await throttle(db, `password-reset-${step}:address:${caller.clientAddress}`, RATE_RULES.resetAddress, caller.now);
}

/**
 * Sends a reset link when the address has an account; answers the same either way. The limit per
 * account is keyed by the address typed, so it behaves the same for an address with no account.
 */
export async function requestPasswordReset(
  db: Database,
  input: RequestPasswordResetInput,
  caller: ResetCaller,
): Promise<{ accepted: true }> {
  await throttleAddress(db, "request", caller);
  await throttle(db, `password-reset-request:account:${input.email}`, RATE_RULES.resetAccount, caller.now);
  const user = await findUserByEmail(db, input.email);
  if (!user) return { accepted: true };

  const token = randomBytes(32).toString("base64url");
  await replacePasswordReset(db, {
    tokenHash: hashResetToken(token),
    userId: user.id,
    createdAt: caller.now,
    expiresAt: new Date(caller.now.getTime() + RESET_LINK_MS),
  });
  // Not awaited: waiting for the mail server would make a known address answer slower than an
  // unknown one, which tells an attacker which addresses have accounts. sendMail never throws.
  void sendMail({
    to: user.email,
    ...passwordResetMessage({ link: `${appOrigin()}${resetPasswordPath(token)}`, validFor: "1 hour" }),
  });
  return { accepted: true };
}

/** Whether a link still works, so the page can say so before the person types a new password. */
export async function resetLinkStatus(db: Database, token: string, now: Date): Promise<{ status: ResetLinkStatus }> {
  const reset = await findPasswordReset(db, hashResetToken(token));
  if (!reset) return { status: "unknown" };
  if (reset.usedAt) return { status: "used" };
  return { status: reset.expiresAt <= now ? "expired" : "open" };
}

/** Sets the new password through a link, once; every session of the account ends with it. */
export async function resetPassword(
  db: Database,
  input: ResetPasswordInput,
  caller: ResetCaller,
): Promise<{ email: string }> {
  await throttleAddress(db, "use", caller);
  // Hashing is slow on purpose: do it before the transaction, not while it holds the reset row.
  const passwordHash = await hashPassword(input.password);
  const used = await redeemPasswordReset(db, { tokenHash: hashResetToken(input.token), passwordHash, now: caller.now });
  if (!used) {
    throw new ServiceError(
      "invalid",
      "This reset link has expired or was already used. Ask for a new one from the sign-in page.",
    );
  }
  return { email: used.email };
}
