// Totals the vitest and Playwright JSON reports into the one line CI reads: "N passed, N failed".
// A missing report means that runner did not finish, which counts as a failure.
import { existsSync, readFileSync } from "node:fs";

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

const vitest = read(".test-data/reports/vitest.json");
const playwright = read(".test-data/reports/playwright.json");

const vitestPassed = vitest?.numPassedTests ?? 0;
const vitestFailed = vitest ? vitest.numFailedTests : 1;
const e2ePassed = (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
const e2eFailed = playwright ? playwright.stats.unexpected : 1;
// The infrastructure tests (two instances, durability) run when TEST_DATABASE_URL is set.
const infraExpected = Boolean(process.env.TEST_DATABASE_URL?.trim());
const infra = read(".test-data/reports/infra.json");
const infraPassed = infra?.numPassedTests ?? 0;
const infraFailed = infra ? infra.numFailedTests : infraExpected ? 1 : 0;

// Integration suites are titled "... [pglite]" / "... [postgres]": show that both really ran.
const perDatabase = { pglite: 0, postgres: 0 };
for (const file of vitest?.testResults ?? []) {
  for (const test of file.assertionResults ?? []) {
    for (const name of Object.keys(perDatabase)) {
      if (test.status === "passed" && test.ancestorTitles.some((title) => title.endsWith(`[${name}]`)))
        perDatabase[name] += 1;
    }
  }
}
console.log(`integration tests passed: ${perDatabase.pglite} on PGlite, ${perDatabase.postgres} on PostgreSQL`);
console.log(`vitest: ${vitestPassed} passed, ${vitestFailed} failed${vitest ? "" : " (no report)"}`);
console.log(`playwright: ${e2ePassed} passed, ${e2eFailed} failed${playwright ? "" : " (no report)"}`);
if (infraExpected) console.log(`infra: ${infraPassed} passed, ${infraFailed} failed${infra ? "" : " (no report)"}`);
console.log(`${vitestPassed + e2ePassed + infraPassed} passed, ${vitestFailed + e2eFailed + infraFailed} failed`);
process.exit(vitestFailed + e2eFailed + infraFailed > 0 ? 1 : 0);
