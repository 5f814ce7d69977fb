#!/usr/bin/env bash
# Everything `make test` checks, in order; stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy (native, all targets)"
cargo clippy --all-targets -- -D warnings

step "cargo clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings

step "cargo test --release (native: core tests, bench smoke)"
cargo test --release

step "extractor on the dev corpus (../shared/eval/score.py, thresholds of issues 3 and 4)"
if [ -f ../shared/eval/score.py ] && [ -d ../shared/corpus/dev ]; then
  cargo build --release --bin extract
  python3 ../shared/eval/score.py --cmd target/release/extract ../shared/corpus/dev \
    --min links=0.9,participants=0.85,people=0.95,roles=0.9,org=0.9,kind=0.9,topic=0.85,year=0.9,agreements=0.85,spans=1.0 | tail -n 12
else
  echo "../shared is not beside the project: dev-corpus scoring skipped"
fi

step "fuzzing the core (cargo fuzz, 60 s; longer runs: see README)"
if rustup toolchain list | grep -q '^nightly' && command -v cargo-fuzz >/dev/null; then
  (cd fuzz && cargo +nightly fuzz run analyze -- -max_total_time="${FUZZ_SECONDS:-60}" 2>&1 | tail -n 3)
else
  echo "no nightly toolchain or cargo-fuzz here: fuzzing skipped (the proptest properties above still ran)"
fi

step "cargo test --target wasm32-unknown-unknown (wasm-bindgen-test in headless Chromium)"
wasm_log="$(mktemp)"
cargo test --target wasm32-unknown-unknown 2>&1 | tee "$wasm_log"
# Only #[wasm_bindgen_test] functions run in the browser; add up the binaries that ran some.
read -r wasm_pass wasm_fail < <(awk '/^test result:/ { p += $4; f += $6 } END { print p + 0, f + 0 }' "$wasm_log")
rm -f "$wasm_log"

step "the core in headless Chromium, release build (in-browser time of a 3,000-character article)"
cargo test --release --target wasm32-unknown-unknown --test core_in_browser -- --nocapture 2>&1 |
  grep -E "in-browser|test result"

step "trunk build --release --offline"
trunk build --release --offline

step "size report of dist/"
scripts/size-report.sh dist

step "browser tests (Playwright, node --test tests/e2e/)"
e2e_log="$(mktemp)"
node scripts/e2e.mjs 2>&1 | tee "$e2e_log"
e2e_pass="$(awk '/^# pass / { print $3 }' "$e2e_log")"
e2e_fail="$(awk '/^# fail / { print $3 }' "$e2e_log")"
rm -f "$e2e_log"

step "browser tests ran"
echo "wasm-bindgen-test in headless Chromium: $wasm_pass passed, $wasm_fail failed"
echo "Playwright e2e in headless Chromium: ${e2e_pass:-0} passed, ${e2e_fail:-0} failed"
echo "browser: $((wasm_pass + ${e2e_pass:-0})) passed, $((wasm_fail + ${e2e_fail:-0})) failed"
