#!/usr/bin/env bash
# The HTTP benchmarks of docs/benchmarks.md: starts eventbook-server on SQLite and on PostgreSQL,
# loads the fixed data set (bench/seed.py), runs each scenario with wrk on 127.0.0.1, measures the
# server's CPU and peak RSS, and runs nginx (one worker) on the same response bytes as a ceiling,
# and Qt's HTTP server answering those bytes with nothing else (bench/bare) as the framework's.
# Prints one markdown table row per scenario and backend.
#
#   bench/run.sh BIN_DIR [scenario ...]     scenarios: list search detail book hot storm waitlist checkin mail demo staleness auth fanout startup app
#                                           (default: all)
# Needs: wrk, nginx, python3, psql; PG_TEST_URL (a throwaway cluster's URL) for the PostgreSQL rows.
# BENCH_DURATION (seconds per wrk run, 10); BENCH_BACKENDS ("sqlite", "pg" or both: which rows);
# BENCH_EXPERIMENT_SQL: SQL run on the PostgreSQL bench database after `migrate` (schema experiments,
# e.g. putting back an index to measure what dropping it gained; docs/benchmarks.md "The door").
set -euo pipefail
BIN="$1"; shift
SCENARIOS=("$@")
[ "${#SCENARIOS[@]}" -gt 0 ] || SCENARIOS=(list search detail book hot storm waitlist checkin mail demo staleness auth fanout startup app)
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DURATION="${BENCH_DURATION:-10}"
THREADS=2
WORK="$(mktemp -d)"
SERVER=""
NGINX_PID=""
SINK=""
cleanup() {
    [ -z "$SERVER" ] || kill "$SERVER" 2>/dev/null || true
    [ -z "$NGINX_PID" ] || kill "$NGINX_PID" 2>/dev/null || true
    [ -z "$SAMPLER" ] || kill "$SAMPLER" 2>/dev/null || true
    [ -z "$SINK" ] || kill "$SINK" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pick_port() { local p; for p in $(seq "$1" $(($1 + 200))); do port_free "$p" && { echo "$p"; return; }; done; exit 1; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# The server's resident memory, sampled every 100 ms while it runs; rss_mb gives the largest sample
# since the previous call, so each row shows the most its own run needed. (VmHWM would show the
# start-up's one Argon2id hash — the dummy that evens out login timing — in every row.)
SAMPLER=""
start_rss_sampler() {
    echo 0 >"$WORK/rss.max"
    (
        set +e # a read racing rss_mb's rewrite of the file must not end the sampling
        # Builtins only (but sleep), so the sampling costs the machine next to nothing.
        while [ -r "/proc/$SERVER/status" ]; do
            kb=0
            while read -r key value _; do [ "$key" = VmRSS: ] && kb="$value"; done <"/proc/$SERVER/status" 2>/dev/null
            read -r max <"$WORK/rss.max"
            [ "$kb" -gt "${max:-0}" ] && echo "$kb" >"$WORK/rss.max"
            sleep 0.1
        done
    ) &
    SAMPLER=$!
}
rss_mb() {
    awk '{printf "%.0f", $1 / 1024}' "$WORK/rss.max"
    echo 0 >"$WORK/rss.max"
}

# wrk → "req/s p50_ms p99_ms non2xx"
run_wrk() {
    local conns="$1" url="$2" script="${3:-}"
    local args=(-t"$THREADS" -c"$conns" -d"${DURATION}s" --latency --timeout 10s)
    [ -z "$script" ] || args+=(-s "$script")
    wrk "${args[@]}" "$url" >"$WORK/wrk.out" 2>&1
    [ -z "${BENCH_VERBOSE:-}" ] || cat "$WORK/wrk.out" >&2
    python3 - "$WORK/wrk.out" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*%s%%\s+([\d.]+)(us|ms|s)" % label, text, re.M)
    if not m:
        return float("nan")
    v = float(m.group(1))
    return v / 1000 if m.group(2) == "us" else v * 1000 if m.group(2) == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
bad = (int(non2xx.group(1)) if non2xx else 0) + (sum(int(x) for x in errors.groups()) if errors else 0)
print("%.0f %.2f %.2f %d" % (rps, ms("50"), ms("99"), bad))
PY
}

DB_URL=""
start_server() { # backend
    local backend="$1" url
    PORT="$(pick_port 25800)"
    export JWT_SECRET="bench-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')-secret-0123456789"
    if [ "$backend" = sqlite ]; then
        mkdir -p "$WORK/sqlite"
        url="sqlite://$WORK/sqlite/bench.db"
        DATA_DIR="$WORK/sqlite" DATABASE_URL="$url" "$BIN/eventbook-server" migrate >/dev/null 2>&1
        python3 "$HERE/seed.py" --sqlite "$WORK/sqlite/bench.db" --secret "$JWT_SECRET" --tokens "$WORK/tokens"
    else
        local db="bench_$$"
        PGOPTIONS="-c client_min_messages=warning" psql -q "$PG_TEST_URL" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
        url="${PG_TEST_URL%/*}/$db"
        DATABASE_URL="$url" DATA_DIR="$WORK" "$BIN/eventbook-server" migrate >/dev/null 2>&1
        [ -z "${BENCH_EXPERIMENT_SQL:-}" ] || psql -q "$url" -c "$BENCH_EXPERIMENT_SQL"
        python3 "$HERE/seed.py" --pg "$url" --secret "$JWT_SECRET" --tokens "$WORK/tokens"
    fi
    DB_URL="$url"
    serve
}

# Starts `serve` on the prepared database (again, after stop_server, with other settings exported).
serve() {
    DATABASE_URL="$DB_URL" DATA_DIR="$WORK" HOST=127.0.0.1 PORT="$PORT" RATE_LIMITS=off \
        "$BIN/eventbook-server" serve >"$WORK/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 100); do
        if curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1; then
            start_rss_sampler
            return 0
        fi
        sleep 0.1
    done
    echo "server did not start" >&2
    cat "$WORK/server.log" >&2
    exit 1
}

stop_server() {
    kill "$SERVER" && wait "$SERVER" 2>/dev/null || true
    SERVER=""
    if [ -n "$SAMPLER" ]; then
        kill "$SAMPLER" 2>/dev/null || true
        wait "$SAMPLER" 2>/dev/null || true
        SAMPLER=""
    fi
}

# nginx, one worker, serving `file` at /ceiling — the same bytes the server answers.
start_nginx() {
    local file="$1"
    NGINX_PORT="$(pick_port 26100)"
    mkdir -p "$WORK/nginx/html"
    cp "$file" "$WORK/nginx/html/ceiling"
    cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/nginx/html;
        location = /ceiling { default_type application/json; }
    }
}
CONF
    # Workers drop to an unprivileged user when started as root: they must be able to read the file.
    chmod 755 "$WORK"
    chmod -R a+rX "$WORK/nginx"
    nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
    NGINX_PID=$!
    for _ in $(seq 1 50); do
        curl -fsS "http://127.0.0.1:$NGINX_PORT/ceiling" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "nginx did not start" >&2
    exit 1
}
stop_nginx() { kill "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""; }

measure() { # label conns path [script] → table row
    local label="$1" conns="$2" path="$3" script="${4:-}" before after cpu result
    before="$(ticks "$SERVER")"
    result="$(run_wrk "$conns" "http://127.0.0.1:$PORT$path" "$script")"
    after="$(ticks "$SERVER")"
    cpu="$(python3 -c "print(round(($after - $before) / $(getconf CLK_TCK) / $DURATION * 100))")"
    read -r rps p50 p99 bad <<<"$result"
    local ceiling="—" share="—"
    if [ -n "${BENCH_PGBENCH_EVENTS:-}" ] && [ "$BACKEND" = pg ]; then
        # The same transactions straight from pgbench, with the server idle meanwhile.
        local pgbin tps
        pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
        # From the same starting point as the server had: no bookings left over from its run.
        psql -q "$DB_URL" -c "DELETE FROM bookings" -c "UPDATE events SET available_slots = total_slots" >/dev/null
        # book_cancel.sql is two requests' transactions per run; book_hot.sql one.
        local script="${BENCH_PGBENCH_SCRIPT:-book_cancel.sql}" per=2
        [ "$script" = book_cancel.sql ] || per=1
        "$pgbin/pgbench" -n -c "$conns" -j "$THREADS" -T "$DURATION" -D events="$BENCH_PGBENCH_EVENTS" -D n=0 \
            -f "$HERE/pgbench/$script" \
            "$DB_URL" >"$WORK/pgbench.out" 2>&1 || echo "pgbench: $(grep -m1 -i error "$WORK/pgbench.out")" >&2
        tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench.out")"
        if [ -n "$tps" ]; then
            ceiling="pgbench $(python3 -c "print(round($per * $tps))")"
            share="$(python3 -c "print('%.0f %%' % (100.0 * $rps / ($per * $tps)))")"
        fi
    elif [ -z "$script" ]; then
        curl -fsS "http://127.0.0.1:$PORT$path" -o "$WORK/body"
        start_nginx "$WORK/body"
        read -r crps _ _ _ <<<"$(run_wrk "$conns" "http://127.0.0.1:$NGINX_PORT/ceiling")"
        stop_nginx
        # And Qt's own HTTP server answering the same bytes with nothing else: the framework's ceiling.
        local bare_port bare_pid brps
        bare_port="$(pick_port 26200)"
        "$BIN/eventbook-bench-bare" "$WORK/body" "$bare_port" &
        bare_pid=$!
        for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$bare_port/" >/dev/null 2>&1 && break; sleep 0.1; done
        read -r brps _ _ _ <<<"$(run_wrk "$conns" "http://127.0.0.1:$bare_port/")"
        kill "$bare_pid"; wait "$bare_pid" 2>/dev/null || true
        ceiling="nginx $crps; bare Qt $brps"
        share="$(python3 -c "print('%.0f %% of nginx, %.0f %% of bare Qt' % (100.0 * $rps / $crps, 100.0 * $rps / $brps))")"
    fi
    printf '| %s | %s | %s | %s | %s | %s | %s | %s %% | %s MB | %s |\n' \
        "$label" "$BACKEND" "$conns" "$rps" "$p50" "$p99" "$bad" "$cpu" "$(rss_mb)" "$ceiling / $share"
}

# Event 1 emptied (earlier runs may have left bookings on it) and given room for every user, so
# the hot-event run measures contention, not "full" or "already booked".
hot_event_capacity() {
    local clear="DELETE FROM bookings WHERE event_id = 1"
    local room="UPDATE events SET total_slots = 100000, available_slots = 100000 WHERE id = 1"
    if [ "$BACKEND" = sqlite ]; then
        python3 -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); [c.execute(s) for s in sys.argv[2:]]; c.commit()" \
            "$WORK/sqlite/bench.db" "$clear" "$room"
    else
        psql -q "$DB_URL" -c "$clear" -c "$room" >/dev/null
    fi
}

