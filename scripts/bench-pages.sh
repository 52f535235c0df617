#!/usr/bin/env bash
# Lighthouse (mobile and desktop presets, Debian's Chromium) on the app's pages, against a local
# server with the demo data `make dev` loads. Prints figures, asserts nothing; part of `make bench`.
source "$(dirname "$0")/lib.sh"

serve_scratch
seed_people "$BASE" demo 0 300 60 >/dev/null
curl -fsS -o /dev/null -X POST -H "origin: $BASE" -H 'content-type: application/json' -d '{}' \
  "$BASE/api/dev/run-scheduled"

json() { python3 -c "import json, sys; print($1)"; }
mentor=$(curl -fsS "$BASE/api/mentors?q=kubernetes" | json 'json.load(sys.stdin)["mentors"][0]["id"]')

# A mentor open around the clock, every day: the longest list of slots a profile can show.
open_mentor=$(session_cookie "$BASE" "a.new.user.mentor@acme.com")
open_id=$(curl -fsS -X PUT -H "cookie: $open_mentor" -H "origin: $BASE" -H 'content-type: application/json' \
  -d '{"display_name":"A new user","headline":"Open all week","is_mentor":true,"timezone":"UTC","expertise":["kubernetes"]}' \
  "$BASE/api/me/profile" | json 'json.load(sys.stdin)["profile"]["id"]')
week=""
for day in mon tue wed thu fri sat sun; do week="$week{\"weekday\":\"$day\",\"start\":\"00:00\",\"end\":\"24:00\"},"; done
curl -fsS -o /dev/null -X PUT -H "cookie: $open_mentor" -H "origin: $BASE" -H 'content-type: application/json' \
  -d "{\"weekly\":[${week%,}],\"min_notice_minutes\":0,\"max_per_week\":400}" "$BASE/api/me/availability"

# A signed-in mentee with a profile and one session booked with the demo mentor.
mentee=$(session_cookie "$BASE" "a.new.user@acme.com")
curl -fsS -o /dev/null -X PUT -H "cookie: $mentee" -H "origin: $BASE" -H 'content-type: application/json' \
  -d '{"display_name":"A new user","headline":"Platform engineer","timezone":"Europe/Berlin","expertise":["rust"]}' \
  "$BASE/api/me/profile"
slot=$(curl -fsS "$BASE/api/mentors/$open_id/slots?from=$(date -u +%FT%TZ)&to=$(date -u -d '+14 days' +%FT%TZ)" |
  json 'json.load(sys.stdin)["slots"][8]["start"]')
curl -fsS -o /dev/null -X POST -H "cookie: $mentee" -H "origin: $BASE" -H 'content-type: application/json' \
  -d "{\"mentor_id\":\"$open_id\",\"start\":\"$slot\",\"agenda\":\"Our cluster keeps evicting pods\"}" \
  "$BASE/api/bookings"

pages=$(python3 - "$mentor" "$open_id" "$mentee" <<'PY'
import json, sys
mentor, open_id, cookie = sys.argv[1:]
print(json.dumps([
    {"name": "/", "path": "/"},
    {"name": "/mentors", "path": "/mentors"},
    {"name": "/mentors/{id} (demo mentor)", "path": f"/mentors/{mentor}"},
    {"name": "/mentors/{id} (open all week)", "path": f"/mentors/{open_id}"},
    {"name": "/match?goal=kubernetes", "path": "/match?goal=kubernetes"},
    {"name": "/requests", "path": "/requests"},
    {"name": "/sessions (signed in)", "path": "/sessions", "cookie": cookie},
    {"name": "/profile (signed in)", "path": "/profile", "cookie": cookie},
]))
PY
)
echo
echo "Pages by Lighthouse $(node -p 'require("lighthouse/package.json").version') (performance; demo data)"
node scripts/lighthouse.mjs "$BASE" "$pages"
