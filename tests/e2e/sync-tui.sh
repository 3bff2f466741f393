#!/usr/bin/env bash
# End-to-end: the real program in tmux (80×24) syncing in the background with the real test LRS (tests/lrs).
# A machine is set up with one `sync`; the game then opens saying 已同步, a trainee plays a call, and its
# statements reach the LRS with no sync command; with the LRS stopped the next call ends as usual and the title
# line says since when the LRS cannot be reached. Prints PASS/FAIL lines; exits non-zero on any failure.
#
# Usage: tests/e2e/sync-tui.sh   (needs `bash tests/lrs/lrs.sh install`; TRAININGSIM_DLL names a built dll, else it builds)
set -uo pipefail
cd "$(dirname "$0")/../.."

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

command -v tmux >/dev/null 2>&1 || { echo "FAIL: tmux is not installed (apt-get install -y tmux)"; exit 1; }
[ -d tests/lrs/node_modules/xapi-statements ] || { echo "FAIL: the test LRS is not installed (bash tests/lrs/lrs.sh install)"; exit 1; }
dll=${TRAININGSIM_DLL:-src/TrainingSim.Cli/bin/Debug/net10.0/trainingsim.dll}
if [ -z "${TRAININGSIM_DLL:-}" ]; then
    dotnet build src/TrainingSim.Cli -v q -nologo >/dev/null 2>&1 || { echo "FAIL: build of src/TrainingSim.Cli"; exit 1; }
fi
[ -f "$dll" ] || { echo "FAIL: no built program at $dll"; exit 1; }

work=$(mktemp -d)
db="$work/progress.db"
socket="tsim-sync-e2e-$$"
session=game
export XDG_CONFIG_HOME="$work/config"   # where sync remembers the LRS (sync.json)
tm() { tmux -L "$socket" "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1; bash tests/lrs/lrs.sh stop "$work/lrs"; rm -rf "$work"; }
trap cleanup EXIT
screen() { tm capture-pane -p -t "$session"; }
wait_for() {
    local text=$1 limit=${2:-15} i
    for ((i = 0; i < limit * 10; i++)); do
        screen 2>/dev/null | grep -qF -- "$text" && return 0
        sleep 0.1
    done
    return 1
}
step() { if wait_for "$2" "${3:-15}"; then pass "$1"; else fail "$1 (no \"$2\" on screen)"; screen | sed 's/^/    | /'; fi; }
type_line() { tm send-keys -t "$session" -l "$1"; sleep 0.3; tm send-keys -t "$session" Enter; sleep 0.5; }
# statements_at URL: how many statements the LRS holds.
statements_at() {
    node -e 'fetch(process.argv[1] + "statements?limit=1000", { headers: { "X-Experience-API-Version": "1.0.3",
        Authorization: "Basic " + Buffer.from("probe:probe").toString("base64") } })
        .then(r => r.json()).then(j => console.log(j.statements.length), () => console.log(0))' "$1"
}
play_call() { # the call of 换 4G, from its first line to its scorecard
    step "$1: the call starts" "客户：你好，我新买了个 4G 手机"
    type_line "您好，很高兴为您服务！换4G卡号码不变，原来的套餐和余额都保留。"
    wait_for "您的号码已经实名登记过了" >/dev/null
    shown=$(screen | grep -oE '[0-9]\. 您的号码已经实名登记过了' | head -1 | cut -c1)
    tm send-keys -t "$session" "${shown:-1}"; sleep 0.3; tm send-keys -t "$session" Enter; sleep 0.5
    type_line "换卡当场生效，几分钟就好。建议您先把旧卡里的联系人备份到手机通讯录。"
    type_line "好的，感谢您的来电，请问还有什么可以帮您？"
    step "$1: the call ends" "通话已结束"
    tm send-keys -t "$session" Enter
    step "$1: the scorecard shows at once" "技能得分" 5
}

bash tests/lrs/lrs.sh start "$work/lrs" || { echo "FAIL: the test LRS did not start"; exit 1; }
lrs=$(cat "$work/lrs/url")

# 1. Set the machine up: one sync remembers the LRS, the user and the password.
TRAININGSIM_LRS_PASSWORD=classroom-secret dotnet "$dll" sync --lrs "$lrs" --user classroom-e2e --no-pull --db "$db" </dev/null >/dev/null
[ $? -eq 0 ] && pass "one sync sets the machine up" || fail "the first sync"

# 2. The game syncs on start and after the call, with no sync command.
tm new-session -d -s "$session" -x 80 -y 24 "dotnet '$dll' --db '$db' --lang zh-CN; echo \"[exit \$?]\"; sleep 60"
step "the game opens and says it is synced" "已同步" 30
tm send-keys -t "$session" F2; sleep 0.3
type_line "陈晓雨"
type_line "2026春季一班"
step "the first sign-in asks for a PIN" "第一次登录"
type_line "2468"
type_line "2468"
step "the trainee's home screen opens" "学员 陈晓雨"
tm send-keys -t "$session" C-f; sleep 0.3; tm send-keys -t "$session" -l "换 4G"; sleep 0.5; tm send-keys -t "$session" Enter
step "the briefing opens" "任务简报"
tm send-keys -t "$session" Enter
play_call "first call"
sleep 3
held=$(statements_at "$lrs")
if [ "${held:-0}" -ge 4 ]; then pass "the call's $held statements reached the LRS with no sync command"; else fail "the LRS holds ${held:-no} statements"; fi
left=$(dotnet "$dll" sync --status --lang en --db "$db" </dev/null | grep -oE 'outbox: [0-9]+')
[ "$left" = "outbox: 0" ] && pass "nothing is left in the outbox" || fail "sync --status: $left"

# 3. The LRS stops: the next call ends as usual, and the title line says since when it cannot be reached.
bash tests/lrs/lrs.sh stop "$work/lrs"
tm send-keys -t "$session" r   # 重试: the same call again
play_call "call with the LRS down"
step "the title line says the LRS is unreachable since when" "LRS 无法连接（自" 30
left=$(dotnet "$dll" sync --status --lang en --db "$db" </dev/null | grep -oE 'outbox: [0-9]+')
[ "$left" != "outbox: 0" ] && pass "the second call waits in the outbox ($left)" || fail "sync --status: $left"
tm send-keys -t "$session" C-q
step "Ctrl+Q quits at once with exit code 0" "[exit 0]" 5

if [ "$failures" -eq 0 ]; then echo "PASS: sync-tui e2e"; exit 0; fi
echo "FAIL: sync-tui e2e ($failures failures)"
exit 1