# 2,000 users race for the 500 seats of one event (made through the API by a throwaway admin).
storm() {
    local token event before after result
    token="$(python3 "$HERE/seed.py" --print-admin-token --secret "$JWT_SECRET")"
    event="$(curl -fsS -X POST "http://127.0.0.1:$PORT/api/events" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' \
        -d '{"title":"Storm","location":"Bench","date":"2030-01-01T18:00:00Z","totalSlots":500}' |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])')"
    before="$(ticks "$SERVER")"
    result="$(python3 "$HERE/storm.py" "http://127.0.0.1:$PORT" "$WORK/tokens" "$event" --users 2000)" || {
        echo "storm: oversold or lost a seat: $result" >&2
        exit 1
    }
    after="$(ticks "$SERVER")"
    read -r wall confirmed full other left <<<"$result"
    printf '| storm: 2,000 users, 500 seats | %s | 64 | %s bookings/s | wall %s ms | confirmed %s, full %s, seats left %s | %s | %s %% | %s MB | — |\n' \
        "$BACKEND" "$(python3 -c "print(round(2000 / ($wall / 1000)))")" "$wall" "$confirmed" "$full" "$left" \
        "$other" "$(python3 -c "print(round(($after - $before) / $(getconf CLK_TCK) / ($wall / 1000) * 100))")" \
        "$(rss_mb)"
}

