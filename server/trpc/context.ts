import type { Database } from "@/db/client";
import { getDatabase } from "@/db";
import { currentUserId } from "../auth";
import { systemClock } from "../services/clock";

/** What every procedure gets: the database and who is calling (null when signed out). */
export interface TrpcContext {
  db: Database;
  userId: string | null;
  /** The clock: injected so services never read the time themselves and tests can fix it. */
  now: () => Date;
}

/** The context of one request, for the HTTP handler and for server components alike. */
export async function createContext(): Promise<TrpcContext> {
  return { db: await getDatabase(), userId: await currentUserId(), now: systemClock };
}
