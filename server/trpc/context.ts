import type { Database } from "@/db/client";

/** What every procedure gets: the database and who is calling (null when signed out). */
export interface TrpcContext {
  db: Database;
  userId: string | null;
}

export function createContext(ctx: TrpcContext): TrpcContext {
  return ctx;
}
