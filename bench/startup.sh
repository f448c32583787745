#!/usr/bin/env bash
# Time from `eventbook-server serve` to the first 200 from /readyz, on a fresh SQLite data directory
# (includes migrations) and on an existing one. Usage: bench/startup.sh [build/release/bin/eventbook-server] [runs]
set -euo pipefail
BIN="${1:-build/release/bin/eventbook-server}"
RUNS="${2:-10}"
PORT="${PORT:-5099}"
export JWT_SECRET="bench-secret-0123456789abcdef0123456789" LOG_LEVEL=warn PORT

measure() {
    local dir="$1" start end pid
    start=$(date +%s%N)
    DATA_DIR="$dir" "$BIN" serve & pid=$!
    until curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1; do sleep 0.005; done
    end=$(date +%s%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo $(( (end - start) / 1000000 ))
}

summary() { sort -n | awk '{a[NR]=$1} END {printf "min %d ms, median %d ms, max %d ms (n=%d)\n", a[1], a[int((NR+1)/2)], a[NR], NR}'; }

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
echo -n "fresh data dir:    "; for i in $(seq "$RUNS"); do measure "$tmp/fresh$i"; done | summary
echo -n "existing data dir: "; for i in $(seq "$RUNS"); do measure "$tmp/fresh1"; done | summary
