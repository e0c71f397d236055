import type { Database } from "@/db/client";
import { deleteAuthSession, deleteUserAuthSessions, findUserOfSession, insertAuthSession } from "@/db/queries/security";
import type { UserProfile } from "@/db/queries/users";

/**
 * Server-side sessions behind the JWT: the token names a row, and the row's absence means the
 * browser is signed out, so ending a session here ends it for every copy of the cookie.
 */

export function startAuthSession(db: Database, userId: string, now: Date): Promise<string> {
  return insertAuthSession(db, userId, now);
}

export function endAuthSession(db: Database, sessionId: string): Promise<void> {
  return deleteAuthSession(db, sessionId);
}

/** "Sign out everywhere": every browser of the user, this one included. */
export async function endEveryAuthSession(db: Database, userId: string): Promise<{ ended: number }> {
  return { ended: await deleteUserAuthSessions(db, userId) };
}

/** What a verified JWT claims: the user (`sub`) and the session (`sid`). */
export interface SessionClaims {
  userId?: string | null;
  sessionId?: string | null;
}

/** Who is signed in: the user, their session, and their profile (read by the same statement). */
export interface SignedIn {
  userId: string;
  sessionId: string;
  profile: UserProfile;
}

/**
 * The signed-in caller behind a token's claims, or null: a token without a session id, or whose
 * session row (or user) is gone, is signed out. Every request goes through here (server/auth
 * currentAuth), in one primary-key lookup that also reads the caller's profile.
 */
export async function verifySignedIn(db: Database, claims: SessionClaims | null): Promise<SignedIn | null> {
  const userId = claims?.userId;
  const sessionId = claims?.sessionId;
  if (!userId || !sessionId) return null;
  const profile = await findUserOfSession(db, sessionId, userId);
  return profile ? { userId, sessionId, profile } : null;
}
