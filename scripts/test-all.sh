#!/usr/bin/env bash
# Every test the project has: typecheck, lint, unit and integration tests (PGlite always, and a
# real PostgreSQL when TEST_DATABASE_URL is set), then the browser journeys on a production
# build. Ends with one line, "N passed, N failed", totalling vitest and Playwright.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh || exit 1
bash scripts/ensure-chromium.sh || exit 1
rm -rf .test-data/reports && mkdir -p .test-data/reports
status=0
step() {
  echo ""
  echo "=== $1"
  shift
  "$@" || status=1
}
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "Integration tests run on PGlite and on PostgreSQL at ${TEST_DATABASE_URL%%\?*}"
else
  echo "Integration tests run on PGlite only (set TEST_DATABASE_URL to add a PostgreSQL server)"
fi
step "typecheck" npx tsc --noEmit
step "lint" npx eslint --max-warnings=0 .
step "format (prettier)" npx prettier --check --log-level=warn .
step "unit and integration tests (vitest)" npx vitest run --reporter=default --reporter=json --outputFile=.test-data/reports/vitest.json
step "browser tests (playwright)" bash scripts/e2e.sh
# Issue 14: production servers from that build, two on one database and through crashes.
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step "two instances and durability (vitest.infra.config.ts)" npx vitest run --config vitest.infra.config.ts --reporter=default --reporter=json --outputFile=.test-data/reports/infra.json
fi
echo ""
node scripts/test-summary.mjs || status=1
exit $status
