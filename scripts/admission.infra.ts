import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppServer } from "./bench-load/app-server";

/**
 * The production server (server.mjs) really has its gate in front of Next.js, with the limits its
 * settings give it: one request at a time and two waiting, so a burst of page loads is partly
 * answered 503 with Retry-After (server/http/admission.mjs has the gate's own tests).
 */
const PORT = Number(process.env.INFRA_PORT ?? 3116);

describe("the production server's admission control", () => {
  let app: AppServer;
  const dataDir = mkdtempSync(path.join(tmpdir(), "gw-admission-"));

  beforeAll(async () => {
    app = await startApp({
      port: PORT,
      database: { pgliteDir: path.join(dataDir, "pglite") },
      env: { MAX_REQUESTS_IN_FLIGHT: "1", MAX_REQUESTS_WAITING: "2" },
    });
  });

  afterAll(async () => {
    await app?.kill("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves one request at a time, keeps two waiting, and asks the rest to retry", async () => {
    const burst = await Promise.all(Array.from({ length: 24 }, () => fetch(`${app.url}/sign-in`)));
    const statuses = burst.map((answer) => answer.status);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(3);
    const refused = burst.filter((answer) => answer.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]?.headers.get("retry-after")).toBe("1");
    expect(await refused[0]?.text()).toMatch(/busy/);

    // Once the burst is over, the page is served as usual.
    expect((await fetch(`${app.url}/sign-in`)).status).toBe(200);
  });
});
