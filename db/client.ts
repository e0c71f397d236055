import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { shareTypeHandling, wrapPostgresClient } from "./postgres-client";
import * as schema from "./schema";

export type Schema = typeof schema;

/** The database or a transaction: every query function accepts either. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  driver: "pglite" | "postgres";
  /** Applies every migration under db/migrations that has not run yet. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { driver: "postgres"; url: string; maxConnections?: number }
  /** `dataDir` undefined keeps the embedded database in memory (tests). */
  | { driver: "pglite"; dataDir?: string };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export interface DatabaseOptions {
  /** Called with every SQL statement the app sends: tests count them to hold query budgets. */
  onQuery?: (sql: string) => void;
}

export function openDatabase(target: DatabaseTarget, options: DatabaseOptions = {}): DatabaseHandle {
  return target.driver === "postgres"
    ? openPostgres(target.url, target.maxConnections, options)
    : openPglite(target.dataDir, options);
}

function loggerFor(options: DatabaseOptions) {
  const onQuery = options.onQuery;
  return onQuery ? { logQuery: (sql: string) => onQuery(sql) } : undefined;
}

function openPglite(dataDir: string | undefined, options: DatabaseOptions): DatabaseHandle {
  // PGlite creates its own folder but not the folders above it.
  if (dataDir) mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const client = new PGlite(dataDir);
  const db = drizzlePglite(client, { schema, logger: loggerFor(options) });
  return {
    db,
    driver: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
}

/**
 * Two pools of `maxConnections` each: statements outside a transaction share pipelined
 * connections, and transactions reserve one of their own from the second. On one pool a
 * transaction waits for a connection with nothing pipelined on it, and a steady stream of reads
 * may never leave one (scripts/postgres-client.infra.ts shows it waiting as long as the reads go
 * on). In the soak a transaction pool a third the size kept transactions waiting for a
 * connection (p99 9.5 s); twice the size served it no better than the same size.
 */
function openPostgres(url: string, maxConnections: number | undefined, options: DatabaseOptions): DatabaseHandle {
  const connect = () =>
    postgres(url, {
      max: maxConnections ?? 10,
      onnotice: () => {},
      // Every statement here reads a few hundred rows down an index. The planner's cost estimate
      // for the coach's list of 200 athletes still crosses jit_above_cost, and compiling it took
      // 72 ms of its 89 (EXPLAIN ANALYZE): JIT pays off for long analytic scans, never for these.
      connection: { jit: "off" },
    });
  const client = connect();
  const transactions = connect();
  const db = drizzlePostgres(wrapPostgresClient(client, transactions), { schema, logger: loggerFor(options) });
  shareTypeHandling(client, transactions);
  return {
    db,
    driver: "postgres",
    migrate: () => migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: async () => {
      await Promise.all([client.end({ timeout: 5 }), transactions.end({ timeout: 5 })]);
    },
  };
}
