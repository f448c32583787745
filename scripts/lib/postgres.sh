# A throwaway PostgreSQL cluster in a temporary directory, run as an unprivileged user, listening
# below the ephemeral port range (so no outgoing connection holds its port) and removed on exit
# (sourced by eventbook.sh). Sets PG_TEST_URL.
PG_TEST_DIR=""

pg_bin() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [ -n "$dir" ] || die "PostgreSQL server binaries not found (package postgresql)"
    echo "$dir"
}

free_port() {
    local port
    for port in $(seq "${1:-25432}" 25632); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    die "no free port for PostgreSQL"
}

pg_owner_prefix() {
    if [ "$(id -u)" = 0 ]; then echo "runuser -u postgres -- "; fi
}

pg_as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_test_postgres() {
    if [ -n "$PG_TEST_DIR" ] && [ -d "$PG_TEST_DIR/data" ]; then
        pg_as_owner "$(pg_bin)/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    [ -z "$PG_TEST_DIR" ] || rm -rf "$PG_TEST_DIR"
}

start_test_postgres() {
    local bin port attempt
    bin="$(pg_bin)"
    PG_TEST_DIR="$(mktemp -d /tmp/eventbook-pg.XXXXXX)"
    trap stop_test_postgres EXIT
    if [ "$(id -u)" = 0 ]; then chown postgres: "$PG_TEST_DIR"; fi
    pg_as_owner "$bin/initdb" -D "$PG_TEST_DIR/data" -U eventbook -A trust --no-sync -E UTF8 >/dev/null
    port=25432
    for attempt in 1 2 3 4 5; do
        port="$(free_port "$port")"
        log "starting a throwaway PostgreSQL on 127.0.0.1:$port"
        # Durability is pointless for a cluster that is deleted at exit; speed is not.
        if pg_as_owner "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
            -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
            start >/dev/null; then
            PG_TEST_URL="postgres://eventbook@127.0.0.1:$port/postgres"
            # For the test that restarts PostgreSQL under running servers (pg_ctl keeps the options).
            PG_TEST_RESTART="$(pg_owner_prefix)$bin/pg_ctl -D $PG_TEST_DIR/data -l $PG_TEST_DIR/server.log -w -t 60 -m fast restart"
            export PG_TEST_DIR PG_TEST_URL PG_TEST_RESTART
            return 0
        fi
        # Another process may have taken the port between the check and the bind: try the next.
        grep -q "Address already in use" "$PG_TEST_DIR/server.log" || break
        port=$((port + 1))
    done
    cat "$PG_TEST_DIR/server.log" >&2
    die "PostgreSQL did not start"
}
