#!/usr/bin/env bash
# Fault tests on the real program and real files: a full disk (a small tmpfs; needs root and mount, else
# skipped with a note), kill -9 during import / db backup / trainee remove, a corpus of damaged files
# through every command, and hostile names, replies and import files. Every run has a time limit.
#
# Prints PASS/FAIL lines, then the figures (all must be 0):
#   writes reported but not stored, hangs, internal errors, intact data flagged damaged, raw escape bytes
# and ends with "N passed, N failed". Usage: tests/e2e/faults.sh (TRAININGSIM_DLL names the built program).
set -uo pipefail
cd "$(dirname "$0")/../.."

dll=${TRAININGSIM_DLL:-$PWD/src/TrainingSim.Cli/bin/Debug/net10.0/trainingsim.dll}
probe=${TRAININGSIM_PROBE:-$PWD/tests/TrainingSim.Storage.Tests/bin/Debug/net10.0/TrainingSim.Storage.KillProbe.dll}
for f in "$dll" "$probe"; do
    [ -f "$f" ] || { echo "FAIL: not built: $f (dotnet build the solution first)"; echo "0 passed, 1 failed"; exit 1; }
done
export TRAININGSIM_LOCK_TIMEOUT=20   # a lock wait gives up after 20 s: far below the hang limit below
limit=90                             # seconds; a run that takes longer is a hang

passed=0 failed=0
not_stored=0 hangs=0 internal=0 flagged=0 escapes=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
check() { if [ "$1" -eq 0 ]; then pass "$2"; else fail "$2"; fi; }

work=$(mktemp -d)
mnt="$work/full"
cleanup() { mountpoint -q "$mnt" 2>/dev/null && umount "$mnt"; rm -rf "$work"; }
trap cleanup EXIT

# run NAME ARGS...: the program with a time limit (standard input: $run_input, else nothing); $out/$err/$rc hold its output. Counts hangs, internal
# errors (or stack traces) and raw escape bytes in what it printed.
out="$work/out" err="$work/err" rc=0
run() {
    local name=$1; shift
    timeout -s KILL "$limit" dotnet "$dll" --lang en "$@" >"$out" 2>"$err" <"${run_input:-/dev/null}"
    rc=$?
    if [ "$rc" -eq 137 ]; then hangs=$((hangs + 1)); echo "  hang: $name"; fi
    if grep -qE 'internal error|内部错误|Exception|^ +at ' "$out" "$err"; then
        internal=$((internal + 1)); echo "  internal error: $name: $(head -c 300 "$err")"
    fi
    if LC_ALL=C grep -qP '[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]' "$out" "$err"; then
        escapes=$((escapes + 1)); echo "  raw control bytes: $name"
    fi
}
lines_of() { [ -s "$1" ] && wc -l <"$1" || echo 0; }
flag_of() { local b; b=$(od -An -j191 -N1 -tu1 "$1" 2>/dev/null | tr -d ' '); echo "${b:-0}"; }
attempts_in() { # attempts stored for trainee $2 in database $1 (the probe lists them)
    timeout -s KILL "$limit" dotnet "$probe" "$1" "$2" 0 list 2>/dev/null | grep -c " probe " || true
}
# intact DB: after a failure, the file must open, check clean, and not be flagged.
after_failure() { # DB WHAT (call it first, before anything else opens the file)
    local flag
    flag=$(flag_of "$1")
    run "db check after $2" --db "$1" db check
    if [ "$flag" != 0 ] || [ "$rc" -ne 0 ]; then
        flagged=$((flagged + 1)); fail "$2: the database is intact and unflagged afterwards (flag $flag, check exit $rc)"
    else
        pass "$2: the database is intact and unflagged afterwards"
    fi
}

# ---- fixtures: a large database (1,000 attempts × 20 turns), its export, a small export
big="$work/big.db"
dotnet "$probe" "$big" 大批 1000 bulk >/dev/null || { fail "fixture: bulk database"; }
run "fixture export" --db "$big" export --out "$work/big.jsonl"
check "$rc" "fixture: export of 1,000 attempts ($(lines_of "$work/big.jsonl") statements)"
small="$work/small.db"
dotnet "$probe" "$small" 小批 3 bulk >/dev/null
run "fixture small export" --db "$small" export --out "$work/small.jsonl"

# ---- 1. disk full
printf '您好，请问有什么可以帮您？\n我非常理解您的心情\n好的\n谢谢您\n1\n1\n1\n1\n' >"$work/replies.txt"
mkdir -p "$mnt"
if [ "$(id -u)" -ne 0 ] || ! mount -t tmpfs -o size=3m tmpfs "$mnt" 2>/dev/null; then
    echo "NOTE: disk-full tests skipped: mounting a small tmpfs needs root (running as $(id -un))"
