#!/usr/bin/env bash
# Builds the production app and runs the Playwright journeys against it in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
export NEXT_TELEMETRY_DISABLED=1
AUTH_SECRET=build-only-secret npx next build
npx playwright test "$@"