# The waiting list under storm (bench/waitlist_storm.py): 50 seats, 500 people; 250 book, 200 join,
# 100 cancel and the capacity goes up by 20, all at once; the invariants are checked afterwards.
waitlist() {
    local token before after result
    token="$(python3 "$HERE/seed.py" --print-admin-token --secret "$JWT_SECRET")"
    before="$(ticks "$SERVER")"
    result="$(python3 "$HERE/waitlist_storm.py" "http://127.0.0.1:$PORT" "$WORK/tokens" "$token")" || {
        echo "waitlist: an invariant broke" >&2
        exit 1
    }
    after="$(ticks "$SERVER")"
    read -r wall requests promoted waiting <<<"$result"
    printf '| waitlist: 50 seats, 500 people (book, join, cancel, +20 seats at once) | %s | 64 | %s req/s | wall %s ms | promoted %s in order, waiting %s | 0 | %s %% | %s MB | — |\n' \
        "$BACKEND" "$(python3 -c "print(round($requests / ($wall / 1000)))")" "$wall" "$promoted" "$waiting" \
        "$(python3 -c "print(round(($after - $before) / $(getconf CLK_TCK) / ($wall / 1000) * 100))")" \
        "$(rss_mb)"
}

# The door: 2,000 tickets scanned at 8 desks (wrk, 64 connections, entry and exit in turn); then
# the offline desk's decision time for the same tickets (bench/checkin).
checkin() {
    local token event tool
    token="$(python3 "$HERE/seed.py" --print-admin-token --secret "$JWT_SECRET")"
    event="$(curl -fsS -X POST "http://127.0.0.1:$PORT/api/events" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' \
        -d '{"title":"Door","location":"Bench","date":"2030-01-01T18:00:00Z","totalSlots":2000}' |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])')"
    tool=("$BIN/eventbook-bench-checkin" --url "http://127.0.0.1:$PORT" --admin-token "$token" --event "$event")
    "${tool[@]}" --prepare "$WORK/tickets" --tokens "$WORK/tokens" --tickets 2000 || {
        echo "checkin: could not prepare the tickets" >&2
        exit 1
    }
    BENCH_TICKETS="$WORK/tickets" BENCH_ADMIN_TOKEN="$token" BENCH_EVENT="$event" BENCH_THREADS="$THREADS" \
        measure "checkin: 8 desks redeem 2,000 tickets (entry/exit)" 64 "/" "$HERE/lua/redeem.lua"
    local decide
    decide="$("${tool[@]}" --decide "$WORK/tickets")" || {
        echo "checkin: the offline desk failed" >&2
        exit 1
    }
    read -r d50 d99 dmax <<<"$decide"
    printf '| checkin: offline desk, one decision (verify, look up, decide, record) | %s | — | — | %s | %s (max %s) | 0 | — | — | — |\n' \
        "$BACKEND" "$d50" "$d99" "$dmax"
}

