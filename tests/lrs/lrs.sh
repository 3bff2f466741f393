#!/usr/bin/env bash
# The test LRS: Learning Locker's xAPI service (test-only, GPL-3.0, never shipped), in memory, on 127.0.0.1.
#   lrs.sh install        npm ci into tests/lrs/node_modules (gitignored)
#   lrs.sh start DIR      starts it on a free port; writes DIR/pid and DIR/url (the xAPI endpoint), DIR/log
#   lrs.sh stop DIR       stops the one started in DIR
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
case "${1:-}" in
install)
    if [ -f "$here/node_modules/.installed" ] && cmp -s "$here/package-lock.json" "$here/node_modules/.installed"; then exit 0; fi
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) && cp "$here/package-lock.json" "$here/node_modules/.installed"
    ;;
start)
    dir="$2"
    mkdir -p "$dir/logs"
    rm -f "$dir/port"
    (cd "$here" && MODELS_REPO=memory AUTH_REPO=test EVENTS_REPO=test STORAGE_REPO=memory EXPRESS_PORT=0 \
        LRS_PORT_FILE="$dir/port" EXPRESS_MORGAN_DIRECTORY="$dir/logs" FS_LOCAL_STORAGE_DIR="$dir/storage" \
        WINSTON_CONSOLE_LEVEL=warn \
        exec setsid node -r ./bind-localhost.js node_modules/xapi-statements/dist/server.js) >"$dir/log" 2>&1 </dev/null &
    echo $! >"$dir/pid"
    for _ in $(seq 1 300); do
        if [ -s "$dir/port" ]; then
            echo "http://127.0.0.1:$(cat "$dir/port")/xAPI/" >"$dir/url"
            exit 0
        fi
        kill -0 "$(cat "$dir/pid")" 2>/dev/null || break
        sleep 0.1
    done
    tail -5 "$dir/log"
    exit 1
    ;;
stop)
    dir="$2"
    [ -f "$dir/pid" ] && kill "$(cat "$dir/pid")" 2>/dev/null
    rm -f "$dir/pid"
    ;;
*)
    echo "usage: lrs.sh install | start DIR | stop DIR" >&2
    exit 2
    ;;
esac
