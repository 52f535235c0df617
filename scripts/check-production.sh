#!/usr/bin/env bash
# Runs the two Workers as a plain deploy configures them (`wrangler dev --env production`, without
# any of the variables local runs opt into) and checks that no development feature answers, that
# sign-in refuses to work without its secret, and that the jobs Worker answers no request and
# runs no scheduled job without the app's address. Prints each check; exits non-zero if one fails.
source "$(dirname "$0")/lib.sh"

WORK=$(mktemp -d)
WRANGLER_PID=
# For an environment, wrangler reads `.dev.vars.<environment>` instead of `.dev.vars`: an empty
# one means no local variables at all, as on Cloudflare with no secret set.
PRODUCTION_VARS=("$ROOT/.dev.vars.production" "$ROOT/jobs/.dev.vars.production")
cleanup() {
  stop_wrangler
  rm -f "${PRODUCTION_VARS[@]}"
  rm -rf "$WORK"
}
trap cleanup EXIT
for vars in "${PRODUCTION_VARS[@]}"; do : >"$vars"; done
wrangler d1 migrations apply DB --local --env production --persist-to "$WORK/state" >/dev/null
PORT=$(free_port)
start_wrangler "$PORT" "$WORK/state" "$WORK/wrangler.log" --env production || exit 1
BASE="http://127.0.0.1:$PORT"

failed=0
# expect WHAT STATUS ERROR_CODE METHOD PATH [JSON_BODY]
expect() {
  local what=$1 status=$2 code=$3 method=$4 path=$5 body=${6:-}
  local args=(-sS -o "$WORK/body" -w '%{http_code}' -X "$method" -H "Origin: $BASE")
  if [ -n "$body" ]; then args+=(-H 'content-type: application/json' -d "$body"); fi
  local got
  got=$(curl "${args[@]}" "$BASE$path")
  local got_code
  got_code=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["error"]["code"])' "$WORK/body" 2>/dev/null)
  if [ "$got" = "$status" ] && [ "$got_code" = "$code" ]; then
    echo "  ok: $what ($status $code)"
  else
    echo "  FAILED: $what: expected $status $code, got $got ${got_code:-$(head -c 200 "$WORK/body")}"
    failed=1
  fi
}

expect "no sign-in code without AUTH_SECRET" 503 not_configured POST /api/auth/email-code '{"email":"a.new.user@acme.com"}'
expect "no sign-in without AUTH_SECRET" 503 not_configured POST /api/auth/verify '{"email":"a.new.user@acme.com","code":"123456"}'
expect "no development mailbox" 404 not_found GET /api/dev/outbox
expect "no seeding" 404 not_found POST /api/dev/seed '{"prefix":"demo","mentors":1}'
expect "no scheduled runs on request" 404 not_found POST /api/dev/run-scheduled '{}'
if grep -q "AUTH_SECRET" "$WORK/wrangler.log"; then
  echo "  ok: the missing secret is logged"
else
  echo "  FAILED: the missing secret is not logged"
  failed=1
fi
stop_wrangler

# The jobs Worker alone, so that its Cron Trigger answers `/__scheduled`.
WORKER_CONFIGS=(-c "$ROOT/jobs/wrangler.toml")
start_wrangler "$PORT" "$WORK/state" "$WORK/wrangler.log" --env production --test-scheduled || exit 1
expect "the jobs Worker answers no request" 404 not_found POST /run-scheduled '{}'
# A deploy that does not know the app's address sends no mail with links elsewhere: its
# scheduled run refuses to start and says why.
curl -sS -o /dev/null "$BASE/__scheduled?cron=*/5+*+*+*+*"
for _ in $(seq 1 40); do
  grep -q "APP_ORIGIN is not set" "$WORK/wrangler.log" && break
  sleep 0.25
done
if grep -q "APP_ORIGIN is not set" "$WORK/wrangler.log"; then
  echo "  ok: without APP_ORIGIN the scheduled run refuses to start, and says why"
else
  echo "  FAILED: a scheduled run without APP_ORIGIN did not refuse to start"
  failed=1
fi
exit "$failed"
