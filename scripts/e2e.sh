#!/usr/bin/env bash
# Builds the production app and runs the Playwright journeys against it in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
export NEXT_TELEMETRY_DISABLED=1
AUTH_SECRET=build-only-secret npx next build
# The week view is the page runners open every day: hold its first-load JavaScript to budget.
node scripts/first-load-js.mjs --route /week --max-kb 150
npx playwright test "$@"
