#!/usr/bin/env bash
# End-to-end: the real program in tmux (100×30). A new trainee signs in, plays a shipped Chinese scenario
# with replies typed by `send-keys -l`, reads the scorecard, quits with Ctrl+Q, starts again, opens the
# trainee with their PIN (set at the first sign-in) and finds the attempt on the home screen. Prints PASS/FAIL lines; exits non-zero on any failure.
#
# Usage: tests/e2e/tui.sh            (builds src/TrainingSim.Cli unless TRAININGSIM_DLL names a built dll)
set -uo pipefail
cd "$(dirname "$0")/../.."

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

if ! command -v tmux >/dev/null 2>&1; then
    echo "FAIL: tmux is not installed (apt-get install -y tmux)"
    exit 1
fi

dll=${TRAININGSIM_DLL:-src/TrainingSim.Cli/bin/Debug/net10.0/trainingsim.dll}
if [ -z "${TRAININGSIM_DLL:-}" ]; then
    if ! dotnet build src/TrainingSim.Cli -v q -nologo > /tmp/tui-e2e-build.$$ 2>&1; then
        cat /tmp/tui-e2e-build.$$
        echo "FAIL: build of src/TrainingSim.Cli"
        exit 1
    fi
    rm -f /tmp/tui-e2e-build.$$
fi
[ -f "$dll" ] || { echo "FAIL: no built program at $dll"; exit 1; }

