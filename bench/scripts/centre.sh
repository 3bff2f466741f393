#!/usr/bin/env bash
# Scale, measured (issue 10, item 7): a generated centre of trainees × 50 attempts × 10 turns in real progress
# databases, and the whole-process figures on it.
#   bench/scripts/centre.sh DIR [TRAINEES...]     default TRAINEES: 200 600 2000 (100k, 300k, 1M turns)
# Needs the Release builds of the program and the benchmarks:
#   dotnet build -c Release src/TrainingSim.Cli/TrainingSim.Cli.csproj
#   dotnet build -c Release bench/TrainingSim.Benchmarks/TrainingSim.Benchmarks.csproj
# and, for the sync part, the test LRS (bash tests/lrs/lrs.sh install). SYNC_TRAINEES (default 20) sets the
# classroom whose played database is pushed to the LRS and pulled back by an empty lead database.
# DIR holds the generated databases (about 1 GB for 1M turns) and is left for reuse: delete it when done.
# Each figure is printed with the load average before it; wall time and CPU time (user + sys) both, since on
# a shared machine the wall time is mostly waiting.
set -uo pipefail
cd "$(dirname "$0")/../.."
dir="${1:?usage: centre.sh DIR [TRAINEES...]}"
shift
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(200 600 2000); fi
program="${TRAININGSIM_DLL:-$PWD/src/TrainingSim.Cli/bin/Release/net10.0/trainingsim.dll}"
bench="${BENCH_DLL:-$PWD/bench/TrainingSim.Benchmarks/bin/Release/net10.0/TrainingSim.Benchmarks.dll}"
runs="${RUNS:-5}"
mkdir -p "$dir"
export HOME="$dir/home" XDG_CONFIG_HOME="$dir/home/.config" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$XDG_CONFIG_HOME"
exec 3>&2

load() { cut -d' ' -f1-3 /proc/loadavg; }
# timed LABEL COMMAND...: one run; prints wall s, CPU s and the load before it on fd 3 (the script's stderr), so the
# command's own output can be dropped.
timed() {
    local label="$1" before
    shift
    before=$(load)
    /usr/bin/time -f "%e %U %S" -o "$dir/time" "$@"
    local status=$?
    read -r wall user sys <"$dir/time"
    printf '%-34s wall %7.2f s  cpu %7.2f s  (load before: %s)\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$before" >&3
    echo "$wall" >"$dir/wall"
    echo "$user + $sys" | bc >"$dir/cpu"
    return $status
}
# best LABEL N COMMAND...: N runs (after one warm-up); prints the fastest and the median wall time and CPU time.
best() {
    local label="$1" n="$2" i
    shift 2
    "$@" >/dev/null 2>&1
    : >"$dir/runs"
    for i in $(seq 1 "$n"); do
        /usr/bin/time -f "%e %U %S" -o "$dir/time" "$@" >/dev/null 2>"$dir/err" || { cat "$dir/err"; return 1; }
        read -r wall user sys <"$dir/time"
        echo "$wall $(echo "$user + $sys" | bc)" >>"$dir/runs"
    done
    sort -n "$dir/runs" | awk -v label="$label" -v load="$(load)" '
        { wall[NR] = $1; cpu[NR] = $2 }
        END { printf "%-34s wall min %6.2f s  median %6.2f s  cpu median %6.2f s  (%d runs, load after: %s)\n",
              label, wall[1], wall[int((NR + 1) / 2)], cpu[int((NR + 1) / 2)], NR, load }'
}

echo "== the centre databases (the lead's, as after import: one store transaction per trainee)"
for trainees in "${sizes[@]}"; do
    db="$dir/lead-$trainees.db"
    [ -f "$db" ] || timed "generate $trainees trainees" dotnet "$bench" centre --db "$db" --trainees "$trainees" 2>/dev/null
done

echo
echo "== report --format json (whole process, database as generated)"
for trainees in "${sizes[@]}"; do
    best "report json, $((trainees * 500)) turns" "$runs" dotnet "$program" --db "$dir/lead-$trainees.db" report --format json
done
echo
echo "== the cohort dashboard's data and the report in process (BenchmarkDotNet):"
echo "   CENTRE_DIR=$dir setsid dotnet $bench --filter '*Centre*' --job short < /dev/null"

largest="${sizes[${#sizes[@]}-1]}"
echo
echo "== export, then import into an empty database ($((largest * 500)) turns)"
statements="$dir/centre-$largest.jsonl"
[ -f "$statements" ] || timed "export" dotnet "$program" --db "$dir/lead-$largest.db" export --out "$statements" || exit 1
count=$(wc -l <"$statements")
echo "statements: $count ($(du -h "$statements" | cut -f1))"
rm -f "$dir/imported.db"
timed "import" dotnet "$program" --db "$dir/imported.db" import "$statements" >/dev/null || { echo "import failed"; exit 1; }
wall=$(cat "$dir/wall")
echo "import: $(echo "$count / $wall" | bc) statements/s (wall), $(echo "$count / $(cat "$dir/cpu")" | bc) per CPU second"
rm -f "$dir/imported.db"

echo
sync_trainees="${SYNC_TRAINEES:-20}"
echo "== sync with the test LRS: a classroom of $sync_trainees trainees (played: outbox full)"
lrs="$dir/lrs"
if ! bash tests/lrs/lrs.sh start "$lrs"; then
    echo "the test LRS did not start (bash tests/lrs/lrs.sh install first)"
    exit 1
fi
trap 'bash tests/lrs/lrs.sh stop "$lrs"' EXIT
url=$(cat "$lrs/url")
export TRAININGSIM_LRS_PASSWORD=bench
classroom="$dir/classroom-$sync_trainees.db"
rm -f "$classroom" "$dir/puller.db"
timed "play $sync_trainees trainees" dotnet "$bench" centre --db "$classroom" --trainees "$sync_trainees" --played 2>/dev/null
outbox=$(dotnet "$program" --lang en --db "$classroom" sync --status | grep -Eo "outbox: [0-9]+" | grep -Eo "[0-9]+")
timed "push $outbox statements" dotnet "$program" --db "$classroom" sync --lrs "$url" --user bench --no-pull >/dev/null 2>"$dir/sync.err" \
    || { head -3 "$dir/sync.err"; exit 1; }
echo "push: $(echo "$outbox / $(cat "$dir/wall")" | bc) statements/s (wall), $(echo "$outbox / $(cat "$dir/cpu")" | bc) per CPU second of the program"
echo "left in the outbox: $(dotnet "$program" --lang en --db "$classroom" sync --status | grep -Eo "outbox: [0-9]+" | grep -Eo "[0-9]+")"
timed "pull into an empty database" dotnet "$program" --db "$dir/puller.db" sync --lrs "$url" --user bench >/dev/null 2>"$dir/sync.err" \
    || { head -3 "$dir/sync.err"; exit 1; }
echo "pull: $(echo "$outbox / $(cat "$dir/wall")" | bc) statements/s (wall), $(echo "$outbox / $(cat "$dir/cpu")" | bc) per CPU second of the program"
echo "pulled attempts: $(dotnet "$program" --db "$dir/puller.db" report --format json | grep -Eo '"attempts": [0-9]+' | awk '{ s += $2 } END { print s + 0 }')"
rm -f "$classroom" "$dir/puller.db"
