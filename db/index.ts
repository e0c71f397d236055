import "server-only";
import { openDatabase, type Database, type DatabaseHandle } from "./client";
import { databaseTargetFromEnv } from "./config";

/**
 * The app's one database, opened and migrated on first use (a fresh embedded one is seeded with
 * the demo users at server start: instrumentation.ts). Kept on
 * globalThis so dev-mode reloads and Next's module copies share one embedded database: two
 * PGlite instances on the same folder would corrupt it.
 */
const globalForDb = globalThis as typeof globalThis & { __groundworkDb?: Promise<DatabaseHandle> };

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  globalForDb.__groundworkDb ??= start();
  return globalForDb.__groundworkDb;
}

export function getDatabase(): Promise<Database> {
  return getDatabaseHandle().then((handle) => handle.db);
}

async function start(): Promise<DatabaseHandle> {
  const handle = openDatabase(databaseTargetFromEnv());
  await handle.migrate();
  return handle;
}
