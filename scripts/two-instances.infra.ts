import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { TOO_MANY_ATTEMPTS_CODE } from "@/server/domain/sign-in-codes";
import { SCALE_PASSWORD, scaleAthleteEmail, seedScale } from "@/server/demo/scale";
import { startApp, type AppServer } from "./bench-load/app-server";
import { mutate, query, signIn, trySignIn } from "./bench-load/client";
import { startCluster, type Cluster } from "./bench-load/cluster";
import { createDatabase } from "./bench-load/setup";

/**
 * Issue 14, item 4: the app servers keep no state of their own. Two production instances on one
 * PostgreSQL database (TEST_DATABASE_URL's server, else a throwaway cluster): a session signed out
 * on one is refused on the other, and sign-in attempts count across both.
 */
const PORT = Number(process.env.INFRA_PORT ?? 3116);

describe("two app instances on one database [postgres]", () => {
  let cluster: Cluster | undefined;
  let serverUrl: string;
  const databaseName = `gw_two_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  let first: AppServer;
  let second: AppServer;

  beforeAll(async () => {
    serverUrl =
      process.env.TEST_DATABASE_URL?.trim() || (cluster = startCluster({ port: PORT + 2, durable: false })).url;
    const url = await createDatabase(serverUrl, databaseName, true);
    const handle = openDatabase({ driver: "postgres", url, maxConnections: 2 });
    await handle.migrate();
    await seedScale(handle.db, new Date(), { athletes: 3, coaches: 1, athletesPerCoach: 3 });
    await handle.close();
    [first, second] = await Promise.all([
      startApp({ port: PORT, database: { url } }),
      startApp({ port: PORT + 1, database: { url } }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([first?.kill("SIGTERM"), second?.kill("SIGTERM")]);
    if (cluster) cluster.destroy();
    else {
      const postgres = (await import("postgres")).default;
      const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    }
  });

  it("refuses on the second instance a session signed out everywhere on the first", async () => {
    const cookie = await signIn(first.url, scaleAthleteEmail(0), SCALE_PASSWORD);
    expect((await query(second.url, cookie, "plans.week", {})).ok).toBe(true);

    expect((await mutate(first.url, cookie, "security.signOutEverywhere", undefined)).ok).toBe(true);

    const refused = await query(second.url, cookie, "plans.week", {});
    expect(refused).toMatchObject({ ok: false, code: "UNAUTHORIZED" });
    expect((await query(first.url, cookie, "plans.week", {})).ok).toBe(false);
  });

  it("counts wrong passwords across both instances: 3 on each block the account on either", async () => {
    const email = scaleAthleteEmail(1);
    for (const app of [first, first, first, second, second, second])
      expect((await trySignIn(app.url, email, "not-the-password-1")).session).toBeNull();

    const blocked = await trySignIn(first.url, email, SCALE_PASSWORD);
    expect(blocked.session).toBeNull();
    expect(new URL(blocked.location, first.url).searchParams.get("code")).toMatch(
      new RegExp(`^${TOO_MANY_ATTEMPTS_CODE}\\d+$`),
    );
  });

  it("lets an account with 3 wrong passwords on one instance still sign in (the control)", async () => {
    const email = scaleAthleteEmail(2);
    for (let attempt = 0; attempt < 3; attempt++)
      expect((await trySignIn(first.url, email, "not-the-password-1")).session).toBeNull();
    expect((await trySignIn(second.url, email, SCALE_PASSWORD)).session).not.toBeNull();
  });
});
