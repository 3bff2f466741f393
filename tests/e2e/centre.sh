#!/usr/bin/env bash
# Smoke run of the scale measurement (bench/scripts/centre.sh) at a tiny size, so the generator, the script
# and the benchmark program keep working: 2 trainees × 50 × 10 (1,000 turns) through report, export, import,
# and 1 trainee's played database pushed to the test LRS and pulled back. No figures are judged here (the
# 1,000,000-turn run is not for CI; see docs/performance.md). Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
dll=${TRAININGSIM_DLL:-$PWD/src/TrainingSim.Cli/bin/Debug/net10.0/trainingsim.dll}
bench=${BENCH_DLL:-$PWD/bench/TrainingSim.Benchmarks/bin/Debug/net10.0/TrainingSim.Benchmarks.dll}
passed=0 failed=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -d tests/lrs/node_modules ]; then
    fail "the test LRS is not installed (bash tests/lrs/lrs.sh install)"
else
    TRAININGSIM_DLL="$dll" BENCH_DLL="$bench" RUNS=1 SYNC_TRAINEES=1 timeout 600 \
        bash bench/scripts/centre.sh "$work/centre" 2 >"$work/out" 2>&1
    status=$?
    cat "$work/out"
    [ "$status" -eq 0 ] && pass "centre.sh ran to the end" || fail "centre.sh exited with $status"
    grep -q '^report json, 1000 turns' "$work/out" && pass "report timed" || fail "no report figure"
    count=$(grep -Eo '^statements: [0-9]+' "$work/out" | grep -Eo '[0-9]+')
    [ "${count:-0}" -gt 1000 ] && pass "export wrote $count statements" || fail "export wrote ${count:-no} statements"
    grep -Eq '^import: [0-9]+ statements/s' "$work/out" && pass "import timed" || fail "no import figure"
    grep -q '^left in the outbox: 0$' "$work/out" && pass "push emptied the outbox" || fail "push left statements in the outbox"
    grep -q '^pulled attempts: 50$' "$work/out" && pass "pull merged the 50 attempts" || fail "pull did not merge the 50 attempts"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
