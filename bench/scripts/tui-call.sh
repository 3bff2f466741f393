#!/usr/bin/env bash
# The text UI during a call, in tmux (100×30): resident memory and keystroke-to-redraw latency.
# A new trainee signs in, opens the shipped Chinese scenario sim-swap-4g through the filter and starts the
# call in practice mode; then:
#   - keystrokes: KEYS Chinese characters are typed one at a time into the reply box (tmux send-keys -l); for
#     each, the time from just before `tmux send-keys` to the first output chunk that holds the character
#     (the pane's output is piped to a watcher that timestamps every chunk). The same is measured against `cat` in a pane
#     (the terminal's and tmux's own echo latency) and reported beside it.
#   - memory: VmRSS and VmHWM (peak) from /proc/PID/status of the program, sampled after the keystrokes, after
#     the first reply is scored, and after the whole call (4 turns) while the scorecard is shown.
#
# Usage: bench/scripts/tui-call.sh [-k KEYS] -- COMMAND [ARGS...]
#   e.g. bench/scripts/tui-call.sh -- /tmp/pub/aot/trainingsim
#        bench/scripts/tui-call.sh -- dotnet /tmp/pub/fd/trainingsim.dll
# The script adds `--db TEMPFILE --lang zh-CN`. Needs tmux and python3.
set -euo pipefail

keys=40
while [ $# -gt 0 ]; do
    case $1 in
        -k) keys=$2; shift 2 ;;
        --) shift; break ;;
        *) echo "usage: $0 [-k KEYS] -- COMMAND [ARGS...]" >&2; exit 2 ;;
    esac
