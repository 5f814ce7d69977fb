#!/usr/bin/env bash
# Installs what building (`setup.sh serve`) or testing (`setup.sh test`) Huitan needs, and only
# what is missing: fast when everything is there, and it says what it installs.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE="${1:-serve}"
# The trunk release the project is built with (newer ones may change the generated loader).
TRUNK_VERSION="0.22.1"

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
say() { echo "setup: $*"; }
timed() {
  local start=$SECONDS
  "$@"
  say "  ($((SECONDS - start)) s)"
}

# Rust's wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "installing the Rust target wasm32-unknown-unknown"
  timed rustup target add wasm32-unknown-unknown
fi

# Trunk, at the pinned version.
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (cargo install, a few minutes)"
  timed cargo install --locked --ignore-rust-version trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli at exactly the wasm-bindgen version of Cargo.lock (the generated glue must match).
WBG_VERSION="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)"
if [ -z "$WBG_VERSION" ]; then
  echo "setup: no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WBG_VERSION" ||
  ! wasm-bindgen-test-runner --version 2>/dev/null | grep -q " $WBG_VERSION"; then
  say "installing wasm-bindgen-cli $WBG_VERSION (cargo install, a few minutes)"
  timed cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# Node packages: wasm-opt (binaryen) and playwright-core, as pinned in package-lock.json.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing Node.js and npm (apt-get)"
  timed bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm'
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] ||
  [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ]; then
  say "installing node packages (npm ci: binaryen for wasm-opt, playwright-core)"
  timed npm ci --no-audit --no-fund --loglevel=error
fi
if ! wasm-opt --version 2>/dev/null | grep -q "version_132"; then
  echo "setup: node_modules/.bin/wasm-opt is not binaryen version_132" >&2
  exit 1
fi

if [ "$MODE" = "test" ]; then
  # Debian's Chromium and ChromeDriver, and a CJK font for the screenshots.
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ -e /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || missing+=(fonts-wqy-zenhei)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (apt-get)"
    timed bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing[*]}"
  fi
  # cargo-fuzz for the bounded fuzzing run, when the machine has a nightly toolchain (libFuzzer needs it).
  FUZZ_VERSION="0.13.1"
  if rustup toolchain list | grep -q '^nightly' && ! cargo fuzz --version 2>/dev/null | grep -q " $FUZZ_VERSION"; then
    say "installing cargo-fuzz $FUZZ_VERSION (cargo install, about 2 minutes)"
    timed cargo install --locked cargo-fuzz --version "$FUZZ_VERSION"
  fi
  # rustfmt and clippy come with the rustup toolchain; add them where a minimal profile lacks them.
  for c in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$c"; then
      say "installing the rustup component $c"
      timed rustup component add "$c"
    fi
  done
fi
say "ready ($MODE)"
