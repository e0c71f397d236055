import type { Database } from "@/db/client";
import {
  findUserByEmail,
  findUserProfile,
  insertUser,
  normaliseEmail,
  updateUserProfile,
  type UserProfile,
} from "@/db/queries/users";
import { deleteUserAuthSessions, findPasswordHash, updatePasswordHash } from "@/db/queries/security";
import type { ProfileInput, SignUpInput } from "../schemas/account";
import type { ChangePasswordInput } from "../schemas/security";
import { startAuthSession } from "./auth-sessions";
import { hashPassword, verifyPassword } from "./password";
import { notFound, ServiceError } from "./errors";
import { clearAttempts, RATE_RULES, takeAttempt, tooManyAttempts } from "./rate-limit";

/** Where a sign-in or sign-up comes from: the client's address (null when unknown) and the time. */
export interface CallerOrigin {
  clientAddress: string | null;
  now: Date;
}

const signInAccountKey = (email: string) => `sign-in:account:${normaliseEmail(email)}`;

export async function signUp(db: Database, input: SignUpInput, origin: CallerOrigin): Promise<UserProfile> {
  if (origin.clientAddress) {
    const attempt = await takeAttempt(
      db,
      `sign-up:address:${origin.clientAddress}`,
      RATE_RULES.signUpAddress,
      origin.now,
    );
    if (!attempt.ok) throw tooManyAttempts(attempt.retryAfterSeconds);
  }
  const user = await insertUser(db, {
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    timeZone: input.timeZone ?? "UTC",
  });
  if (!user) {
    throw new ServiceError("conflict", "An account with this email already exists. Sign in instead.");
  }
  return user;
}

/** The user for these credentials, or null: the caller must not learn which part was wrong. */
export async function authenticate(db: Database, email: string, password: string): Promise<UserProfile | null> {
  const user = await findUserByEmail(db, email);
  if (!user) {
    // Hash anyway so an unknown email takes as long as a wrong password.
    await hashPassword(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  const { id, email: storedEmail, name, timeZone, units, weekStart } = user;
  return { id, email: storedEmail, name, timeZone, units, weekStart };
}

export type SignInOutcome =
  | { ok: true; user: UserProfile; sessionId: string }
  | { ok: false; reason: "credentials" }
  | { ok: false; reason: "too-many-attempts"; retryAfterSeconds: number };

/**
 * Signs in with a password, throttled per account and per client address: every attempt counts,
 * and a successful one clears the account's count (not the address's, which many people share).
 * A sign-in starts a server-side session whose id the JWT carries.
 */
export async function signIn(
  db: Database,
  credentials: { email: string; password: string },
  origin: CallerOrigin,
): Promise<SignInOutcome> {
  const accountKey = signInAccountKey(credentials.email);
  const waits = [await takeAttempt(db, accountKey, RATE_RULES.signInAccount, origin.now)];
  if (origin.clientAddress) {
    waits.push(await takeAttempt(db, `sign-in:address:${origin.clientAddress}`, RATE_RULES.signInAddress, origin.now));
  }
  const retryAfterSeconds = Math.max(0, ...waits.map((wait) => (wait.ok ? 0 : wait.retryAfterSeconds)));
  if (retryAfterSeconds > 0) return { ok: false, reason: "too-many-attempts", retryAfterSeconds };

  const user = await authenticate(db, credentials.email, credentials.password);
  if (!user) return { ok: false, reason: "credentials" };
  await clearAttempts(db, accountKey);
  return { ok: true, user, sessionId: await startAuthSession(db, user.id, origin.now) };
}

/**
 * Changes the password after checking the current one (guesses here count against the same
 * per-account limit as sign-in), and ends every other session: a thief's copy of the cookie
 * dies, the browser that made the change stays signed in.
 */
export async function changePassword(
  db: Database,
  userId: string,
  currentSessionId: string | null,
  input: ChangePasswordInput,
  now: Date,
): Promise<{ endedSessions: number }> {
  const account = await findPasswordHash(db, userId);
  if (!account) throw notFound("Your account");
  const attempt = await takeAttempt(db, signInAccountKey(account.email), RATE_RULES.signInAccount, now);
  if (!attempt.ok) throw tooManyAttempts(attempt.retryAfterSeconds);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new ServiceError("invalid", "That is not your current password.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  const endedSessions = await db.transaction(async (tx) => {
    await updatePasswordHash(tx, userId, passwordHash, now);
    return deleteUserAuthSessions(tx, userId, currentSessionId ?? undefined);
  });
  await clearAttempts(db, signInAccountKey(account.email));
  return { endedSessions };
}

export async function getProfile(db: Database, userId: string): Promise<UserProfile> {
  const profile = await findUserProfile(db, userId);
  if (!profile) throw notFound("Your account");
  return profile;
}

export async function updateProfile(db: Database, userId: string, input: ProfileInput): Promise<UserProfile> {
  const profile = await updateUserProfile(db, userId, input);
  if (!profile) throw notFound("Your account");
  return profile;
}
