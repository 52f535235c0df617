#!/usr/bin/env bash
# Sets up what is missing, builds, migrates, loads demo data and serves the app and the API.
source "$(dirname "$0")/lib.sh"

scripts/setup.sh dev
scripts/build.sh

STATE="$ROOT/.wrangler/state"
PORT=${PORT:-8787}
say "applying D1 migrations"
migrate_local "$STATE"

WRANGLER_PID=
trap 'stop_wrangler; exit 0' INT TERM
trap stop_wrangler EXIT
start_wrangler "$PORT" "$STATE" "$ROOT/.wrangler/dev.log"

say "loading demo data (once; people already there are kept as they are)"
seed_people "http://127.0.0.1:$PORT" demo 0 300 60
# The scheduled jobs once now, not at the first Cron Trigger: the insights (and the home page's
# "Mentors wanted") come from the aggregates they keep.
curl -fsS -o /dev/null -X POST -H "origin: http://127.0.0.1:$PORT" -H 'content-type: application/json' \
  -d '{}' "http://127.0.0.1:$PORT/api/dev/run-scheduled"

say "Quarterhour is at http://127.0.0.1:$PORT  (Ctrl-C stops it; the server log is .wrangler/dev.log)"
echo "    Sign in as anyone, e.g. a demo mentor from GET /api/mentors; read codes at /dev/mailbox."
wait "$WRANGLER_PID"
