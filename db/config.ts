import type { DatabaseTarget } from "./client";

/** Where the app's database lives: a PostgreSQL server when DATABASE_URL is set, else embedded. */
export function databaseTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { driver: "postgres", url, maxConnections: poolSize(env.DATABASE_POOL_SIZE) };
  return { driver: "pglite", dataDir: env.PGLITE_DIR?.trim() || ".data/pglite" };
}

/**
 * Connections in each of an app instance's two pools to PostgreSQL (DATABASE_POOL_SIZE, default
 * 10): one for statements, one for transactions (db/client.ts), so at most twice that. With
 * several instances on one server, their pools together must stay under its max_connections.
 * On the 2-core test machine 20 served the soak no faster than 10.
 */
function poolSize(value: string | undefined): number {
  const size = Number(value);
  return Number.isInteger(size) && size > 0 ? size : 10;
}
