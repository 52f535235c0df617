#!/usr/bin/env bash
# Sets up what is missing, builds, migrates, loads demo data and serves the app and the API.
source "$(dirname "$0")/lib.sh"

scripts/setup.sh dev
scripts/build.sh

STATE="$ROOT/.wrangler/state"
PORT=${PORT:-8787}
say "applying D1 migrations"
migrate_local "$STATE"

say "Quarterhour is at http://127.0.0.1:$PORT  (Ctrl-C stops it)"
exec "$ROOT/node_modules/.bin/wrangler" dev --local --ip 127.0.0.1 --port "$PORT" \
  --persist-to "$STATE" --show-interactive-dev-session=false --test-scheduled
