#!/usr/bin/env bash
# Loads N synthetic mentors (default 1,000, up to 100,000) into the local development state, for
# benchmarks: `make seed-bench N=100000`. The same indexes always give the same people.
source "$(dirname "$0")/lib.sh"

N=${N:-1000}
STATE=${STATE:-$ROOT/.wrangler/state}
scripts/setup.sh dev
[ -f worker/build/index.js ] && [ -d app/dist ] || scripts/build.sh
migrate_local "$STATE"
WRANGLER_PID=
trap stop_wrangler EXIT
PORT=$(free_port)
start_wrangler "$PORT" "$STATE" "$(mktemp)"
say "loading $N benchmark mentors"
seed_people "http://127.0.0.1:$PORT" bench 0 "$N" 0