work=$(mktemp -d)
db="$work/progress.db"
socket="tsim-e2e-$$"
session=game
tm() { tmux -L "$socket" "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT

screen() { tm capture-pane -p -t "$session"; }

# wait_for TEXT [SECONDS]: true once TEXT is on the screen.
wait_for() {
    local text=$1 limit=${2:-15} i
    for ((i = 0; i < limit * 10; i++)); do
        screen 2>/dev/null | grep -qF -- "$text" && return 0
        sleep 0.1
    done
    return 1
}

step() { # step DESCRIPTION TEXT [SECONDS]
    if wait_for "$2" "${3:-15}"; then pass "$1"; else fail "$1 (no \"$2\" on screen)"; screen | sed 's/^/    | /'; fi
}

start() {
    tm new-session -d -s "$session" -x 100 -y 30 \
        "dotnet '$dll' --db '$db' --lang zh-CN; echo \"[exit \$?]\"; sleep 60"
}

type_line() { tm send-keys -t "$session" -l "$1"; sleep 0.3; tm send-keys -t "$session" Enter; sleep 0.5; }

# 1. First start: sign in a new trainee.
start
step "the sign-in screen opens" "新学员" 30
tm send-keys -t "$session" F2
sleep 0.3
type_line "陈晓雨"
type_line "2026春季一班"
step "the first sign-in asks the new trainee to set a PIN" "第一次登录"
type_line "2468"
type_line "2468"
step "a new trainee signs in and sees the home screen" "学员 陈晓雨"

# 2. Open a shipped Chinese scenario through the filter.
tm send-keys -t "$session" C-f
sleep 0.3
tm send-keys -t "$session" -l "换 4G"
sleep 0.5
tm send-keys -t "$session" Enter
step "the briefing of the shipped scenario opens" "任务简报"
tm send-keys -t "$session" Enter
step "the call starts with the customer's first line" "客户：你好，我新买了个 4G 手机"

# 3. Play it with Chinese replies. The second step is a choice, shown shuffled with none selected: find the
# right one's number on the screen, press it (it only selects), then Enter confirms.
type_line "您好，很高兴为您服务！换4G卡号码不变，原来的套餐和余额都保留。"
step "practice feedback shows a matched item" "✓ 业务准确"
step "the choices are listed" "您的号码已经实名登记过了"
shown=$(screen | grep -oE '[0-9]\. 您的号码已经实名登记过了' | head -1 | cut -c1)
if [ -n "$shown" ]; then pass "the right choice is listed as $shown"; else fail "the right choice has no number on screen"; shown=1; fi
tm send-keys -t "$session" "$shown"
sleep 0.3
tm send-keys -t "$session" Enter
sleep 0.5
type_line "换卡当场生效，几分钟就好。建议您先把旧卡里的联系人备份到手机通讯录。"
type_line "好的，感谢您的来电，请问还有什么可以帮您？"
step "the call ends" "通话已结束"
tm send-keys -t "$session" Enter
step "the scorecard shows" "技能得分"

card=$(screen)
score=$(printf '%s\n' "$card" | grep -oE '得分 [0-9]+' | head -1 | grep -oE '[0-9]+')
if [ -n "$score" ] && [ "$score" -ge 60 ]; then pass "scorecard score $score (pass mark reached)"; else fail "scorecard score '${score:-none}'"; fi
if printf '%s\n' "$card" | grep -qE '★ 亲切'; then pass "scorecard stars with level names"; else fail "scorecard stars"; fi
if printf '%s\n' "$card" | grep -qF '参考回答'; then pass "scorecard shows the reply beside the model answer"; else fail "scorecard model answers"; fi

# 4. Ctrl+Q quits.
tm send-keys -t "$session" C-q
step "Ctrl+Q quits with exit code 0" "[exit 0]"
tm kill-session -t "$session" >/dev/null 2>&1

# 5. Start again: the trainee is listed, and the attempt shows on the home screen.
start
step "second start lists the trainee" "陈晓雨" 30
tm send-keys -t "$session" Enter
step "opening the trainee asks for their PIN" "请输入你的 PIN"
type_line "1357"
step "a wrong PIN is refused" "PIN 错误"
type_line "2468"
step "the trainee's home screen opens" "学员 陈晓雨"
home=$(screen)
row=$(printf '%s\n' "$home" | grep -F "换 4G" | head -1)
if printf '%s\n' "$row" | grep -qF "$score 分"; then pass "home shows the best score $score for the played scenario"; else fail "home row: $row"; fi
if printf '%s\n' "$home" | grep -qF "连续练习 1 天"; then pass "home shows a 1-day streak"; else fail "streak"; fi
if printf '%s\n' "$home" | grep -qE "上次练习 [0-9]+ 秒钟前|上次练习 (1 分钟前|一分钟前)|上次练习 现在"; then pass "home shows the last session"; else fail "last session: $(printf '%s\n' "$home" | grep -F 上次练习)"; fi
tm send-keys -t "$session" C-q
step "Ctrl+Q quits again" "[exit 0]"

# 6. A library where every file has errors: the game opens on the library browser, one line per error.
mkdir -p "$work/broken"
tm kill-session -t "$session" >/dev/null 2>&1
printf 'format: 1\nid: broken\ntitle: 坏\nlanguage: zh-CN\nmodule: 投诉处理\nsteps:\n  ask:\n    say: 你好\n    rubirc: []\n    next: nowhere\n' >"$work/broken/broken.yaml"
tm new-session -d -s "$session" -x 100 -y 30 \
    "dotnet '$dll' --db '$db' --lang zh-CN --scenarios '$work/broken'; echo \"[exit \$?]\"; sleep 60"
step "with every file broken the game opens on the library browser" "没有可以玩的场景" 30
step "each error is a row with its line and column" "✗ 10:11" 5
# The rows are the file, then its three errors in line order: the third error's whole line shows when it is selected.
tm send-keys -t "$session" Down Down Down
step "the selected error is shown whole, with its path, line and column" "$work/broken/broken.yaml:10:11: error TS0204" 5
tm send-keys -t "$session" C-q
step "Ctrl+Q quits the broken library" "[exit 0]"

if [ "$failures" -eq 0 ]; then
    echo "PASS: tui e2e"
    exit 0
fi
echo "FAIL: tui e2e ($failures failures)"
exit 1
