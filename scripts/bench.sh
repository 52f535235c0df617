#!/usr/bin/env bash
# Prints figures, asserts nothing: bundle sizes (gzipped), API latency under local load, and the
# pages by Lighthouse (scripts/bench-pages.sh).
source "$(dirname "$0")/lib.sh"

scripts/setup.sh bench
scripts/build.sh

gz() { gzip -9 -c "$1" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

echo
echo "Sizes (gzip -9)"
pkg=$(echo app/dist/pkg/*)
chunks=0
for chunk in "$pkg"/*.wasm; do
  [ "$chunk" = "$pkg/app_bg.wasm" ] || chunks=$((chunks + $(gz "$chunk")))
done
printf '  %-28s %10s  (raw %s)\n' "app wasm, first load" "$(kb "$(gz "$pkg/app_bg.wasm")")" "$(kb "$(wc -c <"$pkg/app_bg.wasm")")"
printf '  %-28s %10s  (%s files: one per lazy page group and one shared, fetched on first visit)\n' \
  "app wasm, page chunks" "$(kb "$chunks")" "$(($(ls "$pkg"/*.wasm | wc -l) - 1))"
printf '  %-28s %10s\n' "app JS glue" "$(kb $(($(gz "$pkg/app.js") + $(gz "$pkg/__wasm_split.js"))))"
printf '  %-28s %10s\n' "app CSS" "$(kb "$(gz app/dist/app.css)")"
first_load=$(($(gz "$pkg/app_bg.wasm") + $(gz "$pkg/app.js") + $(gz "$pkg/__wasm_split.js") + $(gz app/dist/boot.js)))
printf '  %-28s %10s  (%s B: the shell wasm, its JS glue and boot.js)\n' "first load, in all" "$(kb "$first_load")" "$first_load"
for dir in worker jobs; do
  name=$([ "$dir" = worker ] && echo "API worker" || echo "jobs worker")
  wasm=$(gz "$dir/build/index_bg.wasm")
  printf '  %-28s %10s  (%s B; raw %s)\n' "$name wasm" "$(kb "$wasm")" "$wasm" "$(kb "$(wc -c <"$dir/build/index_bg.wasm")")"
  printf '  %-28s %10s\n' "$name JS" "$(kb "$(gz "$dir/build/index.js")")"
done
echo "  budgets: API worker 750 KB, jobs worker 1 MB (wasm, gzipped)"
echo
echo "Startup (wrangler check startup: the bundle as deployed, its startup CPU profiled locally)"
profile=$(mktemp)
# From each Worker's folder: `--config` is not passed on to the bundling step. Its figures are log
# output, which the quiet WRANGLER_LOG of lib.sh would hide.
for config in wrangler.toml jobs/wrangler.toml; do
  figures=$(WRANGLER_LOG=log wrangler check startup --cwd "$(dirname "$config")" --outfile "$profile" 2>&1 |
    sed -nE 's/.*(Bundle: [^│]*|Active: [0-9.]+ ms).*/\1/p' | tr '\n' ' ')
  printf '  %-20s %s\n' "$config" "${figures:-(wrangler check startup printed no figures)}"
done
rm -f "$profile"
echo "  baseline: a minimal Leptos CSR page is 81 KB gzipped wasm; the budget is 2x (162 KB)"

# One mentee books hundreds of sessions and one client searches thousands of times here: lift the
# per-person limits that stop abuse.
export DEV_VARS_EXTRA="UPCOMING_BOOKINGS_PER_MENTEE=100000
UPCOMING_BOOKINGS_WITH_ONE_MENTOR=100000
BOOKING_CHANGES_PER_USER_PER_HOUR=100000
SEARCHES_PER_CLIENT_PER_MINUTE=100000000
MATCHES_PER_CLIENT_PER_MINUTE=100000000
INSIGHTS_PER_CLIENT_PER_MINUTE=100000000"
serve_scratch

# Prints p50, p99 and requests/s of the last wrk run: summary NAME
summary() {
  awk -v name="$1" '
    $1 == "50%" { p50 = $2 }
    $1 == "99%" { p99 = $2 }
    $1 == "Requests/sec:" { rps = $2 }
    $1 == "Non-2xx" { errors = $NF }
    END { printf "  %-40s p50 %8s   p99 %8s   %9s req/s%s\n", name, p50, p99, rps, errors ? "   (non-2xx: " errors ")" : "" }
  ' "$WORK/wrk.txt"
}

# One wrk run of a GET: CONNECTIONS=1 measures latency alone; more connections measure
# throughput (and add queueing to the latency).
load() {
  local name=$1 path=$2 connections=${CONNECTIONS:-16}
  local threads=$((connections < 2 ? 1 : 2))
  wrk -t"$threads" -c"$connections" -d"${BENCH_SECONDS:-10}"s --latency ${COOKIE:+-H "cookie: $COOKIE"} \
    "$BASE$path" >"$WORK/wrk.txt"
  summary "$name"
}

echo
echo "Throughput through wrangler dev (wrk, 2 threads, 16 connections, ${BENCH_SECONDS:-10} s each)"
curl -fsS -o /dev/null "$BASE/api/health"
load "GET /api/health" /api/health
load "GET / (app shell)" /

# Directory search at growing sizes. The first request of a query computes its total and facets
# (cold); later ones reuse them until the directory changes (warm, what wrk measures).
QUERIES=(
  "text|q=kubernetes"
  "a word in most profiles|q=engineer"
  "twelve one-letter words|q=a+b+c+d+e+f+g+h+i+j+k+l"
  "a prefix|q=kub"
  "filters|expertise=rust&language=es&career_stage=senior"
  "a language most speak|language=en"
  "text and that language|q=rust&language=en"
  "soonest first|sort=soonest"
  "free within a week|available_within_days=7"
  "combined|q=rust&language=es&tz_overlap_hours=4&viewer_timezone=Europe/Madrid"
  "landing page|"
)
seeded=0
for size in 1000 10000 100000; do
  seed_people "$BASE" bench "$seeded" $((size - seeded)) 0 >/dev/null
  seeded=$size
  echo
  echo "Directory search with $size mentors (wrk, 1 connection, ${BENCH_SEARCH_SECONDS:-5} s each)"
  for entry in "${QUERIES[@]}"; do
    name=${entry%%|*}
    query=${entry#*|}
    cold=$(curl -fsS -o /dev/null -w '%{time_total}' "$BASE/api/mentors?$query")
    CONNECTIONS=1 BENCH_SECONDS=${BENCH_SEARCH_SECONDS:-5} load "$name (cold $(awk -v s="$cold" 'BEGIN { printf "%.0fms", s * 1000 }'))" "/api/mentors?$query"
  done
  wrk -t1 -c1 -d"${BENCH_SEARCH_SECONDS:-5}"s --latency -s scripts/bench-matches.lua "$BASE" >"$WORK/wrk.txt"
  summary "POST /api/matches (five goals)"
  CONNECTIONS=1 BENCH_SECONDS=${BENCH_SEARCH_SECONDS:-5} load "GET /api/health (same run)" /api/health
done

# Insights read per-day aggregates. A year of a large organization's are seeded directly (2,740
# sessions a day, a million in all, over 20,000 members, with questions and feedback in
# proportion), not made as a million bookings; the network gets the same days.
echo
echo "Insights, 1M sessions a year in one organization (seeded aggregates; wrk, 1 connection, ${BENCH_SEARCH_SECONDS:-5} s each)"
for ago in 364 333 302 271 240 209 178 147 116 85 54 23; do
  days=31
  [ "$ago" -lt 31 ] && days=$((ago + 1))
  curl -fsS -o /dev/null -X POST -H 'content-type: application/json' \
    -d "{\"scope\":\"insights-bench.com\",\"days_ago\":$ago,\"days\":$days,\"sessions_per_day\":2740,\"members\":20000}" \
    "$BASE/api/dev/seed-insights"
done
member=$(session_cookie "$BASE" "bench.reader@insights-bench.com")
# The first answer after a scheduled run computes the figures (cold); later ones reuse them
# until the next run (warm, what wrk measures).
for path in "organizations/insights-bench.com/insights?period=30d" \
  "organizations/insights-bench.com/insights?period=90d" \
  "organizations/insights-bench.com/insights?period=365d" "insights?period=365d"; do
  cold=$(curl -fsS -o /dev/null -w '%{time_total}' -H "cookie: $member" "$BASE/api/$path")
  COOKIE=$member CONNECTIONS=1 BENCH_SECONDS=${BENCH_SEARCH_SECONDS:-5} \
    load "${path%%\?*}, ${path#*=} (cold $(awk -v s="$cold" 'BEGIN { printf "%.0fms", s * 1000 }'))" "/api/$path"
done
CONNECTIONS=1 BENCH_SECONDS=${BENCH_SEARCH_SECONDS:-5} load "GET /api/health (same run)" /api/health

echo
echo "Free-slot computation (native, release build)"
cargo run --release --quiet -p domain --example free_slots

# Booking under load: five mentors open every quarter hour; one mentee books a different slot
# with every request (wrk -t1, so one script state hands out distinct slots).
echo
echo "Bookings under concurrent load (wrk, 1 thread, 4 connections, ${BENCH_SECONDS:-10} s)"
mentors=()
for i in 1 2 3 4 5; do
  mentor_cookie=$(session_cookie "$BASE" "bench.mentor$i@acme.com")
  id=$(curl -fsS -X PUT -H "cookie: $mentor_cookie" -H 'content-type: application/json' \
    -d '{"display_name":"Benchmark mentor","is_mentor":true,"timezone":"UTC"}' "$BASE/api/me/profile" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["profile"]["id"])')
  curl -fsS -o /dev/null -X PUT -H "cookie: $mentor_cookie" -H 'content-type: application/json' \
    -d '{"weekly":[{"weekday":"mon","start":"00:00","end":"24:00"},{"weekday":"tue","start":"00:00","end":"24:00"},
         {"weekday":"wed","start":"00:00","end":"24:00"},{"weekday":"thu","start":"00:00","end":"24:00"},
         {"weekday":"fri","start":"00:00","end":"24:00"},{"weekday":"sat","start":"00:00","end":"24:00"},
         {"weekday":"sun","start":"00:00","end":"24:00"}],"min_notice_minutes":0,"max_per_week":400}' \
    "$BASE/api/me/availability"
  mentors+=("$id")
done
now=$(date +%s)
MENTORS=$(IFS=,; echo "${mentors[*]}") COOKIE=$(session_cookie "$BASE" "bench.mentee@globex.com") \
  BASE_SECONDS=$(( (now / 900 + 4) * 900 )) \
  wrk -t1 -c4 -d"${BENCH_SECONDS:-10}"s --latency -s scripts/bench-booking.lua "$BASE" >"$WORK/wrk.txt"
summary "POST /api/bookings"

# The queues, and the pages as a browser loads them, each on a server of their own.
stop_wrangler
scripts/bench-queues.sh
scripts/bench-pages.sh
