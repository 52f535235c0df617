#!/usr/bin/env bash
# Deploys to Cloudflare: build, apply D1 migrations remotely, create the queues that are missing,
# deploy the jobs Worker and then the API Worker (production environment of each).
# Needs `wrangler login` (or CLOUDFLARE_API_TOKEN) and the real D1/KV ids in the [env.production]
# sections of wrangler.toml and jobs/wrangler.toml; see the README.
source "$(dirname "$0")/lib.sh"

for config in wrangler.toml jobs/wrangler.toml; do
  if grep -A3 '^\[\[env.production.d1_databases\]\]' "$config" | grep -q '00000000-0000-0000-0000-000000000000'; then
    echo "Put the production D1 database id and KV namespace id into $config first (see README)." >&2
    exit 1
  fi
done
# Links in mail name the app's address; without it the scheduled jobs refuse to run.
if ! [[ "${APP_ORIGIN:-}" =~ ^https://[^/]+$ ]]; then
  echo "Give the app's public address: APP_ORIGIN=https://your.domain make deploy" >&2
  exit 1
fi
scripts/setup.sh
scripts/build.sh
unset CLOUDFLARE_CF_FETCH_ENABLED
say "applying D1 migrations to the production database"
wrangler d1 migrations apply DB --remote --env production
say "creating the queues that are missing"
existing=$(wrangler queues list 2>/dev/null || true)
for queue in mail mail-dead calendars calendars-dead insights insights-dead; do
  if ! grep -qE "(^|[^a-z-])$queue([^a-z-]|$)" <<<"$existing"; then
    wrangler queues create "$queue"
  fi
done
say "deploying the jobs Worker"
wrangler deploy --config jobs/wrangler.toml --env production --var "APP_ORIGIN:$APP_ORIGIN"
say "deploying the API Worker"
wrangler deploy --env production