else
    fill() { # leave about $1 KB free
        rm -f "$mnt/fill"
        local free; free=$(df -k --output=avail "$mnt" | tail -1)
        [ "$free" -gt "$1" ] && dd if=/dev/zero of="$mnt/fill" bs=1k count=$((free - $1)) status=none 2>/dev/null
        true
    }
    for round in 1 2; do
        db="$mnt/p$round.db"
        run "create" --db "$db" trainee add 先来
        # trainee add: disk completely full, then nearly full (the write itself fails part-way)
        for free in 0 64 600; do
            fill "$free"
            run "trainee add at ${free} KB" --db "$db" trainee add "后到$free"
            added=$rc; said=$(grep -c 'added trainee' "$out"); err_lines=$(wc -l <"$err")
            rm -f "$mnt/fill"
            after_failure "$db" "trainee add at ${free} KB"
            run "trainee list" --db "$db" trainee list
            present=$(grep -c "后到$free" "$out")
            if [ "$said" -gt 0 ] && [ "$present" -eq 0 ]; then not_stored=$((not_stored + 1)); fi
            [ "$added" -ne 0 ] && [ "$err_lines" -ne 1 ] && fail "trainee add at ${free} KB: one line on failure ($err_lines)"
            check $(( (added == 0 && present == 1) || (added == 1 && present == 0) ? 0 : 1 )) \
                "disk full ($free KB): trainee add says exactly what was stored (exit $added)"
        done
        # import of 1,000 attempts with 600 KB free: fails in the middle of the write
        fill 600
        run "import on a full disk" --db "$db" import "$work/big.jsonl"
        imported=$rc; said=$(grep -c 'statements:' "$out")
        rm -f "$mnt/fill"
        after_failure "$db" "import on a full disk"
        stored=$(attempts_in "$db" 大批)
        if [ "$said" -gt 0 ] && [ "$stored" -ne 1000 ]; then not_stored=$((not_stored + 1)); fi
        check $(( imported == 1 && stored == 0 && said == 0 ? 0 : 1 )) \
            "disk full: import exits 1, prints no summary, stores nothing (exit $imported, $stored attempts)"
        # play --trainee: the disk fills between two replies
        rm -f "$work/fifo"; mkfifo "$work/fifo"
        timeout -s KILL "$limit" dotnet "$dll" --lang en --db "$db" play en-holiday-cutoff --trainee "通话$round" \
            --replies "$work/fifo" >"$work/play.out" 2>"$work/play.err" &
        player=$!
        exec 3>"$work/fifo"
        echo "Happy New Year, Mr Hughes, and I'm so sorry your line was cut off today of all days. Let me get you reconnected right away." >&3
        for _ in $(seq 1 300); do grep -q 'step score' "$work/play.out" 2>/dev/null && break; sleep 0.1; done
        sleep 0.5
        fill 0
        echo "1" >&3
        exec 3>&-
        wait "$player"; played=$?
        rm -f "$mnt/fill"
        [ "$played" -eq 137 ] && hangs=$((hangs + 1))
        after_failure "$db" "play on a full disk"
        stored_turns=$(timeout "$limit" dotnet "$probe" "$db" "通话$round" 0 list 2>/dev/null | awk '{print $4}' | tr -d ':')
        names_turn=$(grep -c 'turn 2' "$work/play.err")
        [ "$names_turn" -eq 1 ] || echo "  play said: $(head -c 400 "$work/play.err")"
        check $(( played == 1 && names_turn == 1 && ${stored_turns:-0} == 1 ? 0 : 1 )) \
            "disk full mid-call: play exits 1 naming turn 2; turn 1 is stored (exit $played, stored ${stored_turns:-0})"
    done
    # staff passphrase: the disk completely full; a passphrase is reported set only once it is stored
    db="$mnt/staff.db"
    run "create" --db "$db" trainee add 先来
    printf 'a lead passphrase 2026\na lead passphrase 2026\n' >"$work/passphrase.txt"
    fill 0
    run_input="$work/passphrase.txt" run "staff passphrase on a full disk" --db "$db" staff passphrase --role lead
    set_rc=$rc; said=$(grep -c 'passphrase of the team lead set' "$out"); err_lines=$(wc -l <"$err")
    rm -f "$mnt/fill"
    after_failure "$db" "staff passphrase on a full disk"
    run "trainee list without a passphrase" --db "$db" trainee list
    stored=$(( rc == 2 ? 1 : 0 ))   # a set passphrase makes trainee list ask for it
    if [ "$said" -gt 0 ] && [ "$stored" -eq 0 ]; then not_stored=$((not_stored + 1)); fi
    check $(( (set_rc == 0 && stored == 1) || (set_rc == 1 && stored == 0 && said == 0) ? 0 : 1 )) \
        "disk full: staff passphrase says exactly what was stored (exit $set_rc, stored $stored, $err_lines error lines)"
    # a read-only disk: reported on and exported, nothing changed; a write is one line, exit 1
    rm -f "$mnt"/*
    cp "$small" "$mnt/ro.db"
    if mount -o remount,ro "$mnt" 2>/dev/null; then
        before=$(sha256sum "$mnt/ro.db" | cut -d' ' -f1)
        run "report on a read-only disk" --db "$mnt/ro.db" report; reported=$rc
        run "export on a read-only disk" --db "$mnt/ro.db" export --out -; exported=$rc
        run "trainee list on a read-only disk" --db "$mnt/ro.db" trainee list; listed=$rc
        run "trainee add on a read-only disk" --db "$mnt/ro.db" trainee add 新人; added=$rc; err_lines=$(wc -l <"$err")
        after=$(sha256sum "$mnt/ro.db" | cut -d' ' -f1)
        check $(( reported == 0 && exported == 0 && listed == 0 && added != 0 && err_lines == 1 ? 0 : 1 )) \
            "read-only disk: report, export and trainee list work; trainee add is one line (exits $reported $exported $listed $added)"
        check $([ "$before" = "$after" ] && echo 0 || echo 1) "read-only disk: the file is unchanged"
    else
        echo "NOTE: read-only disk test skipped: cannot remount the tmpfs read-only"
    fi
    umount "$mnt"
fi

# ---- 2. kill -9 during import, db backup and trainee remove
kill_during() { # DELAY ARGS...: start the program, kill -9 it after DELAY seconds
    local delay=$1; shift
    dotnet "$dll" --lang en "$@" >/dev/null 2>&1 </dev/null &
    local pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
}
# The kills land at 50 % and 90 % of how long each command takes here (measured first).
seconds_of() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 </dev/null; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'; }
times() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a * b }'; }
cp "$big" "$work/timing.db"
import_time=$(seconds_of dotnet "$dll" --db "$work/timing-import.db" import "$work/big.jsonl")
backup_time=$(seconds_of dotnet "$dll" --db "$big" db backup --out "$work/timing-copy.db")
remove_time=$(seconds_of dotnet "$dll" --db "$work/timing.db" trainee remove 大批)
echo "  full runs: import ${import_time}s, db backup ${backup_time}s, trainee remove ${remove_time}s"
for fraction in 0.5 0.9; do
    delay=$(times "$import_time" "$fraction")
    db="$work/kill-import.db"; rm -f "$work"/kill-import*
    run "create" --db "$db" trainee add 先来
    kill_during "$delay" --db "$db" import "$work/big.jsonl"
    after_failure "$db" "kill during import"
    stored=$(attempts_in "$db" 大批)
    check $(( stored == 0 || stored == 1000 ? 0 : 1 )) "kill -9 at ${delay}s during import: all or nothing ($stored of 1000)"

    copy="$work/killed-copy.db"; rm -f "$copy"
    delay=$(times "$backup_time" "$fraction")
    kill_during "$delay" --db "$big" db backup --out "$copy"
    if [ -f "$copy" ]; then
        run "check the backup" --db "$copy" db check
        check "$rc" "kill -9 at ${delay}s during db backup: the backup is absent or whole"
    else
        pass "kill -9 at ${delay}s during db backup: the backup is absent or whole (absent)"
    fi
    run "backup again" --db "$big" db backup --out "$copy" --force
    left=$(find "$work" -maxdepth 1 -name '*.trainingsim-tmp' | wc -l)
    check $(( rc == 0 && left == 0 ? 0 : 1 )) "after a killed db backup, the next backup works and leaves no temporary file ($left left)"

    victim="$work/kill-remove.db"; cp "$big" "$victim"; rm -f "$work/kill-remove-log.db"
    delay=$(times "$remove_time" "$fraction")
    kill_during "$delay" --db "$victim" trainee remove 大批
    after_failure "$victim" "kill during trainee remove"
    stored=$(attempts_in "$victim" 大批)
    check $(( stored == 0 || stored == 1000 ? 0 : 1 )) "kill -9 at ${delay}s during trainee remove: all or nothing ($stored of 1000 left)"
    run "remove again" --db "$victim" trainee remove 大批
    left=$(find "$work" -name '*.trainingsim-tmp' -o -maxdepth 1 -name 'kill-remove-backup.db' -o -maxdepth 1 -name 'kill-remove-temp.db' | wc -l)
    stored=$(attempts_in "$victim" 大批)
    check $(( stored == 0 && left == 0 ? 0 : 1 )) "trainee remove after a kill: the trainee is gone and no copy or temporary file is left"
done

# ---- 3. damaged files through every command
base="$work/base.db"
dotnet "$probe" "$base" 学员 40 bulk >/dev/null
size=$(stat -c %s "$base")
corpus=()
for cut in 100 16384 $((size / 2)) $((size - 1)); do
    f="$work/cut-$cut.db"; head -c "$cut" "$base" >"$f"; corpus+=("$f")
done
for seed in $(seq 1 8); do
    f="$work/flip-$seed.db"; cp "$base" "$f"
    RANDOM=$seed
    for _ in 1 2 3 4 5 6; do   # six bytes overwritten at random places (past the header page for odd seeds)
        at=$(( (RANDOM * 32768 + RANDOM) % (size - 8192 * (seed % 2)) + 8192 * (seed % 2) ))
        printf "\\$(printf '%03o' $((RANDOM % 256)))" | dd of="$f" bs=1 seek="$at" conv=notrunc status=none
    done
    corpus+=("$f")
done
for f in "${corpus[@]}"; do
    name=$(basename "$f")
    before=$(sha256sum "$f" | cut -d' ' -f1)
    for cmd in "trainee list" "report" "report --format csv" "export --out -" "db check"; do
        # shellcheck disable=SC2086
        run "$name: $cmd" --db "$f" $cmd
    done
    run "$name: db backup" --db "$f" db backup --out "$work/$name.backup" --force
    run "$name: db recover" --db "$f" db recover --out "$work/$name.recovered" --force
    if [ -f "$work/$name.recovered" ]; then
        run "$name: check the recovered copy" --db "$work/$name.recovered" db check
        check "$rc" "$name: db recover writes a database that checks clean"
    fi
    after=$(sha256sum "$f" | cut -d' ' -f1)
    check $([ "$before" = "$after" ] && echo 0 || echo 1) "$name: reading commands, backup and recover leave the file unchanged"
    run "$name: trainee add" --db "$f" trainee add 新人
    run "$name: import" --db "$f" import "$work/small.jsonl"
    run "$name: trainee remove" --db "$f" trainee remove 学员
    [ -f "$f" ] && [ "$(flag_of "$f")" != 0 ] && echo "  (LiteDB flag set on damaged $name: expected, the data is damaged)"
done
pass "damaged corpus: ${#corpus[@]} files through 11 commands each"

# ---- 4. hostile names, replies and import files
hostile="$work/hostile.db"
names=($'\e]0;pwned\a' $'\e[6n' $'a\e[2J\e[Hb' $'tab\there' $'\u009b31m' '=HYPERLINK("http://x","y")' '+1+2' '@SUM(A1)')
for n in "${names[@]}"; do run "trainee add hostile" --db "$hostile" trainee add "$n"; done
run "trainee list hostile" --db "$hostile" trainee list
run "report hostile" --db "$hostile" report
run "report csv hostile" --db "$hostile" report --format csv
formulas=$(grep -cE '^"?[=+@-]' "$out")
check $(( formulas == 0 ? 0 : 1 )) "report --format csv: no cell starts a formula ($formulas)"
printf '\e]0;pwned\a您好\n\e[6n\n1\n1\n1\n1\n' >"$work/hostile-replies.txt"
run "play hostile replies" --db "$hostile" play en-holiday-cutoff --trainee $'\e]0;x\a' --replies "$work/hostile-replies.txt"
run "export hostile" --db "$hostile" export --out -
head -c 100000 /dev/zero | tr '\0' x >"$work/long-replies.txt"; echo >>"$work/long-replies.txt"
run "play a 100,000-character reply" play en-holiday-cutoff --replies "$work/long-replies.txt"
check $(( rc == 2 && $(grep -c '2000 characters' "$err") == 1 ? 0 : 1 )) "a reply over 2,000 characters: one line, exit 2"

# ---- figures
echo "writes reported but not stored: $not_stored"
echo "hangs: $hangs"
echo "internal errors: $internal"
echo "intact data flagged damaged: $flagged"
echo "raw escape bytes on the terminal: $escapes"
for figure in "$not_stored" "$hangs" "$internal" "$flagged" "$escapes"; do
    [ "$figure" -eq 0 ] || failed=$((failed + 1))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
