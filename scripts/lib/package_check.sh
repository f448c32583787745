# Builds the Linux packages and checks them the way a user would meet them (sourced by eventbook.sh):
# lintian, install with apt, verify the installed unit, start the server with the unit's own command
# lines and environment, hit /healthz, stop it with SIGTERM, uninstall.

# Builds the packages from a preset's build (release by default). The test command packages the
# `ci` build it has just tested (optimised, stripped by CPack) instead of compiling everything again.
build_packages() {
    local preset="${1:-release}"
    log "building ($preset) and the packages (cpack)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
    rm -f "build/$preset"/*.deb "build/$preset"/*.tar.gz
    (cd "build/$preset" && cpack -G "DEB;TGZ" >/dev/null)
    ls "build/$preset"/*.deb "build/$preset"/*.tar.gz
}

# The value of every KEY= line of a unit's [Service] section, in order.
unit_values() {
    sed -n "s/^$2=//p" "$1"
}

check_packages() {
    local preset="${1:-release}" deb unit tmp port pid lint status=0
    build_packages "$preset"
    deb="$(ls "$ROOT/build/$preset"/eventbook-server_*.deb)"
    log "lintian $(basename "$deb")"
    lint="$(lintian --fail-on error,warning --tag-display-limit 0 "$deb" 2>&1)" || status=$?
    printf '%s\n' "$lint" | grep -v "root privileges" || true
    [ "$status" = 0 ] || die "lintian found problems in $deb"

    log "installing $(basename "$deb")"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
    unit=/lib/systemd/system/eventbook-server.service
    [ -f "$unit" ] && [ -x /usr/bin/eventbook-server ] && [ -f /etc/eventbook/server.env ] \
        || die "the package did not install its files"
    systemd-analyze verify --man=no "$unit" || die "systemd-analyze verify: $unit"

    # The unit's environment and command lines, run as an unprivileged user (as DynamicUser would),
    # with the state directory and port moved somewhere harmless.
    tmp="$(mktemp -d /tmp/eventbook-pkg.XXXXXX)"
    chmod 0777 "$tmp"
    port="$(free_port 25600)"
    local -a envs=()
    while IFS= read -r line; do envs+=("$line"); done < <(unit_values "$unit" Environment)
    envs+=("DATA_DIR=$tmp/state" "PORT=$port" "LOG_FORMAT=text")
    local pre start
    pre="$(unit_values "$unit" ExecStartPre)"
    start="$(unit_values "$unit" ExecStart)"
    # setpriv execs (no fork), so $! is the server itself and receives our SIGTERM.
    local -a drop=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
    [ "$(id -u)" = 0 ] || drop=(sudo "${drop[@]}")
    log "running '$pre' then '$start' as nobody on port $port"
    "${drop[@]}" env "${envs[@]}" $pre || die "ExecStartPre failed"
    "${drop[@]}" env "${envs[@]}" $start >"$tmp/server.log" 2>&1 &
    pid=$!
    local ok=0
    for _ in $(seq 1 100); do
        if curl -fsS "http://127.0.0.1:$port/healthz" 2>/dev/null | grep -q '"ok"'; then ok=1; break; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    [ "$ok" = 1 ] || { cat "$tmp/server.log" >&2; die "the installed server did not answer /healthz"; }
    kill -TERM "$pid"
    wait "$pid" || die "the installed server did not exit 0 on SIGTERM"
    rm -rf "$tmp"

    log "removing eventbook-server"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq eventbook-server >/dev/null
    [ ! -e /usr/bin/eventbook-server ] && [ ! -e "$unit" ] || die "purge left files behind"
    log "packages checked: lintian clean, installs, serves, stops, uninstalls"
}