# Logins (one Argon2id verification each) from 8 connections while 16 others list events: the
# login rate, and what the logins do to the list's latency.
auth() {
    local i email password
    : >"$WORK/logins"
    for i in $(seq 1 16); do
        email="auth$i-$$@example.test"
        password="Bench-Auth-Pass-$i!"
        curl -fsS -X POST "http://127.0.0.1:$PORT/api/auth/register" -H 'Content-Type: application/json' \
            -d "{\"email\":\"$email\",\"password\":\"$password\",\"name\":\"Auth $i\"}" >/dev/null
        echo "$email $password" >>"$WORK/logins"
    done
    local list_alone list_during logins
    list_alone="$(run_wrk 16 "http://127.0.0.1:$PORT/api/events?page=1")"
    BENCH_LOGINS="$WORK/logins" wrk -t1 -c8 -d"${DURATION}s" --latency --timeout 10s -s "$HERE/lua/login.lua" \
        "http://127.0.0.1:$PORT/" >"$WORK/login.out" 2>&1 &
    local login_pid=$!
    list_during="$(run_wrk 16 "http://127.0.0.1:$PORT/api/events?page=1")"
    wait "$login_pid"
    logins="$(sed -n 's/^Requests\/sec:[[:space:]]*\([0-9.]*\).*/\1/p' "$WORK/login.out")"
    read -r _ _ alone99 _ <<<"$list_alone"
    read -r during_rps during50 during99 during_bad <<<"$list_during"
    printf '| auth: logins (8 conn.) beside list (16 conn.) | %s | 8 + 16 | %s logins/s; list %s req/s | list %s | list %s (alone %s) | %s | — | %s MB | — |\n' \
        "$BACKEND" "$logins" "$during_rps" "$during50" "$during99" "$alone99" "$during_bad" "$(rss_mb)"
}

