#!/usr/bin/env bash
# Builds the worker (worker/build/) and the app (app/dist/) in release mode.
# Two cargo invocations, so the app's and the worker's crate features never unify.
source "$(dirname "$0")/lib.sh"

say "building the worker"
(cd worker && worker-build --release >/dev/null)

say "building the app"
# `erase_components` makes every Leptos component return a type-erased view, which saves a sixth
# of the app's wasm. The flag changes how dependencies are built, so the app gets its own target
# directory instead of rebuilding the worker's dependencies on every switch.
RUSTFLAGS="--cfg erase_components" CARGO_TARGET_DIR=target/app \
  cargo build --release --quiet -p app --target wasm32-unknown-unknown
rm -rf app/dist
mkdir -p app/dist/pkg
wasm-bindgen --target web --no-typescript --out-dir app/dist/pkg --out-name app \
  target/app/wasm32-unknown-unknown/release/app.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types \
  app/dist/pkg/app_bg.wasm -o app/dist/pkg/app_bg.wasm
cp -R public/. app/dist/
cp app/index.html app/dist/index.html
cat style/tokens.css style/base.css style/components.css > app/dist/app.css
