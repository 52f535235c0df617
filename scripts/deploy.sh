#!/usr/bin/env bash
# Deploys to Cloudflare: build, apply D1 migrations remotely, deploy the production environment.
# Needs `wrangler login` (or CLOUDFLARE_API_TOKEN) and the real D1/KV ids in wrangler.toml's
# [env.production] section; see the README.
source "$(dirname "$0")/lib.sh"

if grep -A3 '^\[\[env.production.d1_databases\]\]' wrangler.toml | grep -q '00000000-0000-0000-0000-000000000000'; then
  echo "Put the production D1 database id and KV namespace id into wrangler.toml first (see README)." >&2
  exit 1
fi
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
say "deploying"
wrangler deploy --env production --var "APP_ORIGIN:$APP_ORIGIN"
