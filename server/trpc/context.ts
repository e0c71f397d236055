import type { Database } from "@/db/client";

/** What every procedure gets: the database and who is calling (null when signed out). */
export interface TrpcContext {
  db: Database;
  userId: string | null;
  /** The clock: injected so services never read the time themselves and tests can fix it. */
  now: () => Date;
}

export function createContext(ctx: TrpcContext): TrpcContext {
  return ctx;
}
