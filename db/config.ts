import type { DatabaseTarget } from "./client";

/** Where the app's database lives: a PostgreSQL server when DATABASE_URL is set, else embedded. */
export function databaseTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { driver: "postgres", url };
  return { driver: "pglite", dataDir: env.PGLITE_DIR?.trim() || ".data/pglite" };
}