# 2,000 /ws sockets; booking → SLOT_UPDATE on every socket (its own server: bench/fanout).
fanout() {
    local args=(--server "$BIN/eventbook-server" --sockets 2000 --rounds 20) out
    [ "$BACKEND" = sqlite ] || args+=(--database-url "${PG_TEST_URL%/*}/fanout_$$")
    [ "$BACKEND" = sqlite ] || PGOPTIONS="-c client_min_messages=warning" psql -q "$PG_TEST_URL" \
        -c "DROP DATABASE IF EXISTS fanout_$$" -c "CREATE DATABASE fanout_$$" >/dev/null
    out="$("$BIN/eventbook-bench-fanout" "${args[@]}" 2>&1)" || { echo "fanout failed: $out" >&2; exit 1; }
    python3 - "$BACKEND" <<PY
import re, sys
out = """$out"""
p = re.search(r"p50 ([\d.]+) ms, p99 ([\d.]+) ms, max ([\d.]+) ms", out)
rss = re.search(r"idle ([\d.]+) MB, (\d+) sockets ([\d.]+) MB, after the rounds ([\d.]+) MB, after they left ([\d.]+) MB", out)
print("| fanout: 2,000 sockets, booking → SLOT_UPDATE | %s | 2000 | — | %s | %s (max %s) | 0 | — | %s MB (idle %s, after they left %s) | — |"
      % (sys.argv[1], p.group(1), p.group(2), p.group(3), rss.group(3), rss.group(1), rss.group(5)))
PY
}

# Start → first 200 from /readyz on a fresh SQLite directory (migrations included), and idle RSS.
startup() {
    local times=() rss=0 start end pid dir port
    for i in 1 2 3 4 5; do
        dir="$WORK/startup$i"
        port="$(pick_port 26300)"
        start=$(date +%s%N)
        DATA_DIR="$dir" HOST=127.0.0.1 PORT="$port" LOG_LEVEL=warn "$BIN/eventbook-server" serve >/dev/null 2>&1 &
        pid=$!
        until curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do sleep 0.002; done
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
        sleep 1
        rss="$(awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status")"
        kill "$pid"; wait "$pid" 2>/dev/null || true
    done
    local median
    median="$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)"
    printf '| startup: exec → /readyz 200, fresh directory | sqlite | — | — | median %s ms | (5 runs: %s ms) | 0 | — | idle %s MB | — |\n' \
        "$median" "${times[*]}" "$rss"
}

