import type { Database } from "@/db/client";
import { authSessionExists, deleteAuthSession, deleteUserAuthSessions, insertAuthSession } from "@/db/queries/security";

/**
 * Server-side sessions behind the JWT: the token names a row, and the row's absence means the
 * browser is signed out, so ending a session here ends it for every copy of the cookie.
 */

export function startAuthSession(db: Database, userId: string, now: Date): Promise<string> {
  return insertAuthSession(db, userId, now);
}

/** The per-request check: one primary-key lookup. */
export function isAuthSessionActive(db: Database, sessionId: string, userId: string): Promise<boolean> {
  return authSessionExists(db, sessionId, userId);
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

/**
 * The signed-in caller behind a token's claims, or null: a token without a session id, or whose
 * session row is gone, is signed out. Every request goes through here (server/auth currentAuth).
 */
export async function verifySignedIn(
  db: Database,
  claims: SessionClaims | null,
): Promise<{ userId: string; sessionId: string } | null> {
  const userId = claims?.userId;
  const sessionId = claims?.sessionId;
  if (!userId || !sessionId) return null;
  return (await isAuthSessionActive(db, sessionId, userId)) ? { userId, sessionId } : null;
}
