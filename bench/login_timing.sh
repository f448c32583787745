#!/usr/bin/env bash
# Does a login with a wrong password cost the same as one with an unknown email? Times N of each against a
# running server (RATE_LIMITS=off if limits are on) and prints median and p90 per case.
# Usage: bench/login_timing.sh [http://127.0.0.1:5000] [N]
set -euo pipefail
URL="${1:-http://127.0.0.1:5000}"
N="${2:-40}"
EMAIL="timing-$RANDOM$RANDOM@example.com"
PASS='Tm9!timing-Bench'
curl -fs -o /dev/null -X POST "$URL/api/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASS\",\"name\":\"Timing\"}"

sample() {
    local body="$1"
    for _ in $(seq "$N"); do
        curl -s -o /dev/null -w '%{time_total}\n' -X POST "$URL/api/auth/login" -H 'Content-Type: application/json' -d "$body"
    done | sort -n | awk '{a[NR]=$1*1000} END {printf "median %.1f ms, p90 %.1f ms (n=%d)\n", a[int((NR+1)/2)], a[int(NR*0.9)], NR}'
}
echo -n "right password:  "; sample "{\"email\":\"$EMAIL\",\"password\":\"$PASS\"}"
echo -n "wrong password:  "; sample "{\"email\":\"$EMAIL\",\"password\":\"Wrong-pass9!\"}"
echo -n "unknown email:   "; sample "{\"email\":\"nobody-$RANDOM@example.com\",\"password\":\"Wrong-pass9!\"}"
