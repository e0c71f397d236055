import { getDatabaseHandle } from "@/db";
import { systemClock } from "../services/clock";
import { seedIfEmpty } from "./seed";

/**
 * A fresh embedded database gets the demo users, so `npm run app` shows a product at once; a
 * real server is seeded on purpose only (`npm run db:seed`).
 */
export async function seedEmbeddedDatabaseOnFirstStart(): Promise<void> {
  const handle = await getDatabaseHandle();
  if (handle.driver === "pglite") await seedIfEmpty(handle.db, systemClock());
}