done
[ $# -gt 0 ] || { echo "usage: $0 [-k KEYS] -- COMMAND [ARGS...]" >&2; exit 2; }

work=$(mktemp -d)
socket="tsim-call-$$"
tm() { tmux -L "$socket" "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

cat > "$work/chunks.py" <<'PY'
import os, sys, time
with open(sys.argv[1], "w", buffering=1) as log:
    while True:
        chunk = os.read(0, 65536)
        if not chunk:
            break
        log.write(f"{time.time():.6f} {len(chunk)} {chunk.hex()}\n")
PY

screen() { tm capture-pane -p -t "$1"; }
wait_for() { # wait_for PANE TEXT: up to 30 s
    local i
    for ((i = 0; i < 300; i++)); do
        screen "$1" 2>/dev/null | grep -qF -- "$2" && return 0
        sleep 0.1
    done
    echo "no \"$2\" on screen:" >&2
    screen "$1" | sed 's/^/    | /' >&2
    exit 1
}

wait_log() { # wait_log FILE: the watcher is up (it creates FILE when it starts)
    local i
    for ((i = 0; i < 100; i++)); do [ -e "$1" ] && { sleep 0.2; return 0; }; sleep 0.1; done
    echo "the output watcher did not start" >&2
    exit 1
}

# echo_latencies PANE LOG N: types N characters one by one, prints one latency (ms) a line.
echo_latencies() {
    local pane=$1 log=$2 n=$3 i t0 char
    local text="您好很高兴为您服务换卡号码不变套餐余额都保留请您放心感谢来电"
    for ((i = 0; i < n; i++)); do
        before=$(wc -l < "$log")
        t0=$EPOCHREALTIME
        char=${text:$((i % ${#text})):1}
        tm send-keys -t "$pane" -l "$char"
        sleep 0.15   # let the redraw finish before the next key
        # The first output chunk after t0 that holds the typed character (Terminal.Gui also writes a show-cursor
        # sequence every main-loop iteration, so "the first byte after t0" would time that instead of the redraw).
        python3 -c "
import sys
t0, want = float(sys.argv[1]), sys.argv[3].encode().hex()
for line in open(sys.argv[2]):
    parts = line.split()
    if len(parts) == 3 and float(parts[0]) >= t0 and want in parts[2]:
        print(f'{(float(parts[0]) - t0) * 1000:.2f}')
        break
else:
    print('nan')" "$t0" "$log" "$char"
    done
}

summary() { # summary NAME < values
    python3 -c "
import statistics, sys
lines = [x.strip() for x in sys.stdin if x.strip()]
v = sorted(float(x) for x in lines if x != 'nan')
missed = len(lines) - len(v)
def pct(p): return v[min(len(v) - 1, int(round(p * (len(v) - 1))))]
print(f'{sys.argv[1]}: median {statistics.median(v):.1f} ms, p90 {pct(0.90):.1f} ms, p95 {pct(0.95):.1f} ms, max {v[-1]:.1f} ms ({len(v)} keys' + (f', {missed} not seen' if missed else '') + ')')" "$1"
}

memory() { # memory LABEL PID
    awk -v label="$1" '/^VmRSS|^VmHWM|^RssAnon|^RssFile/ {printf "%s %.1f MB  ", $1, $2 / 1024} END {print "(" label ")"}' "/proc/$2/status"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. Baseline: tmux + terminal echo latency with `cat`.
tm new-session -d -s base -x 100 -y 30 "cat"
tm pipe-pane -t base -O "python3 $work/chunks.py $work/base.log"
wait_log "$work/base.log"
echo_latencies base "$work/base.log" "$keys" | summary "echo by cat (tmux baseline)"
tm kill-session -t base

# 2. The program.
db="$work/progress.db"
printf -v quoted '%q ' "$@"
tm new-session -d -s game -x 100 -y 30 "exec $quoted --db $db --lang zh-CN"
pid=$(tm display-message -p -t game '#{pane_pid}')
wait_for game "新学员"
tm send-keys -t game F2; sleep 0.3
tm send-keys -t game -l "陈晓雨"; tm send-keys -t game Enter; sleep 0.3
tm send-keys -t game -l "一班"; tm send-keys -t game Enter; sleep 0.3
tm send-keys -t game -l "2468"; tm send-keys -t game Enter; sleep 0.3   # the first sign-in sets a PIN
tm send-keys -t game -l "2468"; tm send-keys -t game Enter
wait_for game "学员 陈晓雨"
tm send-keys -t game C-f; sleep 0.3
tm send-keys -t game -l "换 4G"; sleep 0.5
tm send-keys -t game Enter
wait_for game "任务简报"
tm send-keys -t game Enter
wait_for game "客户：你好，我新买了个 4G 手机"
memory "call started" "$pid"

tm pipe-pane -t game -O "python3 $work/chunks.py $work/game.log"
wait_log "$work/game.log"
echo_latencies game "$work/game.log" "$keys" | summary "keystroke in the reply box → redraw"
memory "after $keys keystrokes" "$pid"
tm pipe-pane -t game   # stop piping

# Clear the typed characters, then play the call.
for ((i = 0; i < keys; i++)); do tm send-keys -t game BSpace; done
sleep 0.5
type_line() { tm send-keys -t game -l "$1"; sleep 0.3; tm send-keys -t game Enter; sleep 0.7; }
type_line "您好，很高兴为您服务！换4G卡号码不变，原来的号码、套餐和余额都保留。"
wait_for game "✓"
memory "first reply scored, choice step shown" "$pid"
tm send-keys -t game 1; sleep 0.3; tm send-keys -t game Enter; sleep 0.7   # a digit selects, Enter confirms
type_line "换卡当场生效，几分钟就好，基本不影响您接电话。建议您换卡前先把存在旧卡里的联系人备份到手机通讯录里。"
type_line "好的，感谢您的来电，请问还有什么可以帮您？"
wait_for game "通话已结束"
memory "call ended" "$pid"
tm send-keys -t game Enter
wait_for game "技能得分"
memory "scorecard" "$pid"
score=$(screen game | grep -oE '得分 [0-9]+' | head -1)
echo "scorecard: $score"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
tm send-keys -t game C-q
sleep 1
