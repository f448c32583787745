# Builds the Linux packages and checks them the way a user would meet them (sourced by eventbook.sh):
# lintian, the RPMs' and the tarball's contents, install both .debs with apt, validate the installed
# desktop entry and AppStream metainfo, verify the installed unit, start the server with the unit's own
# command lines and environment, let the installed app render its pages from it, stop the server with
# SIGTERM, uninstall.

# Builds the packages from a preset's build (release by default). The test command packages the
# `ci` build it has just tested (optimised, stripped by CPack) instead of compiling everything again.
build_packages() {
    local preset="${1:-release}"
    log "building ($preset) and the packages (cpack)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
    rm -f "build/$preset"/*.deb "build/$preset"/*.rpm "build/$preset"/*.tar.gz
    local generators="DEB;TGZ"
    command -v rpmbuild >/dev/null && generators="DEB;RPM;TGZ"
    (cd "build/$preset" && cpack -G "$generators" >/dev/null 2>&1) || die "cpack failed"
    ls "build/$preset"/*.deb "build/$preset"/*.rpm "build/$preset"/*.tar.gz 2>/dev/null
}

# Fails unless the listing on stdin holds each of the paths given.
expect_paths() {
    local what="$1" listing
    shift
    listing="$(cat)"
    for path in "$@"; do
        grep -qx -- "$path" <<<"$listing" || die "$what lacks $path"
    done
}

# The value of every KEY= line of a unit's [Service] section, in order.
unit_values() {
    sed -n "s/^$2=//p" "$1"
}

check_packages() {
    local preset="${1:-release}" dir unit tmp port pid lint status deb
    build_packages "$preset"
    dir="$ROOT/build/$preset"
    local server_deb app_deb
    server_deb="$(ls "$dir"/eventbook-server_*.deb)"
    app_deb="$(ls "$dir"/eventbook_*.deb)"
    for deb in "$server_deb" "$app_deb"; do
        log "lintian $(basename "$deb")"
        status=0
        lint="$(lintian --fail-on error,warning --tag-display-limit 0 "$deb" 2>&1)" || status=$?
        printf '%s\n' "$lint" | grep -v "root privileges" || true
        [ "$status" = 0 ] || die "lintian found problems in $deb"
    done
    local app_files=(/usr/bin/eventbook /usr/share/applications/eventbook.desktop
        /usr/share/metainfo/io.github.eventbook.EventBook.metainfo.xml /usr/share/man/man1/eventbook.1.gz
        /usr/share/icons/hicolor/scalable/apps/eventbook.svg /usr/share/icons/hicolor/48x48/apps/eventbook.png
        /usr/share/icons/hicolor/256x256/apps/eventbook.png)
    local server_files=(/usr/bin/eventbook-server /lib/systemd/system/eventbook-server.service
        /etc/eventbook/server.env /usr/share/man/man1/eventbook-server.1.gz)
    dpkg-deb -c "$app_deb" | awk '{print substr($6, 2)}' | expect_paths "$(basename "$app_deb")" "${app_files[@]}"
    dpkg-deb -c "$server_deb" | awk '{print substr($6, 2)}' | expect_paths "$(basename "$server_deb")" "${server_files[@]}"
    if command -v rpmbuild >/dev/null; then
        log "checking the RPMs' contents and dependencies"
        rpm -qpl "$dir"/eventbook-[0-9]*.rpm | expect_paths "the eventbook RPM" "${app_files[@]}"
        rpm -qpl "$dir"/eventbook-server-[0-9]*.rpm | expect_paths "the eventbook-server RPM" "${server_files[@]}"
        rpm -qpR "$dir"/eventbook-[0-9]*.rpm | grep -q '^libQt6Widgets.so.6' || die "the eventbook RPM does not require Qt Widgets"
        rpm -qp --configfiles "$dir"/eventbook-server-[0-9]*.rpm | grep -qx /etc/eventbook/server.env \
            || die "server.env is not a config file in the RPM"
    fi
    tar tzf "$dir"/eventbook-*-Linux.tar.gz | sed 's|^[^/]*||' \
        | expect_paths "the tarball" /usr/bin/eventbook /usr/bin/eventbook-server

    log "installing $(basename "$server_deb") and $(basename "$app_deb")"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$server_deb" "$app_deb" >/dev/null
    unit=/lib/systemd/system/eventbook-server.service
    [ -f "$unit" ] && [ -x /usr/bin/eventbook-server ] && [ -f /etc/eventbook/server.env ] && [ -x /usr/bin/eventbook ] \
        || die "the packages did not install their files"
    systemd-analyze verify --man=no "$unit" || die "systemd-analyze verify: $unit"
    desktop-file-validate /usr/share/applications/eventbook.desktop || die "desktop-file-validate failed"
    appstreamcli validate --no-net --explain /usr/share/metainfo/io.github.eventbook.EventBook.metainfo.xml \
        || die "appstreamcli validate failed"
    [ "$(QT_QPA_PLATFORM=offscreen /usr/bin/eventbook --version)" = "EventBook $(sed -n 's/^project(EventBook VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)" ] \
        || die "the installed app does not start"

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
    # The installed app against the installed server, as an unprivileged user without a display.
    log "the installed app renders its pages from the installed server"
    mkdir -p "$tmp/home"
    chmod 0777 "$tmp/home"
    "${drop[@]}" env HOME="$tmp/home" QT_QPA_PLATFORM=offscreen \
        /usr/bin/eventbook --server "http://127.0.0.1:$port" --screenshot "$tmp/home/shots" >"$tmp/app.log" 2>&1 \
        || { cat "$tmp/app.log" >&2; die "the installed app could not render its pages"; }
    [ -s "$tmp/home/shots/browse.png" ] || die "the installed app rendered no browse page"
    kill -TERM "$pid"
    wait "$pid" || die "the installed server did not exit 0 on SIGTERM"
    rm -rf "$tmp"

    log "removing eventbook-server and eventbook"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq eventbook-server eventbook >/dev/null
    [ ! -e /usr/bin/eventbook-server ] && [ ! -e "$unit" ] && [ ! -e /usr/bin/eventbook ] \
        && [ ! -e /usr/share/applications/eventbook.desktop ] || die "purge left files behind"
    log "packages checked: lintian clean, contents, installs, serves, the app renders, stops, uninstalls"
}
