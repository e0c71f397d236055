import type { Database } from "@/db/client";
import { deleteAttempts, recordAttempt } from "@/db/queries/security";
import { tooManyAttemptsMessage } from "../domain/wait";
import { ServiceError } from "./errors";

/**
 * At most `limit` attempts per `windowMs`; the attempt over the limit blocks the key for
 * baseBlockMs, doubling with each further block (strike) up to maxBlockMs.
 */
export interface RateRule {
  limit: number;
  windowMs: number;
  baseBlockMs: number;
  maxBlockMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * The product's limits. Sign-in per account is the tight one (it stops guessing one person's
 * password); per address is looser because a household or an office shares an address and a
 * successful sign-in does not clear it.
 */
export const RATE_RULES = {
  signInAccount: { limit: 5, windowMs: MINUTE, baseBlockMs: MINUTE, maxBlockMs: HOUR },
  signInAddress: { limit: 20, windowMs: MINUTE, baseBlockMs: MINUTE, maxBlockMs: HOUR },
  signUpAddress: { limit: 5, windowMs: 10 * MINUTE, baseBlockMs: 10 * MINUTE, maxBlockMs: 24 * HOUR },
  resetAddress: { limit: 5, windowMs: 15 * MINUTE, baseBlockMs: 15 * MINUTE, maxBlockMs: 24 * HOUR },
  resetAccount: { limit: 3, windowMs: HOUR, baseBlockMs: HOUR, maxBlockMs: 24 * HOUR },
} satisfies Record<string, RateRule>;

/** Counts one attempt under `key`; refused (with the seconds left) while the key is blocked. */
export async function takeAttempt(
  db: Database,
  key: string,
  rule: RateRule,
  now: Date,
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const state = await recordAttempt(db, key, rule, now);
  const waitMs = state.blockedUntil ? state.blockedUntil.getTime() - now.getTime() : 0;
  if (waitMs <= 0) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.ceil(waitMs / SECOND) };
}

/** Forgets a key's attempts: after a successful sign-in the account starts afresh. */
export async function clearAttempts(db: Database, key: string): Promise<void> {
  await deleteAttempts(db, key);
}

export function tooManyAttempts(retryAfterSeconds: number): ServiceError {
  return new ServiceError("too-many-requests", tooManyAttemptsMessage(retryAfterSeconds));
}
