#!/usr/bin/env bash
# Launch-to-first-drawn-screen of the text UI, measured in tmux (a real terminal that answers the driver's
# queries). For each run: a fresh tmux server starts a pane that waits on a tmux channel; the pane's output is
# piped (pipe-pane) into a small watcher; the channel is signalled; the pane records $EPOCHREALTIME and execs
# the program; the watcher records the moment the sign-in title ("客服训练营 · 登录") arrives in the pane's
# output (the first frame) and the moment the status bar's "Ctrl+Q" arrives (the frame is complete).
# No polling: the watcher blocks on the pipe, so it takes no CPU from the program being measured.
#
# Usage: bench/scripts/tui-first-draw.sh [-n RUNS] [-w WARMUP] -- COMMAND [ARGS...]
#   e.g. bench/scripts/tui-first-draw.sh -n 20 -- /tmp/pub/aot/trainingsim
#        bench/scripts/tui-first-draw.sh -n 20 -- dotnet /tmp/pub/fd/trainingsim.dll
# The script adds `--db TEMPFILE --lang zh-CN`; the database holds one trainee (created before the runs, so
# every run opens an existing database as a returning trainee's launch does). Prints each run and a summary
# (milliseconds). Needs tmux and python3.
set -euo pipefail

runs=20
warmup=2
while [ $# -gt 0 ]; do
    case $1 in
        -n) runs=$2; shift 2 ;;
        -w) warmup=$2; shift 2 ;;
        --) shift; break ;;
        *) echo "usage: $0 [-n RUNS] [-w WARMUP] -- COMMAND [ARGS...]" >&2; exit 2 ;;
    esac
done
[ $# -gt 0 ] || { echo "usage: $0 [-n RUNS] [-w WARMUP] -- COMMAND [ARGS...]" >&2; exit 2; }
command -v tmux >/dev/null || { echo "tmux is not installed (apt-get install -y tmux)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is not installed" >&2; exit 2; }

work=$(mktemp -d)
socket="tsim-draw-$$"
cleanup() { tmux -L "$socket" kill-server >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

db="$work/progress.db"
"$@" trainee add 陈晓雨 --cohort 一班 --db "$db" --lang zh-CN >/dev/null

cat > "$work/watch.py" <<'PY'
import os, sys, time
title = "客服训练营 · 登录".encode()
status = b"Ctrl+Q"
out = sys.argv[1]
seen = b""
t_title = t_status = None
while True:
    chunk = os.read(0, 65536)
    if not chunk:
        break
    now = time.time()
    seen += chunk
    if t_title is None and title in seen:
        t_title = now
    if t_status is None and status in seen:
        t_status = now
    if t_title is not None and t_status is not None:
        break
with open(out, "w") as f:
    f.write(f"{t_title or 0} {t_status or 0}\n")
PY

printf -v quoted '%q ' "$@"
one_run() { # one_run N -> prints "title_ms frame_ms"
    local n=$1 start result
    rm -f "$work/start" "$work/result"
    tmux -L "$socket" new-session -d -s draw -x 100 -y 30 \
        "bash -c 'tmux -L $socket wait-for go-$n; echo \$EPOCHREALTIME > $work/start; exec $quoted --db $db --lang zh-CN'"
    tmux -L "$socket" pipe-pane -t draw -O "python3 $work/watch.py $work/result"
    sleep 0.3   # the watcher is up before the program starts
    tmux -L "$socket" wait-for -S "go-$n"
    for _ in $(seq 1 300); do
        [ -s "$work/result" ] && break
        sleep 0.1
    done
    tmux -L "$socket" kill-server >/dev/null 2>&1 || true
    [ -s "$work/result" ] && [ -s "$work/start" ] || { echo "run $n: no first screen within 30 s" >&2; return 1; }
    start=$(cat "$work/start")
    read -r t1 t2 < "$work/result"
    python3 -c "import sys; s,a,b=map(float,sys.argv[1:]); print(f'{(a-s)*1000:.1f} {(b-s)*1000:.1f}')" "$start" "$t1" "$t2"
}

for ((i = 1; i <= warmup; i++)); do one_run "w$i" >/dev/null; done
: > "$work/all"
for ((i = 1; i <= runs; i++)); do
    r=$(one_run "$i")
    echo "run $i: title ${r% *} ms, frame complete ${r#* } ms"
    echo "$r" >> "$work/all"
done
python3 - "$work/all" "$*" <<'PY'
import statistics, sys
rows = [tuple(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
for i, name in ((0, "title"), (1, "frame complete")):
    v = sorted(r[i] for r in rows)
    print(f"{name}: median {statistics.median(v):.1f} ms, mean {statistics.mean(v):.1f} ± {statistics.pstdev(v):.1f} ms, "
          f"min {v[0]:.1f}, max {v[-1]:.1f} ({len(v)} runs) — {sys.argv[2]}")
PY
