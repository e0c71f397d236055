import type { Database } from "@/db/client";
import type { UserProfile } from "@/db/queries/users";
import { createCaller } from "../routers";

/** A tRPC caller as the given user (or anonymous), exactly as the HTTP route would build it. */
export function callerFor(
  db: Database,
  userId: string | null = null,
  now: () => Date = () => new Date(),
  session: { sessionId?: string | null; clientAddress?: string | null; viewer?: UserProfile | null } = {},
) {
  return createCaller({
    db,
    userId,
    now,
    sessionId: session.sessionId ?? null,
    clientAddress: session.clientAddress ?? null,
    viewer: session.viewer,
  });
}

let counter = 0;
/** Signs up a fresh user through the real procedure and returns a caller acting as them. */
export async function signedUpCaller(db: Database, name = "Test Runner") {
  counter += 1;
  const email = `runner-${counter}-${Date.now()}@example.test`;
  const user = await callerFor(db).account.signUp({
    email,
    name,
    password: "correct-horse-9",
    timeZone: "Europe/Berlin",
  });
  return { user, caller: callerFor(db, user.id) };
}
