#!/usr/bin/env bash
# Queue figures through `wrangler dev` with both Workers and local queues, on a server of its
# own: how soon a saved calendar's busy times apply and a mail is delivered, and how long the
# jobs Worker takes over a backlog of 3,000 calendars and of 1,000 mails. Prints, asserts nothing.
source "$(dirname "$0")/lib.sh"

serve_scratch

ms() { date +%s%3N; }
# One number a query counts (`SELECT count(*) AS n …`), read beside the running Workers.
# Prints nothing when the database is busy with the backlog; the caller asks again.
count() {
  WRANGLER_LOG=log wrangler d1 execute DB --local --persist-to "$WORK/state" --json --command "$1" 2>"$WORK/count.err" |
    python3 -c 'import json, sys
try: print(json.load(sys.stdin)[0]["results"][0]["n"])
except ValueError: pass' || true
}
sql() { wrangler d1 execute DB --local --persist-to "$WORK/state" --command "$1" >/dev/null; }
json_post() { curl -fsS -X "$1" -H "origin: $BASE" -H 'content-type: application/json' ${3:+-H "cookie: $3"} -d "$4" "$BASE$2"; }
# waits_for WHAT LIMIT_SECONDS COMMAND...: runs COMMAND until it succeeds; prints the time taken.
waits_for() {
  local what=$1 limit=$2 start
  shift 2
  start=$(ms)
  until "$@"; do
    if [ $(($(ms) - start)) -gt $((limit * 1000)) ]; then
      printf '  %-52s not within %s s\n' "$what" "$limit"
      return 0
    fi
    sleep 0.05
  done
  printf '  %-52s %8.2f s\n' "$what" "$(awk -v t=$(($(ms) - start)) 'BEGIN { print t / 1000 }')"
}

echo
echo "Queues (both Workers in one wrangler dev, local queues)"
mentor=$(session_cookie "$BASE" "queue.mentor@acme.com")
mentor_id=$(json_post PUT /api/me/profile "$mentor" '{"display_name":"Queue mentor","is_mentor":true,"timezone":"UTC"}' |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["profile"]["id"])')
calendar_read() { ! curl -fsS -H "cookie: $mentor" "$BASE/api/me/busy-calendars" | grep -q '"pending"'; }
json_post PUT /api/me/busy-calendars "$mentor" "{\"urls\":[\"$BASE/demo/team-calendar.ics\"]}" >/dev/null
waits_for "a saved calendar read, its busy times applied" 60 calendar_read

json_post PUT /api/dev/mail-api "" '{"domain":"queue-bench.example","answer":"promptly"}' >/dev/null
mail_posted() { curl -fsS "$BASE/api/dev/mail-api?to=one@queue-bench.example" | grep -q '"idempotency_key"'; }
json_post POST /api/auth/email-code "" '{"email":"one@queue-bench.example"}' >/dev/null
waits_for "a mail delivered after the change that wrote it" 60 mail_posted

# Backlogs are written straight into the database, as an outage would leave them, and handed to
# the queues by one run of the Cron Trigger's jobs as a deployment runs them.
sql "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
     INSERT INTO outbox (to_email, subject, text, sent_at, status, attempts, next_attempt_at, queued_at)
     SELECT 'backlog' || i || '@queue-bench.example', 'Backlog', 'A queued mail.', '2026-01-01T00:00:00Z',
            'pending', 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n"
sql "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
     INSERT INTO busy_calendars (id, user_id, position, url, host, tail, created_at)
     SELECT 'backlog-' || i, '$mentor_id', i, '$BASE/demo/team-calendar.ics?n=' || i, '127.0.0.1', '.ics',
            '2026-01-01T00:00:00Z' FROM n"
start=$(ms)
json_post POST /api/dev/run-scheduled "" '{"as_deployed":true}' >"$WORK/run.json"
python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print("  handed to the queues: %d mails, %d calendars" % (r["mails_enqueued"], r["calendars_enqueued"]))' "$WORK/run.json"
mails_left() { count "SELECT count(*) AS n FROM outbox WHERE to_email LIKE 'backlog%' AND status = 'pending'"; }
calendars_left() { count "SELECT count(*) AS n FROM busy_calendars WHERE id LIKE 'backlog-%' AND fetched_at IS NULL"; }
# Both queues work side by side; each backlog's time counts from the run.
mails_at= calendars_at=
while [ -z "$mails_at" ] || [ -z "$calendars_at" ]; do
  elapsed=$(($(ms) - start))
  [ -z "$mails_at" ] && [ "$(mails_left)" = 0 ] && mails_at=$elapsed
  [ -z "$calendars_at" ] && [ "$(calendars_left)" = 0 ] && calendars_at=$elapsed
  if [ "$elapsed" -gt 1800000 ]; then break; fi
  sleep 2
done
seconds() { if [ -n "$1" ]; then awk -v t="$1" 'BEGIN { printf "%.1f s", t / 1000 }'; else echo "not within 30 minutes"; fi; }
printf '  %-52s %10s\n' "1,000 mails in the outbox delivered" "$(seconds "$mails_at")"
printf '  %-52s %10s\n' "3,000 calendars read" "$(seconds "$calendars_at")"
