#!/usr/bin/env bash
# Every check, cheapest first: format, lints (host and wasm32), unit tests, then the API and
# browser tests and schemathesis against a fresh `wrangler dev`. Ends with `N passed, N failed`
# over all layers, and exits non-zero if anything failed.
source "$(dirname "$0")/lib.sh"

TREE_BEFORE=$(git status --porcelain 2>/dev/null)
scripts/setup.sh test

PASSED=0
FAILED=0
FAILURES=()
WORK=$(mktemp -d)
WRANGLER_PID=
cleanup() {
  stop_wrangler
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A check that is one pass or one fail.
check() {
  local name=$1
  shift
  say "$name"
  if "$@"; then
    PASSED=$((PASSED + 1))
  else
    FAILED=$((FAILED + 1))
    FAILURES+=("$name")
  fi
}

# Nothing to do when no input changed: neither compiled nor optimised again.
rebuild_is_a_no_op() {
  local out
  out=$(scripts/build.sh) || return 1
  echo "$out"
  grep -q "the worker is up to date" <<<"$out" && grep -q "the jobs worker is up to date" <<<"$out" &&
    grep -q "the app is up to date" <<<"$out"
}

# A run leaves the tree as it found it: a fresh clone stays clean.
tree_unchanged() {
  local after
  after=$(git status --porcelain 2>/dev/null)
  [ "$after" = "$TREE_BEFORE" ] || { echo "the run changed the tree:"; diff <(echo "$TREE_BEFORE") <(echo "$after"); return 1; }
}

# `cargo test`, counting its tests; a build that fails counts as one failure.
cargo_tests() {
  local name=$1 log="$WORK/cargo-test.log"
  shift
  say "$name"
  local status=0
  cargo test "$@" 2>&1 | tee "$log" || status=$?
  local counts
  counts=$(sed -nE 's/^test result: [A-Za-z]+\. ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/p' "$log" |
    awk '{p += $1; f += $2} END {print p + 0, f + 0}')
  local p=${counts% *} f=${counts#* }
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  PASSED=$((PASSED + p))
  FAILED=$((FAILED + f))
  if [ "$f" -gt 0 ]; then FAILURES+=("$name"); fi
}

check "cargo fmt --check" cargo fmt --all --check
check "clippy (host)" cargo clippy --workspace --all-targets --quiet -- -D warnings
check "clippy (wasm32: domain, app)" \
  cargo clippy -p domain -p app --target wasm32-unknown-unknown --quiet -- -D warnings
# The API Worker alone builds the shared crate without the jobs Worker's code; both together, with.
check "clippy (wasm32: API worker)" \
  cargo clippy -p quarterhour-worker --target wasm32-unknown-unknown --quiet -- -D warnings
check "clippy (wasm32: jobs worker, shared crate)" \
  cargo clippy -p quarterhour-backend -p quarterhour-worker -p quarterhour-jobs --target wasm32-unknown-unknown --quiet -- -D warnings
cargo_tests "unit tests" --workspace --exclude api-tests
# The document the unit tests keep equal to the code, against Redocly's recommended rules.
check "OpenAPI lint (Redocly CLI, recommended rules)" \
  env REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true redocly lint worker/openapi.json --format=summary

if scripts/build.sh; then
  PORT=$(free_port)
  STATE="$WORK/state"
  migrate_local "$STATE"
  load_test_fixtures "$STATE"
  # A text search scores its newest 1,000 matches; 4 lets the paging tests cross that line.
  export DEV_VARS_EXTRA="SEARCH_SCORED_MATCHES=4"
  if start_wrangler "$PORT" "$STATE" "$WORK/wrangler.log"; then
    export QH_BASE_URL="http://127.0.0.1:$PORT"
    # The invite tests parse .ics files with Python's icalendar, an independent implementation.
    export QH_PYTHON="$ROOT/.venv/bin/python"
    say "API under test at $QH_BASE_URL"
    cargo_tests "API integration tests" -p api-tests

    say "browser end-to-end tests"
    e2e_status=0
    PLAYWRIGHT_JSON_OUTPUT_NAME="$WORK/e2e.json" \
      playwright test --config tests/e2e/playwright.config.mjs || e2e_status=$?
    if [ -f "$WORK/e2e.json" ]; then
      read -r p f < <(node -e '
        const s = require(process.argv[1]).stats;
        console.log(s.expected + s.flaky, s.unexpected);' "$WORK/e2e.json")
    else
      p=0 f=1
    fi
    if [ "$e2e_status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    PASSED=$((PASSED + p))
    FAILED=$((FAILED + f))
    if [ "$f" -gt 0 ]; then FAILURES+=("browser end-to-end tests"); fi

    # Signed in, so the account endpoints are exercised too; the two that end the session are
    # left out, and so is the development seeding tool (each call may load 2,000 people). `positive_data_acceptance` is skipped: rules such as "an IANA time zone" or
    # "an ISO 639-1 code" are stricter than a JSON Schema can say, and are refused with 422.
    # The session goes in as the document's `session` security scheme (tests/schemathesis.toml),
    # so requests made without it on purpose are expected to be refused.
    cookie=$(session_cookie "$QH_BASE_URL" "schemathesis@acme.com")
    check "schemathesis (API against its OpenAPI document)" \
      env QH_SESSION="${cookie#qh_session=}" \
      .venv/bin/schemathesis --config-file tests/schemathesis.toml run "$QH_BASE_URL/api/openapi.json" \
      --url "$QH_BASE_URL" --checks all --max-examples 30 --workers 1 --seed 1 --no-color \
      --exclude-checks ignored_auth,positive_data_acceptance \
      --exclude-operation-id delete_me --exclude-operation-id sign_out --exclude-operation-id dev_seed --exclude-operation-id dev_mail_delivery \
      --exclude-operation-id dev_route_mail_api --exclude-operation-id dev_mail_api_post \
      --exclude-operation-id sign_out_everywhere
  else
    FAILED=$((FAILED + 1))
    FAILURES+=("starting wrangler dev")
  fi
  stop_wrangler
  check "a plain deploy: no development features, no sign-in without its secret" scripts/check-production.sh
  # Unchanged inputs are not compiled or optimised again.
  check "a second build with nothing changed does nothing" rebuild_is_a_no_op
else
  FAILED=$((FAILED + 1))
  FAILURES+=("release build")
fi

check "the run leaves the working tree as it found it" tree_unchanged

echo
if [ ${#FAILURES[@]} -gt 0 ]; then
  printf 'failed: %s\n' "${FAILURES[@]}"
fi
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
