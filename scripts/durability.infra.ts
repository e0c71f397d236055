import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { seedScale } from "@/server/demo/scale";
import { startApp, type AppServer } from "./bench-load/app-server";
import { startCluster, type Cluster } from "./bench-load/cluster";
import { athletesWithSessions, CheckOffLoad, lostWrites, signInAll, storedLogs } from "./durability-load";

/**
 * Issue 14, item 5: check-offs sent under load, the app server or the database crashed part-way,
 * everything restarted. Every check-off the server acknowledged must be stored; the client's
 * retries (same clientId) and a replay of every acknowledged one must write nothing twice.
 * PostgreSQL runs in a cluster of our own with every durability setting at its default; the
 * embedded PGlite keeps its default (not relaxed) durability.
 */
const PORT = Number(process.env.INFRA_PORT ?? 3116);
const WORKERS = 12;
const ACKS_BEFORE_CRASH = 60;
const ATHLETES_PER_RUN = 6;

interface Crash {
  app(): AppServer;
  crash(): Promise<void>;
  restart(): Promise<void>;
  /** Reads the stored check-offs (PGlite: stops the server to open its folder, then starts it again unless `last`). */
  read<T>(work: (handle: DatabaseHandle) => Promise<T>, last?: boolean): Promise<T>;
}

/** Load, crash, restart, retry, check; then replay everything and check nothing changed. */
async function crashUnderLoad(scenario: Crash, athleteOffset: number) {
  const all = await scenario.read((handle) => athletesWithSessions(handle.db, athleteOffset + ATHLETES_PER_RUN));
  const athletes = await signInAll(scenario.app().url, all.slice(athleteOffset));
  const load = new CheckOffLoad(athletes);
  const running = load.run(() => scenario.app().url, WORKERS);
  await load.waitForAcks(ACKS_BEFORE_CRASH);
  await scenario.crash();
  await new Promise((resolve) => setTimeout(resolve, 300)); // requests fail while it is down
  load.stop();
  await running;
  const ackedBeforeCrash = load.acked();
  await scenario.restart();
  const retried = await load.retryUnacknowledged(scenario.app().url);
  const touched = load.attempts.map((attempt) => attempt.sessionId);
  const afterRetry = await scenario.read((handle) => storedLogs(handle.db, touched));
  expect(lostWrites(load.attempts, afterRetry)).toEqual([]);
  await load.replayAll(scenario.app().url);
  const afterReplay = await scenario.read((handle) => storedLogs(handle.db, touched), true);
  expect(afterReplay).toEqual(afterRetry); // same clientId, same updated_at: no second write
  return { ackedBeforeCrash, retried, attempts: load.attempts.length };
}

async function seed(handle: DatabaseHandle) {
  await handle.migrate();
  await seedScale(handle.db, new Date(), { athletes: 2 * ATHLETES_PER_RUN, coaches: 1, athletesPerCoach: 1 });
}

describe("check-offs survive crashes [postgres]", () => {
  let cluster: Cluster;
  let app: AppServer;
  const start = async () => {
    app = await startApp({ port: PORT, database: { url: cluster.url } });
  };
  const scenario = (crash: () => Promise<void>, restart: () => Promise<void>): Crash => ({
    app: () => app,
    crash,
    restart,
    async read(work) {
      const handle = openDatabase({ driver: "postgres", url: cluster.url, maxConnections: 1 });
      try {
        return await work(handle);
      } finally {
        await handle.close();
      }
    },
  });

  beforeAll(async () => {
    cluster = startCluster({ port: PORT + 2, durable: true });
    const handle = openDatabase({ driver: "postgres", url: cluster.url, maxConnections: 2 });
    await seed(handle);
    await handle.close();
    await start();
  });
  afterAll(async () => {
    await app?.kill("SIGTERM");
    cluster?.destroy();
  });

  it("keeps every acknowledged check-off when the app server is killed (SIGKILL) and restarted", async () => {
    const result = await crashUnderLoad(
      scenario(() => app.kill("SIGKILL"), start),
      0,
    );
    expect(result.ackedBeforeCrash).toBeGreaterThanOrEqual(ACKS_BEFORE_CRASH);
    console.log(`app SIGKILL: ${result.attempts} check-offs, ${result.retried} retried after the restart`);
  });

  it("keeps every acknowledged check-off when PostgreSQL stops in immediate mode and restarts", async () => {
    const result = await crashUnderLoad(
      scenario(
        async () => cluster.stop("immediate"),
        async () => cluster.start(),
      ),
      ATHLETES_PER_RUN,
    );
    expect(result.ackedBeforeCrash).toBeGreaterThanOrEqual(ACKS_BEFORE_CRASH);
    console.log(`PostgreSQL immediate stop: ${result.attempts} check-offs, ${result.retried} retried`);
  });
});

describe("check-offs survive crashes [pglite]", () => {
  let folder = "";
  let dataDir = "";
  let app: AppServer;
  const start = async () => {
    app = await startApp({ port: PORT + 1, database: { pgliteDir: dataDir } });
  };

  beforeAll(async () => {
    folder = mkdtempSync("/tmp/gw-pglite-");
    dataDir = path.join(folder, "db");
    const handle = openDatabase({ driver: "pglite", dataDir });
    await seed(handle);
    await handle.close();
    await start();
  });
  afterAll(async () => {
    await app?.kill("SIGTERM");
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("keeps every acknowledged check-off when the server with the embedded database is killed (SIGKILL)", async () => {
    const result = await crashUnderLoad(
      {
        app: () => app,
        crash: () => app.kill("SIGKILL"),
        restart: start,
        async read(work, last) {
          // One process at a time may open a PGlite folder: stop the server cleanly, read, start again.
          await app.kill("SIGTERM");
          const handle = openDatabase({ driver: "pglite", dataDir });
          try {
            return await work(handle);
          } finally {
            await handle.close();
            if (!last) await start();
          }
        },
      },
      0,
    );
    expect(result.ackedBeforeCrash).toBeGreaterThanOrEqual(ACKS_BEFORE_CRASH);
    console.log(`PGlite SIGKILL: ${result.attempts} check-offs, ${result.retried} retried`);
  });
});
