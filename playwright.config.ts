import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests run against a production build (`next build` happens first, in
 * scripts/e2e.sh) served by server.mjs (`next start` with admission control) on its own port,
 * with a fresh embedded database.
 * Browsers cannot be downloaded here, so Playwright drives Debian's Chromium.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
/** Point the tests at a server that is already running (a dev server) instead of starting one. */
const externalBaseUrl = process.env.E2E_BASE_URL;
const dataDir = process.env.E2E_PGLITE_DIR ?? `.test-data/e2e-${Date.now()}/pglite`;
/** Invitation emails go to an SMTP server the coaching spec starts on this port (e2e/coaching.spec.ts). */
const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT ?? port + 1000);

export default defineConfig({
  testDir: "e2e",
  outputDir: ".test-data/playwright",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: [["list"], ["json", { outputFile: ".test-data/reports/playwright.json" }]],
  use: {
    baseURL: externalBaseUrl ?? `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: externalBaseUrl
    ? undefined
    : {
        command: `node server.mjs -p ${port} -H 127.0.0.1`,
        url: `http://127.0.0.1:${port}/api/trpc/health.ping`,
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: "ignore",
        stderr: "pipe",
        env: {
          PGLITE_DIR: dataDir,
          DATABASE_URL: "",
          AUTH_SECRET: "e2e-only-secret-not-for-production-use-0123456789",
          AUTH_TRUST_HOST: "true",
          NEXT_TELEMETRY_DISABLED: "1",
          SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`,
          APP_URL: `http://127.0.0.1:${port}`,
        },
      },
});
