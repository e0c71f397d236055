import { headers } from "next/headers";
import type { Database } from "@/db/client";
import type { UserProfile } from "@/db/queries/users";
import { getDatabase } from "@/db";
import { currentAuth } from "../auth";
import { clientAddressFrom } from "../auth/client-address";
import { systemClock } from "../services/clock";

/** What every procedure gets: the database and who is calling (null when signed out). */
export interface TrpcContext {
  db: Database;
  userId: string | null;
  /** The server-side session the caller's JWT names (null when signed out): sign-out ends it. */
  sessionId: string | null;
  /**
   * The caller's profile, when the session check has read it (every HTTP request and server
   * component does, in the same statement): services then need no statement of their own for
   * the caller's zone and week start. Callers built in tests leave it out and services read it.
   */
  viewer?: UserProfile | null;
  /** The client's address for rate limits, read at the edge; null when unknown (see README). */
  clientAddress: string | null;
  /** The clock: injected so services never read the time themselves and tests can fix it. */
  now: () => Date;
}

/**
 * The context of one request, for the HTTP handler and for server components alike. A JWT whose
 * session row is gone (signed out, signed out everywhere, password changed) counts as signed out.
 */
export async function createContext(): Promise<TrpcContext> {
  const [db, signedIn, requestHeaders] = await Promise.all([getDatabase(), currentAuth(), headers()]);
  return {
    db,
    userId: signedIn?.userId ?? null,
    sessionId: signedIn?.sessionId ?? null,
    viewer: signedIn?.profile ?? null,
    clientAddress: clientAddressFrom(requestHeaders),
    now: systemClock,
  };
}
