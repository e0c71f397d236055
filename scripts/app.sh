#!/usr/bin/env bash
# Installs, builds and serves the app at http://localhost:3000 on the embedded database
# (.data/pglite, created and seeded with the demo users on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export NEXT_TELEMETRY_DISABLED=1 AUTH_TRUST_HOST=true
mkdir -p .data
if [ -z "${AUTH_SECRET:-}" ]; then
  # One random secret per checkout, kept so sign-ins survive a restart.
  [ -s .data/auth-secret ] || node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("base64url"))' > .data/auth-secret
  AUTH_SECRET=$(cat .data/auth-secret)
  export AUTH_SECRET
fi
npx next build
exec node server.mjs -p "${PORT:-3000}"
