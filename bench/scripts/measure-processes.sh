#!/usr/bin/env bash
# Every whole-process figure of docs/performance.md, one after the other, on programs published by
# publish-modes.sh: play vs hello world (hyperfine), launch to the first drawn screen of the text UI, and a
# call in the text UI (keystroke-to-redraw, resident memory) — for each mode found in PUBLISHED (fd, r2r, aot).
# The machine's load is printed before and after each part: quote it with the figures.
#
# Usage: bench/scripts/measure-processes.sh PUBLISHED [RUNS]     (RUNS: hyperfine and first-draw runs, default 30/20)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
pub=$(cd "${1:?usage: $0 PUBLISHED [RUNS]}" && pwd)
runs=${2:-30}
draw_runs=$(( runs * 2 / 3 ))

load() { echo "-- $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"; }
program() { # program MODE -> the command line that starts that mode
    case $1 in
        fd) echo "dotnet $pub/fd/trainingsim.dll" ;;
        *) echo "$pub/$1/trainingsim" ;;
    esac
}

echo "== play vs hello world"
load
"$here/play-vs-hello.sh" "$pub" "$runs"
load

for mode in aot r2r fd; do
    [ -d "$pub/$mode" ] || continue
    echo "== text UI, launch to first screen: $mode"
    load
    # shellcheck disable=SC2046  # the program's command line is split into words on purpose
    "$here/tui-first-draw.sh" -n "$draw_runs" -w 2 -- $(program "$mode") | tail -2
done
load

for mode in aot r2r fd; do
    [ -d "$pub/$mode" ] || continue
    echo "== text UI, during a call: $mode"
    load
    # shellcheck disable=SC2046
    "$here/tui-call.sh" -k 30 -- $(program "$mode")
done
load
