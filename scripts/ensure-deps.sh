#!/usr/bin/env bash
# Installs node_modules exactly as package-lock.json says, but only when the lock has changed
# since the last install, so repeated runs stay fast.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.install-stamp
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ]; then
  exit 0
fi
echo "Installing dependencies (npm ci)…"
npm ci --no-audit --no-fund --loglevel=error
echo "$lock_hash" > "$stamp"
