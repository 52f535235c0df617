# Shared by the scripts in this folder: paths, tool versions and the local-runtime environment.
# shellcheck shell=bash
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

WORKER_BUILD_VERSION=0.8.7
WASM_BINDGEN_VERSION=0.2.130
WASM_SPLIT_VERSION=0.2.4
WASM_SPLIT_SHA256=f6c1f994b196e31969f4cdbe37d051362659567efc0f5c90cb931a8a5cdc530f
SCHEMATHESIS_VERSION=4.32.5
ICALENDAR_VERSION=7.3.0
VOBJECT_VERSION=0.9.9

CARGO_BIN=${CARGO_HOME:-$HOME/.cargo}/bin
export PATH="$ROOT/node_modules/.bin:$CARGO_BIN:$PATH"

# Keep every tool off the network: no downloads from GitHub, no telemetry from wrangler.
export WASM_BINDGEN_BIN="$CARGO_BIN/wasm-bindgen"
export WASM_OPT_BIN="$ROOT/node_modules/.bin/wasm-opt"
export ESBUILD_BIN="$ROOT/node_modules/@esbuild/linux-x64/bin/esbuild"
export WRANGLER_SEND_METRICS=false
export WRANGLER_SEND_ERROR_REPORTS=false
export CLOUDFLARE_CF_FETCH_ENABLED=false
export WRANGLER_LOG=${WRANGLER_LOG:-warn}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# A free TCP port on the loopback interface.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# The two Workers' configurations: the API (first: it serves the port) and the jobs Worker.
WORKER_CONFIGS=(-c "$ROOT/wrangler.toml" -c "$ROOT/jobs/wrangler.toml")

# Local runs opt into development here: `wrangler dev` reads each Worker's `.dev.vars` (beside its
# configuration) over its production-safe [vars]; a deploy never reads them.
# DEV_VARS_EXTRA adds lines (the benchmarks lift the per-person booking limits with it).
write_dev_vars() {
  local vars
  for vars in "$ROOT/.dev.vars" "$ROOT/jobs/.dev.vars"; do
    cat >"$vars" <<'VARS'
ENVIRONMENT=development
CODE_REQUESTS_PER_CLIENT_PER_HOUR=100000
VARS
    if [ -n "${DEV_VARS_EXTRA:-}" ]; then printf '%s\n' "$DEV_VARS_EXTRA" >>"$vars"; fi
  done
}

# Starts `wrangler dev` with both Workers and their local queues on PORT with state in STATE_DIR;
# sets WRANGLER_PID. Returns when the API answers, or fails after 60 s with the server's log.
# With WORKER_CONFIGS set to the jobs Worker's alone, returns when it answers anything.
start_wrangler() {
  local port=$1 state_dir=$2 log=$3
  shift 3
  write_dev_vars
  local ready=(-fsS)
  if [ "${#WORKER_CONFIGS[@]}" -eq 2 ] && [ "${WORKER_CONFIGS[1]}" = "$ROOT/jobs/wrangler.toml" ]; then
    ready=(-sS)
  fi
  # The runtime's own sockets take ports the system picks, which can be the one just found free:
  # wrangler then stops at once with "Address already in use", and a second start gets others.
  local attempt
  for attempt in 1 2 3; do
    "$ROOT/node_modules/.bin/wrangler" dev "${WORKER_CONFIGS[@]}" --local --ip 127.0.0.1 --port "$port" \
      --persist-to "$state_dir" --show-interactive-dev-session=false "$@" >"$log" 2>&1 &
    WRANGLER_PID=$!
    for _ in $(seq 1 240); do
      if curl "${ready[@]}" -o /dev/null "http://127.0.0.1:$port/api/health" 2>/dev/null; then
        return 0
      fi
      if ! kill -0 "$WRANGLER_PID" 2>/dev/null; then break; fi
      sleep 0.25
    done
    stop_wrangler
    grep -q "Address already in use" "$log" || break
    echo "wrangler dev found a port taken (attempt $attempt); starting it again" >&2
  done
  echo "wrangler dev did not start; its log:" >&2
  cat "$log" >&2
  return 1
}

stop_wrangler() {
  if [ -n "${WRANGLER_PID:-}" ] && kill -0 "$WRANGLER_PID" 2>/dev/null; then
    kill -TERM "$WRANGLER_PID" 2>/dev/null || true
    wait "$WRANGLER_PID" 2>/dev/null || true
  fi
  WRANGLER_PID=
}

migrate_local() {
  local state_dir=$1
  wrangler d1 migrations apply DB --local --persist-to "$state_dir" >/dev/null
}

# Both Workers over a new, migrated database on a free port, in a scratch directory that goes
# with them when the script exits. Sets WORK and BASE.
serve_scratch() {
  WORK=$(mktemp -d)
  WRANGLER_PID=
  trap 'stop_wrangler; rm -rf "$WORK"' EXIT
  local port
  port=$(free_port)
  BASE="http://127.0.0.1:$port"
  migrate_local "$WORK/state"
  start_wrangler "$port" "$WORK/state" "$WORK/wrangler.log"
}

# Loads what the API tests expect to find in a database from before a migration:
# load_test_fixtures STATE_DIR
load_test_fixtures() {
  local state_dir=$1 fixture
  for fixture in "$ROOT"/tests/fixtures/*.sql; do
    wrangler d1 execute DB --local --persist-to "$state_dir" --file "$fixture" >/dev/null
  done
}

# Loads generated people through the development API, 1,000 mentors a call:
# seed_people BASE_URL PREFIX START MENTORS MENTEES
seed_people() {
  local base=$1 prefix=$2 start=$3 count=$4 mentees=$5 chunk=1000 created=0
  local end=$((start + count)) at=$start
  while [ "$at" -lt "$end" ] || [ "$mentees" -gt 0 ]; do
    local n=$((end - at < chunk ? end - at : chunk))
    local reply
    reply=$(curl -fsS -X POST -H 'content-type: application/json' \
      -d "{\"prefix\":\"$prefix\",\"start\":$at,\"mentors\":$n,\"mentees\":$mentees}" "$base/api/dev/seed")
    created=$((created + $(printf '%s' "$reply" | sed -E 's/.*"created":([0-9]+).*/\1/')))
    at=$((at + n))
    mentees=0
    if [ $((at % 10000)) -eq 0 ]; then echo "    $at of $end"; fi
  done
  echo "    $created people created"
}

# Signs in through the development outbox and prints the session cookie (`name=value`):
# session_cookie BASE_URL EMAIL
session_cookie() {
  local base=$1 email=$2 code
  curl -fsS -o /dev/null -X POST -H 'content-type: application/json' \
    -d "{\"email\":\"$email\"}" "$base/api/auth/email-code"
  code=$(curl -fsS "$base/api/dev/outbox?to=$email" | python3 -c '
import json, re, sys
print(re.search(r"\b(\d{6})\b", json.load(sys.stdin)["messages"][0]["text"]).group(1))')
  curl -fsS -o /dev/null -c - -X POST -H 'content-type: application/json' \
    -d "{\"email\":\"$email\",\"code\":\"$code\"}" "$base/api/auth/verify" |
    awk '$6 == "qh_session" { print $6 "=" $7 }'
}
