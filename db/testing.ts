import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe } from "vitest";
import { openDatabase, type Database, type DatabaseHandle, type DatabaseOptions } from "./client";

/**
 * Integration tests run against every database the product supports: the embedded PGlite
 * always, and a real PostgreSQL server when TEST_DATABASE_URL names one. Each test file gets a
 * database of its own (a fresh PGlite, or a throwaway database on the server), migrated from
 * scratch, so files never see each other's rows.
 */

interface TestTarget {
  name: "pglite" | "postgres";
  open(options: DatabaseOptions): Promise<DatabaseHandle>;
}

const serverUrl = process.env.TEST_DATABASE_URL?.trim();
if (process.env.CI === "true" && !serverUrl) {
  throw new Error("CI must run the integration tests on a real PostgreSQL too: set TEST_DATABASE_URL.");
}

export const testTargets: TestTarget[] = [
  { name: "pglite", open: async (options) => openDatabase({ driver: "pglite" }, options) },
  ...(serverUrl
    ? [{ name: "postgres" as const, open: (options: DatabaseOptions) => openThrowawayDatabase(serverUrl, options) }]
    : []),
];

async function openThrowawayDatabase(url: string, options: DatabaseOptions): Promise<DatabaseHandle> {
  const name = `test_${randomUUID().replaceAll("-", "")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const handle = openDatabase({ driver: "postgres", url: testUrl.toString(), maxConnections: 4 }, options);
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}

export interface TestDatabase {
  (): Database;
  /** The SQL statements `work` sends, in order. */
  statementsOf(work: () => Promise<unknown>): Promise<string[]>;
}

/** Declares `suite` once per database target; `db()` is that target's migrated database. */
export function describeWithDatabase(title: string, suite: (db: TestDatabase, target: TestTarget["name"]) => void) {
  for (const target of testTargets) {
    describe(`${title} [${target.name}]`, () => {
      let handle: DatabaseHandle | undefined;
      let log: string[] | null = null;
      beforeAll(async () => {
        handle = await target.open({ onQuery: (sql) => log?.push(sql) });
        await handle.migrate();
      });
      afterAll(async () => {
        await handle?.close();
      });
      const db: TestDatabase = Object.assign(
        () => {
          if (!handle) throw new Error("the test database is not open yet");
          return handle.db;
        },
        {
          async statementsOf(work: () => Promise<unknown>) {
            const statements: string[] = [];
            log = statements;
            try {
              await work();
            } finally {
              log = null;
            }
            return statements;
          },
        },
      );
      suite(db, target.name);
    });
  }
}
