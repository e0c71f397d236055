import "server-only";
import { openDatabase, type Database, type DatabaseHandle } from "./client";
import { databaseTargetFromEnv } from "./config";
import { seedIfEmpty } from "./seed";

/**
 * The app's one database, opened, migrated and (when empty) seeded on first use. Kept on
 * globalThis so dev-mode reloads and Next's module copies share one embedded database: two
 * PGlite instances on the same folder would corrupt it.
 */
const globalForDb = globalThis as typeof globalThis & { __groundworkDb?: Promise<DatabaseHandle> };

export function getDatabase(): Promise<Database> {
  globalForDb.__groundworkDb ??= start();
  return globalForDb.__groundworkDb.then((handle) => handle.db);
}

async function start(): Promise<DatabaseHandle> {
  const handle = openDatabase(databaseTargetFromEnv());
  await handle.migrate();
  // A fresh embedded database gets the demo users; a real server is seeded on purpose only.
  if (handle.driver === "pglite") await seedIfEmpty(handle.db, new Date());
  return handle;
}
