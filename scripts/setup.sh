#!/usr/bin/env bash
# Installs what building (`setup.sh serve`) or testing (`setup.sh test`) Huitan needs, and only
# what is missing: fast when everything is there, and it says what it installs and how long each
# step took. `serve` installs no test-only parts (Chromium, ChromeDriver, the font, cargo-fuzz).
#
# The Debian packages and the node packages download while cargo compiles (they use the network
# and the disk, cargo the cores); the cargo installs run one after another, as each already uses
# every core.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE="${1:-serve}"
# The trunk release the project is built with (newer ones may change the generated loader).
TRUNK_VERSION="0.22.1"
FUZZ_VERSION="0.13.1"

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
say() { echo "setup: $*"; }
timed() {
  local start=$SECONDS
  "$@"
  say "  ($((SECONDS - start)) s)"
}
LOGS="$(mktemp -d)"
trap 'rm -rf "$LOGS"' EXIT
background=()

# Runs "$@" in the background with its output in a log; `finish` waits for it.
in_background() {
  local name="$1"
  shift
  say "installing $name (in the background)"
  (
    start=$SECONDS
    "$@" >"$LOGS/$name.log" 2>&1
    status=$?
    echo "$((SECONDS - start))" >"$LOGS/$name.seconds"
    exit $status
  ) &
  background+=("$name:$!")
}
finish() {
  local failed=0 entry name pid
  for entry in "${background[@]}"; do
    name="${entry%%:*}"
    pid="${entry##*:}"
    if wait "$pid"; then
      say "$name installed ($(cat "$LOGS/$name.seconds") s)"
    else
      echo "setup: installing $name failed; its last lines:" >&2
      tail -n 20 "$LOGS/$name.log" | sed 's/^/setup:   | /' >&2
      failed=1
    fi
  done
  return $failed
}

# What must be there before anything else starts, from Debian (one apt-get at a time): Node.js,
# and OpenSSL's headers when trunk is still to be compiled (it links the system's OpenSSL).
first=()
command -v node >/dev/null && command -v npm >/dev/null || first+=(nodejs npm)
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION" && ! pkg-config --exists openssl 2>/dev/null; then
  first+=(libssl-dev pkg-config)
fi
if [ ${#first[@]} -gt 0 ]; then
  say "installing ${first[*]} (apt-get)"
  timed bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${first[*]}"
fi

# Debian's Chromium and ChromeDriver, a CJK font for the screenshots, and networkx, the GraphML
# reader that tests/e2e/archive.test.mjs reads the network export back with (tests only).
if [ "$MODE" = "test" ]; then
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ -e /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || missing+=(fonts-wqy-zenhei)
  python3 -c 'import networkx' 2>/dev/null || missing+=(python3-networkx)
  if [ ${#missing[@]} -gt 0 ]; then
    in_background "${missing[*]// /+} (apt-get)" bash -c \
      "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing[*]}"
  fi
fi

# Node packages: wasm-opt (binaryen), playwright-core and axe-core (the accessibility scan of
# tests/e2e/access.test.mjs), as pinned in package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] ||
  [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -f node_modules/axe-core/axe.min.js ]; then
  in_background "node packages (npm ci)" npm ci --no-audit --no-fund --loglevel=error
fi

# Rust's wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "installing the Rust target wasm32-unknown-unknown"
  timed rustup target add wasm32-unknown-unknown
fi

# Trunk, at the pinned version. Without its default features (the check for newer releases,
# rustls with ring): Huitan builds --offline with the tools on PATH, and trunk's one TLS
# requirement is met by the system's OpenSSL (native-tls), which compiles in seconds where ring
# takes minutes.
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (cargo install, compiles from source: about 8 minutes on 2 cores)"
  timed cargo install --locked --ignore-rust-version --no-default-features --features native-tls \
    trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli at exactly the wasm-bindgen version of Cargo.lock (the generated glue must match).
WBG_VERSION="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)"
if [ -z "$WBG_VERSION" ]; then
  echo "setup: no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WBG_VERSION" ||
  ! wasm-bindgen-test-runner --version 2>/dev/null | grep -q " $WBG_VERSION"; then
  say "installing wasm-bindgen-cli $WBG_VERSION (cargo install, about 4 minutes)"
  # Not --locked: its lock file pins a webpki-roots release the registry no longer serves.
  timed cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

if [ "$MODE" = "test" ]; then
  # cargo-fuzz for the bounded fuzzing run, when the machine has a nightly toolchain (libFuzzer needs it).
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

finish
if ! wasm-opt --version 2>/dev/null | grep -q "version_132"; then
  echo "setup: node_modules/.bin/wasm-opt is not binaryen version_132 (run npm ci)" >&2
  exit 1
fi
say "ready ($MODE)"
