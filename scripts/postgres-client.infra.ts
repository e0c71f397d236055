import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shareTypeHandling, wrapPostgresClient } from "@/db/postgres-client";
import { startCluster, type Cluster } from "./bench-load/cluster";
import { createDatabase } from "./bench-load/setup";

/**
 * db/postgres-client.ts on a real server: transactions keep to their own connection however busy
 * the pool is (postgres.js 3.4.9's own `begin` fails this with UNSAFE_TRANSACTION in most rounds),
 * never wait behind a stream of statements, rollbacks and savepoints behave, and drizzle's
 * statements are named once per connection.
 */
const PORT = Number(process.env.INFRA_PORT ?? 3116);

describe("the PostgreSQL client under a busy pool [postgres]", () => {
  let cluster: Cluster | undefined;
  let url: string;

  beforeAll(async () => {
    const serverUrl =
      process.env.TEST_DATABASE_URL?.trim() || (cluster = startCluster({ port: PORT + 2, durable: false })).url;
    url = await createDatabase(serverUrl, `gw_client_${randomUUID().replaceAll("-", "").slice(0, 12)}`, true);
    const setup = postgres(url, { max: 1, onnotice: () => {} });
    await setup`create table ticks (id serial primary key, round int not null, tx int not null)`;
    await setup.end();
  });

  afterAll(() => cluster?.destroy());

  type Options = postgres.Options<Record<string, postgres.PostgresType>>;

  /** A drizzle over two pools as db/client.ts opens them, or over one (`transactions: "same"`). */
  function open(options: Options = {}, transactions: Options | "same" = { max: 1 }) {
    const client = postgres(url, { onnotice: () => {}, ...options });
    const pool = transactions === "same" ? client : postgres(url, { onnotice: () => {}, ...transactions });
    const db = drizzle(wrapPostgresClient(client, pool));
    shareTypeHandling(client, pool);
    const end = async () => {
      await Promise.all([client.end({ timeout: 5 }), pool === client ? undefined : pool.end({ timeout: 5 })]);
    };
    return { client, db, end };
  }

  it("keeps every transaction on its own connection while the pool is busy and pipelining", async () => {
    // Three connections, each running a slow statement; four plain statements pipelined behind
    // them, so two connections are one statement short of their pipeline limit; then five
    // transactions. postgres.js's own begin() sends BEGIN into that last slot without reserving the
    // connection, and fails with UNSAFE_TRANSACTION in most rounds.
    // max_pipeline is a postgres.js option its type declarations leave out.
    // One pool for both here, so the reservation itself is what is tested.
    const { client, db, end } = open({ max: 3, max_pipeline: 2 } as Options, "same");
    try {
      const failures: string[] = [];
      for (let round = 0; round < 20; round++) {
        const outcomes = await Promise.allSettled([
          // execute() sends them now: postgres.js otherwise waits for the next tick.
          ...Array.from({ length: 3 }, () => client`select pg_sleep(0.1)`.execute()),
          ...Array.from({ length: 4 }, () => client`select 1 as plain`.execute()),
          ...Array.from({ length: 5 }, (_, tx) =>
            db.transaction(async (t) => {
              await t.execute(sql`insert into ticks (round, tx) values (${round}, ${tx})`);
              const [inside] = await t.execute<{ open: boolean }>(
                sql`select pg_current_xact_id_if_assigned() is not null as open`,
              );
              if (!inside?.open) throw new Error("a transaction's statement ran outside it");
            }),
          ),
        ]);
        for (const outcome of outcomes) if (outcome.status === "rejected") failures.push(String(outcome.reason));
      }
      expect(failures).toEqual([]);
      const [count] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ticks`);
      expect(count?.n).toBe(100);
      const [stray] = await db.execute<{ n: number }>(
        sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`,
      );
      expect(stray?.n).toBe(0);
    } finally {
      await end();
    }
  });

  it("starts a transaction at once while a stream of statements keeps every shared connection busy", async () => {
    // postgres.js gives a reservation only a connection with nothing pipelined on it; with 100
    // readers looping on two connections there never is one, and on one pool this transaction
    // waited as long as the readers ran. Its own pool serves it at once.
    const { db, end } = open({ max: 2 }, { max: 1 });
    let reading = true;
    const reader = async () => {
      while (reading) await db.execute(sql`select pg_sleep(0.002)`);
    };
    const readers = Array.from({ length: 100 }, reader);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = performance.now();
      const waited = await Promise.race([
        db.transaction(async (t) => {
          await t.execute(sql`select 1 as inside`);
          return performance.now() - started;
        }),
        new Promise<string>((resolve) => setTimeout(() => resolve("still waiting after 5 s"), 5000)),
      ]);
      expect(waited).toBeLessThan(1000);
    } finally {
      reading = false;
      await Promise.all(readers);
      await end();
    }
  });

  it("rolls back a failed transaction whole, and a failed savepoint alone", async () => {
    const { db, end } = open({ max: 2 });
    try {
      await expect(
        db.transaction(async (t) => {
          await t.execute(sql`insert into ticks (round, tx) values (-1, 1)`);
          throw new Error("the work failed");
        }),
      ).rejects.toThrow("the work failed");
      await db.transaction(async (t) => {
        await t.execute(sql`insert into ticks (round, tx) values (-2, 1)`);
        await t
          .transaction(async (inner) => {
            await inner.execute(sql`insert into ticks (round, tx) values (-2, 2)`);
            throw new Error("the inner work failed");
          })
          .catch(() => undefined);
        await t.transaction((inner) => inner.execute(sql`insert into ticks (round, tx) values (-2, 3)`));
      });
      const rows = await db.execute<{ round: number; tx: number }>(
        sql`select round, tx from ticks where round < 0 order by round desc, tx`,
      );
      expect(rows.map((row) => `${row.round}/${row.tx}`)).toEqual(["-2/1", "-2/3"]);
    } finally {
      await end();
    }
  });

  it("reads and writes values inside a transaction exactly as outside one", async () => {
    // drizzle sets postgres.js's json and date handling on the client it is given: a transaction's
    // connection must follow the same rules, or json parameters get encoded twice.
    const { db, end } = open({ max: 2 });
    try {
      const probe = sql`select ${JSON.stringify({ sets: [5, 5] })}::jsonb as plan, ${"2026-12-02"}::date as day,
        ${"2026-12-02T09:30:00Z"}::timestamptz as at`;
      const outside = await db.execute(probe);
      const inside = await db.transaction((t) => t.execute(probe));
      expect([...inside]).toEqual([...outside]);
      expect(outside[0]?.plan).toEqual({ sets: [5, 5] });
    } finally {
      await end();
    }
  });

  it("names a statement once per connection and runs it from then on without describing it again", async () => {
    const { db, end } = open({ max: 1 });
    try {
      for (let i = 0; i < 3; i++) await db.execute(sql`select ${i}::int as named_statement_probe`);
      const [prepared] = await db.execute<{ n: number }>(
        sql`select count(*)::int as n from pg_prepared_statements where statement like '%named_statement_probe%' and statement not like '%pg_prepared_statements%'`,
      );
      expect(prepared?.n).toBe(1);
    } finally {
      await end();
    }
  });
});