# The desktop app against this server: exec → the first event list on screen (its own report, from
# main(), read off stderr), offscreen with a fresh home. Five runs, the median.
app_startup() {
    local walls=() mains=() i start line
    for i in 1 2 3 4 5; do
        mkdir -p "$WORK/apphome$i"
        start=$(date +%s%N)
        exec 4< <(HOME="$WORK/apphome$i" QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="eventbook.app.startup.info=true" \
            timeout 20 "$BIN/eventbook" --server "http://127.0.0.1:$PORT" 2>&1)
        while IFS= read -r line <&4; do
            case "$line" in
                *"first event list shown"*)
                    walls+=($(( ($(date +%s%N) - start) / 1000000 )))
                    mains+=("$(sed 's/.*shown \([0-9]*\) ms.*/\1/' <<<"$line")")
                    break ;;
            esac
        done
        pkill -f "$BIN/eventbook --server" 2>/dev/null || true
        exec 4<&-
    done
    [ "${#walls[@]}" = 5 ] || { echo "app: the desktop app did not show its list" >&2; exit 1; }
    printf '| app: exec → first event list shown (offscreen) | %s | — | — | median %s ms | (5 runs: %s ms; from main(): %s ms) | 0 | — | — | — |\n' \
        "$BACKEND" "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 3p)" "${walls[*]}" "${mains[*]}"
}

# Mail (issue 21): book + cancel with the outbox written and no mail server (SMTP off), then the server
# again with a real SMTP server (tests/support/smtp_sink.py, aiosmtpd) sending every booking's and
# cancellation's mail while the same run goes on (SMTP on), then how fast the mailer sends what the
# run left queued, over BENCH_DURATION.
sql_exec() { # statements… on the bench database
    if [ "$BACKEND" = sqlite ]; then
        python3 -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); r = [c.execute(s).fetchall() for s in sys.argv[2:]]; c.commit(); print(r[-1][0][0] if r[-1] else '')" \
            "$WORK/sqlite/bench.db" "$@"
    else
        local args=()
        for q in "$@"; do args+=(-c "$q"); done
        psql -qtA "$DB_URL" "${args[@]}" | tail -n 1
    fi
}
fresh_bookings() { # every run starts with no bookings and no mail
    sql_exec "DELETE FROM bookings" "UPDATE events SET available_slots = total_slots" "DELETE FROM outbox" >/dev/null
}
mail() {
    local py=/usr/bin/python3 line sinkport sent0 sent1
    [ -x "$py" ] || py=python3 # Debian's, where python3-aiosmtpd is
    mkdir -p "$WORK/sink"
    exec 5< <("$py" "$HERE/../tests/support/smtp_sink.py" --dir "$WORK/sink" 2>"$WORK/sink.err")
    read -r -t 20 line <&5 || { echo "mail: the SMTP sink did not start: $(cat "$WORK/sink.err")" >&2; exit 1; }
    SINK="$(pgrep -f "smtp_sink.py --dir $WORK/sink" | head -n 1)"
    sinkport="${line#READY }"
    fresh_bookings
    BENCH_TOKENS="$WORK/tokens" BENCH_THREADS="$THREADS" \
        measure "book + cancel, SMTP off (the outbox still written)" 32 "/" "$HERE/lua/book.lua"
    stop_server
    fresh_bookings
    SMTP_URL="smtp://127.0.0.1:$sinkport" MAIL_FROM="EventBook Bench <bench@example.org>" MAIL_POLL_MS=100 serve
    BENCH_TOKENS="$WORK/tokens" BENCH_THREADS="$THREADS" \
        measure "book + cancel, each mailed (SMTP on)" 32 "/" "$HERE/lua/book.lua"
    sent0="$(sql_exec "SELECT count(*) FROM outbox WHERE state = 'sent'")"
    sleep "$DURATION"
    sent1="$(sql_exec "SELECT count(*) FROM outbox WHERE state = 'sent'")"
    printf '| mail: queued mails sent to a local SMTP server (aiosmtpd), %s s | %s | 1 | %s mails/s | — | %s sent, %s still queued, %s stored by the sink | %s | — | %s MB | — |\n' \
        "$DURATION" "$BACKEND" "$(( (sent1 - sent0) / DURATION ))" "$((sent1 - sent0))" \
        "$(sql_exec "SELECT count(*) FROM outbox WHERE state = 'queued'")" "$(ls "$WORK/sink" | grep -c '\.eml$')" \
        "$(sql_exec "SELECT count(*) FROM outbox WHERE state = 'failed'")" "$(rss_mb)"
    kill "$SINK" 2>/dev/null || true
    exec 5<&-
    SINK=""
    rm -rf "$WORK/sink"
    stop_server
    fresh_bookings
    serve # as before, for the scenarios after this one
}

