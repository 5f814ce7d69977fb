#!/usr/bin/env bash
# Everything `make test` checks, in order; stops at the first failure and says which step failed,
# its last lines and how to run that step alone (`scripts/test.sh STEP...`, e.g.
# `scripts/test.sh clippy-wasm e2e`). `scripts/test.sh --list` lists the steps.
#
# Nothing here asserts a duration: waits are fail-safes sized for a busy machine, and what is
# measured (in-browser extraction time, the big-input figures) goes to tests/e2e/output/timings.json.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# wasm-bindgen-test-runner gives up on a browser test after 20 s by default; a loaded machine
# can take longer to start Chromium and run the suite.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-900}"

TIMINGS=tests/e2e/output/timings.json
LOGS="$(mktemp -d)"
trap 'rm -rf "$LOGS"' EXIT

# The steps, in the order they run: id, then what it checks.
STEPS=(
  "fmt|cargo fmt --check"
  "clippy|cargo clippy (native, all targets)"
  "clippy-wasm|cargo clippy (wasm32)"
  "test|cargo test --release (native: core tests, bench smoke)"
  "score|extractor on the dev corpus (../shared/eval/score.py)"
  "fuzz|fuzzing the core (cargo fuzz, FUZZ_SECONDS=60 by default)"
  "wasm-test|cargo test --target wasm32-unknown-unknown (wasm-bindgen-test in headless Chromium)"
  "core-in-browser|the core in headless Chromium, release build (its time is reported, not asserted)"
  "build|trunk build --release --offline"
  "size|size report of dist/"
  "e2e|browser tests (Playwright, node --test tests/e2e/)"
)

step_fmt() { cargo fmt --check; }
step_clippy() { cargo clippy --all-targets -- -D warnings; }
step_clippy-wasm() { cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings; }
step_test() { cargo test --release; }

step_score() {
  if [ ! -f ../shared/eval/score.py ] || [ ! -d ../shared/corpus/dev ]; then
    echo "../shared is not beside the project: dev-corpus scoring skipped"
    return 0
  fi
  cargo build --release --bin extract
  python3 ../shared/eval/score.py --cmd target/release/extract ../shared/corpus/dev \
    --min links=0.9,participants=0.85,people=0.95,roles=0.9,org=0.9,kind=0.9,topic=0.85,year=0.9,agreements=0.85,spans=1.0 |
    tail -n 12
}

step_fuzz() {
  if rustup toolchain list | grep -q '^nightly' && command -v cargo-fuzz >/dev/null; then
    (cd fuzz && cargo +nightly fuzz run analyze -- -max_total_time="${FUZZ_SECONDS:-60}" 2>&1 | tail -n 3)
  else
    echo "no nightly toolchain or cargo-fuzz here: fuzzing skipped (the proptest properties still ran)"
  fi
}

step_wasm-test() {
  local rc=0
  cargo test --target wasm32-unknown-unknown 2>&1 | tee "$LOGS/wasm.log" || rc=$?
  # Only #[wasm_bindgen_test] functions run in the browser; add up the binaries that ran some.
  awk '/^test result:/ { p += $4; f += $6 } END { print p + 0, f + 0 }' "$LOGS/wasm.log" >"$LOGS/wasm.counts"
  # The step fails when cargo does (a failed browser test), not only when awk does.
  return "$rc"
}

step_core-in-browser() {
  local rc=0 median
  cargo test --release --target wasm32-unknown-unknown --test core_in_browser -- --nocapture 2>&1 |
    tee "$LOGS/core.log" | grep -E "in-browser|test result" || rc=$?
  median="$(sed -n 's/.*a 3,000-character article: median \([0-9.]*\) ms.*/\1/p' "$LOGS/core.log" | head -n 1)"
  [ -n "$median" ] && record_timing in_browser_extraction_3000_chars "{\"median_ms\": $median}"
  return "$rc"
}

step_build() { trunk build --release --offline; }
step_size() { scripts/size-report.sh dist; }

step_e2e() {
  local rc=0 pass fail
  node scripts/e2e.mjs 2>&1 | tee "$LOGS/e2e.log" || rc=$?
  pass="$(awk '/^# pass / { print $3 }' "$LOGS/e2e.log")"
  fail="$(awk '/^# fail / { print $3 }' "$LOGS/e2e.log")"
  echo "${pass:-0} ${fail:-0}" >"$LOGS/e2e.counts"
  [ "$rc" = 0 ] && [ "${fail:-0}" = 0 ] && [ "${pass:-0}" -gt 0 ]
}

# Adds one measurement to the timings report (tests/e2e/output/timings.json), never asserted.
record_timing() {
  mkdir -p "$(dirname "$TIMINGS")"
  python3 - "$TIMINGS" "$1" "$2" <<'PY'
import json, sys, datetime
path, name, figures = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
try:
    report = json.load(open(path))
except (OSError, ValueError):
    report = {}
figures["measured_at"] = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
report[name] = figures
json.dump(report, open(path, "w"), indent=2)
PY
}

# Runs one step with its output kept; on failure says which step, shows its last lines and how to
# run it alone, and exits.
run_step() {
  local id="$1" title="$2" start=$SECONDS status=0
  printf '\n==> [%s] %s\n' "$id" "$title"
  set +e
  ("step_$id") 2>&1 | tee "$LOGS/$id.out"
  status=${PIPESTATUS[0]}
  set -e
  if [ "$status" -ne 0 ]; then
    printf '\n==> FAILED at step "%s": %s (exit %s, after %s s)\n' "$id" "$title" "$status" "$((SECONDS - start))"
    echo "    its last lines:"
    grep -v '^\s*$' "$LOGS/$id.out" | tail -n 15 | sed 's/^/    | /'
    echo "    run this step alone: scripts/test.sh $id"
    exit "$status"
  fi
  printf '    [%s] passed in %s s\n' "$id" "$((SECONDS - start))"
}

if [ "${1:-}" = "--list" ]; then
  for s in "${STEPS[@]}"; do printf '%-16s %s\n' "${s%%|*}" "${s#*|}"; done
  exit 0
fi
wanted=("$@")
for w in "${wanted[@]}"; do
  if ! printf '%s\n' "${STEPS[@]}" | grep -q "^$w|"; then
    echo "scripts/test.sh: no step \"$w\" (scripts/test.sh --list shows them)" >&2
    exit 2
  fi
done
for s in "${STEPS[@]}"; do
  id="${s%%|*}"
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " =~ " $id " ]]; then
    continue
  fi
  run_step "$id" "${s#*|}"
done

if [ -f "$LOGS/wasm.counts" ] || [ -f "$LOGS/e2e.counts" ]; then
  read -r wasm_pass wasm_fail <"$LOGS/wasm.counts" 2>/dev/null || { wasm_pass=0 wasm_fail=0; }
  read -r e2e_pass e2e_fail <"$LOGS/e2e.counts" 2>/dev/null || { e2e_pass=0 e2e_fail=0; }
  printf '\n==> browser tests ran\n'
  echo "wasm-bindgen-test in headless Chromium: $wasm_pass passed, $wasm_fail failed"
  echo "Playwright e2e in headless Chromium: $e2e_pass passed, $e2e_fail failed"
  echo "timings (measured, not asserted): $TIMINGS"
  echo "browser: $((wasm_pass + e2e_pass)) passed, $((wasm_fail + e2e_fail)) failed"
fi
