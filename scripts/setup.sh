#!/usr/bin/env bash
# Installs what is missing, and nothing that is already there. Never downloads from GitHub.
#   scripts/setup.sh          what `make dev` needs: Rust targets, worker-build, wasm-bindgen,
#                             wasm-split-cli, npm tools
#   scripts/setup.sh test     also Chromium (Debian) and schemathesis (PyPI, in .venv)
#   scripts/setup.sh bench    also Chromium and wrk (Debian)
source "$(dirname "$0")/lib.sh"
purpose=${1:-dev}

if ! command -v cargo >/dev/null; then
  echo "cargo is missing: install Rust with rustup first." >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    rustup component add "$component"
  fi
done

if [ "$(worker-build --version 2>/dev/null)" != "$WORKER_BUILD_VERSION" ]; then
  say "installing worker-build $WORKER_BUILD_VERSION (a few minutes, once)"
  cargo install worker-build --version "=$WORKER_BUILD_VERSION" --locked --force
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # Not --locked: its lockfile pins a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
fi

# The published crate with vendor/wasm-split-cli's patch: a stamp beside the binary names the
# patch it was built with, so a changed patch installs it again.
split_stamp="$CARGO_BIN/.wasm-split-cli-$WASM_SPLIT_VERSION-$(sha256sum vendor/wasm-split-cli/*.patch | sha256sum | cut -c1-16)"
if [ ! -f "$split_stamp" ] || ! command -v wasm-split-cli >/dev/null; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION, patched (a few minutes, once)"
  # Outside this workspace, which cargo would otherwise take the crate to belong to.
  src=$(mktemp -d)
  curl -fsSL "https://static.crates.io/crates/wasm_split_cli_support/wasm_split_cli_support-$WASM_SPLIT_VERSION.crate" \
    -o "$src/crate.tar.gz"
  echo "$WASM_SPLIT_SHA256  $src/crate.tar.gz" | sha256sum -c --quiet
  tar xzf "$src/crate.tar.gz" -C "$src"
  for change in vendor/wasm-split-cli/*.patch; do
    patch -s -p1 -d "$src/wasm_split_cli_support-$WASM_SPLIT_VERSION" <"$change"
  done
  cargo install --path "$src/wasm_split_cli_support-$WASM_SPLIT_VERSION" --features build-binary --locked --force
  rm -rf "$src" "$CARGO_BIN"/.wasm-split-cli-*
  touch "$split_stamp"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (wrangler, Node 22, wasm-opt, Playwright, Redocly CLI)"
  # `npm ci` refuses this lockfile (it lacks other platforms' workerd builds); this honours it.
  # --no-save: npm would otherwise add other platforms' entries to the committed lockfile.
  npm install --no-audit --no-fund --no-save --loglevel=error
fi

apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if [ "$(id -u)" -ne 0 ]; then
    echo "installing $* needs root (apt-get)." >&2
    exit 1
  fi
  apt-get update -qq
  apt-get install -y -qq "$@" >/dev/null
}

# The browser tests and Lighthouse (`make bench`) run in Debian's Chromium.
if [ "$purpose" != dev ] && [ ! -x /usr/bin/chromium ]; then
  say "installing Chromium from Debian's packages"
  apt_install chromium
fi
if [ "$purpose" = test ]; then
  if [ ! -x .venv/bin/schemathesis ] || ! .venv/bin/schemathesis --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION" ||
    ! .venv/bin/python -c "import icalendar, sys; sys.exit(icalendar.__version__ != '$ICALENDAR_VERSION')" 2>/dev/null ||
    ! .venv/bin/python -c "import importlib.metadata as m, sys; sys.exit(m.version('vobject') != '$VOBJECT_VERSION')" 2>/dev/null; then
    say "installing schemathesis $SCHEMATHESIS_VERSION, icalendar $ICALENDAR_VERSION and vobject $VOBJECT_VERSION into .venv"
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check \
      "schemathesis==$SCHEMATHESIS_VERSION" "icalendar==$ICALENDAR_VERSION" "vobject==$VOBJECT_VERSION"
  fi
fi

if [ "$purpose" = bench ] && ! command -v wrk >/dev/null; then
  say "installing wrk from Debian's packages"
  apt_install wrk
fi