# The demo data (banners and all) as `scripts/eventbook.sh run` serves it (issue 22): list page 1, an
# event's detail, a banner and booking, each read beside nginx serving the same bytes. Bench users
# (ids 1…200, with tokens: each holds one booking at a time, so the demo's few events never fill) are
# loaded first; the demo's events, attendees and bookings on top.
demo() {
    stop_server
    local saved="$DB_URL" dir="$WORK/demo" url seed_target
    rm -rf "$dir"; mkdir -p "$dir"
    if [ "$BACKEND" = sqlite ]; then
        url="sqlite://$dir/demo.db"; seed_target=(--sqlite "$dir/demo.db")
    else
        local db="bench_demo_$$"
        PGOPTIONS="-c client_min_messages=warning" psql -q "$PG_TEST_URL" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
        url="${PG_TEST_URL%/*}/$db"; seed_target=(--pg "$url")
    fi
    DATA_DIR="$dir" DATABASE_URL="$url" "$BIN/eventbook-server" migrate >/dev/null 2>&1
    python3 "$HERE/seed.py" "${seed_target[@]}" --events 0 --users 200 --secret "$JWT_SECRET" --tokens "$WORK/demo-tokens"
    DATA_DIR="$dir" DATABASE_URL="$url" "$BIN/eventbook-server" demo-data >/dev/null 2>&1
    DB_URL="$url"
    serve
    local size gz first image isize ids
    curl -fsS "http://127.0.0.1:$PORT/api/events?page=1" -o "$WORK/demo-page.json"
    size="$(stat -c %s "$WORK/demo-page.json")"
    gz="$(curl -fsS -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT/api/events?page=1" | wc -c)"
    curl -fsS "http://127.0.0.1:$PORT/api/events?page=1&limit=50" -o "$WORK/demo-all.json"
    read -r first image ids <<<"$(python3 - "$WORK/demo-page.json" "$WORK/demo-all.json" <<'PY'
import datetime, json, sys
page = json.load(open(sys.argv[1]))["data"]["events"]
every = json.load(open(sys.argv[2]))["data"]["events"]
first = page[0]
# Upcoming events (a past one refuses bookings) with room for every booking in flight: book +
# cancel never meets "full".
soon = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)
when = lambda e: datetime.datetime.fromisoformat(e["date"].replace("Z", "+00:00"))
roomy = [str(e["id"]) for e in every if e["availableSlots"] >= 40 and when(e) > soon]
print(first["id"], first["image"], ",".join(roomy))
PY
)"
    isize="$(curl -fsS "http://127.0.0.1:$PORT$image" | wc -c)"
    measure "demo: list page 1 ($size B; $gz B gzipped)" 64 "/api/events?page=1"
    measure "demo: detail" 64 "/api/events/$first"
    measure "demo: banner image ($isize B)" 64 "$image"
    BENCH_TOKENS="$WORK/demo-tokens" BENCH_THREADS="$THREADS" BENCH_EVENT_IDS="$ids" \
        measure "demo: book + cancel" 32 "/" "$HERE/lua/book.lua"
    stop_server
    DB_URL="$saved"
    serve # as before, for the scenarios after this one
}

# PostgreSQL, two instances on one database: from just before a change is asked of instance A to the
# moment instance B's cached page shows it (bench/staleness.py), 200 rounds.
staleness() {
    local b_port b_pid token result rounds p50 p99 max
    b_port="$(pick_port 26300)"
    DATABASE_URL="$DB_URL" DATA_DIR="$WORK" HOST=127.0.0.1 PORT="$b_port" RATE_LIMITS=off \
        "$BIN/eventbook-server" serve >"$WORK/server-b.log" 2>&1 &
    b_pid=$!
    for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$b_port/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
    token="$(python3 "$HERE/seed.py" --secret "$JWT_SECRET" --print-admin-token)"
    result="$(python3 "$HERE/staleness.py" "$PORT" "$b_port" "$token" 2 "${BENCH_STALENESS_ROUNDS:-200}")"
    kill "$b_pid"; wait "$b_pid" 2>/dev/null || true
    read -r rounds p50 p99 max <<<"$result"
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
        "cross-instance staleness: change on A → page on B ($rounds rounds)" "$BACKEND" 1 "—" "$p50" "$p99" 0 "—" "—" "max $max ms"
}

echo "| scenario | database | connections | req/s | p50 ms | p99 ms | errors | server CPU | max RSS in the run | ceiling req/s / share |"
echo "|---|---|---|---|---|---|---|---|---|---|"
BACKENDS=(sqlite)
[ -z "${PG_TEST_URL:-}" ] || BACKENDS+=(pg)
[ -z "${BENCH_BACKENDS:-}" ] || read -r -a BACKENDS <<<"$BENCH_BACKENDS"
for BACKEND in "${BACKENDS[@]}"; do
    start_server "$BACKEND"
    for s in "${SCENARIOS[@]}"; do
        case "$s" in
            list) measure list 64 "/api/events?page=1" ;;
            search) measure "list, search" 64 "/api/events?page=1&search=jazz" ;;
            detail) BENCH_EVENTS=1000 measure detail 64 "/api/events/1" "$HERE/lua/detail.lua" ;;
            book) BENCH_TOKENS="$WORK/tokens" BENCH_THREADS="$THREADS" BENCH_PGBENCH_EVENTS=1000 \
                measure "book + cancel" 32 "/" "$HERE/lua/book.lua" ;;
            hot) hot_event_capacity
                # Short enough that every booking is a new user (10,000 in the data set): 5 s on
                # PostgreSQL (up to 2,000 bookings/s), 2 s on SQLite (up to 5,000).
                hot_seconds=5
                [ "$BACKEND" = pg ] || hot_seconds=2
                DURATION=$hot_seconds BENCH_TOKENS="$WORK/tokens" BENCH_THREADS="$THREADS" BENCH_EVENTS=1 BENCH_BOOK_ONLY=1 \
                    BENCH_PGBENCH_EVENTS=1 BENCH_PGBENCH_SCRIPT=book_hot.sql \
                    measure "hot event: bookings, all on one event" 64 "/" "$HERE/lua/book.lua" ;;
            storm) storm ;;
            waitlist) waitlist ;;
            checkin) checkin ;;
            mail) mail ;;
            demo) demo ;;
            staleness) [ "$BACKEND" != pg ] || staleness ;;
            auth) auth ;;
            fanout) fanout ;;
            startup) [ "$BACKEND" != sqlite ] || startup ;;
            app) [ "$BACKEND" != sqlite ] || app_startup ;;
            *) echo "unknown scenario $s" >&2; exit 2 ;;
        esac
    done
    stop_server
done
