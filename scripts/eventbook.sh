#!/usr/bin/env bash
# EventBook's two set-up commands (see README):
#   scripts/eventbook.sh run [--headless]   build the release and run the product on SQLite with demo data
#   scripts/eventbook.sh test [--no-asan]   build with warnings as errors and run every test on SQLite and
#                                           PostgreSQL (a throwaway cluster), then the ASan+UBSan build,
#                                           then build, lint, install and try the Linux packages
#   scripts/eventbook.sh package            build the Linux packages (.deb, .rpm, .tar.gz) into build/release
#   scripts/eventbook.sh bench [scenario]   benchmarks (list search detail book hot storm waitlist checkin auth fanout
#                                           startup app) on SQLite and PostgreSQL beside their ceilings (nginx, bare
#                                           QHttpServer, pgbench); the table goes into docs/benchmarks.md
#   scripts/eventbook.sh screenshots        render every page of the app (en/de, light/dark, and at
#                                           800x600 and 1920x1080) against a fresh demo server into
#                                           docs/screenshots
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# ccache hashes relative paths, so a fresh clone in another folder (as CI makes) reuses the cache.
export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=true
# shellcheck source=scripts/lib/packages.sh
source "$ROOT/scripts/lib/packages.sh"
# shellcheck source=scripts/lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"
# shellcheck source=scripts/lib/package_check.sh
source "$ROOT/scripts/lib/package_check.sh"

log() { printf '\033[1m[eventbook]\033[0m %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

usage() {
    sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
}

cmd_run() {
    local headless=0
    for arg in "$@"; do
        case "$arg" in
            --headless) headless=1 ;;
            *) die "run: unknown option $arg" ;;
        esac
    done
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then headless=1; fi

    ensure_packages "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}"
    log "building (release preset)"
    cmake --preset release >/dev/null
    cmake --build --preset release

    local bin="$ROOT/build/release/bin"
    export DATA_DIR="${DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/EventBook/eventbook-server}"
    export PORT="${PORT:-5000}"
    # A local demo with freshly printed admin credentials stays on this machine unless HOST says otherwise.
    export HOST="${HOST:-127.0.0.1}"
    # One person clicking through the app makes more than API.md's 100 requests per 15 minutes;
    # a local demo gets room for that (a deployment sets its own limits).
    export RATE_LIMIT_API="${RATE_LIMIT_API:-2000/900}"
    mkdir -p "$DATA_DIR"
    local first_run=0
    if [ -z "${DATABASE_URL:-}" ] && [ ! -f "$DATA_DIR/eventbook.db" ]; then first_run=1; fi

    if [ "$first_run" = 1 ]; then
        if [ -z "${EVENTBOOK_ADMIN_EMAIL:-}" ]; then
            # Generated once, printed once: nothing is built in (API.md: no demo credentials).
            EVENTBOOK_ADMIN_EMAIL="admin@eventbook.local"
            EVENTBOOK_ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')-Ev9"
            export EVENTBOOK_ADMIN_EMAIL EVENTBOOK_ADMIN_PASSWORD
            log "first run: created admin credentials (shown only now, keep them):"
            printf '\n    email:    %s\n    password: %s\n\n' "$EVENTBOOK_ADMIN_EMAIL" "$EVENTBOOK_ADMIN_PASSWORD" >&2
        fi
        log "loading demo events, attendees and bookings"
        "$bin/eventbook-server" demo-data
    fi

    if [ "$headless" = 1 ] || [ ! -x "$bin/eventbook" ]; then
        [ "$headless" = 1 ] || log "the desktop app is not part of this build yet; serving only"
        log "serving on http://$HOST:$PORT (data in $DATA_DIR); Ctrl+C stops"
        exec "$bin/eventbook-server" serve
    fi

    "$bin/eventbook-server" serve &
    local server=$!
    # Expanded now: the EXIT trap runs after this function has returned, when `server` is gone, and
    # closing the app must stop the server too.
    # shellcheck disable=SC2064
    trap "kill $server 2>/dev/null; wait $server 2>/dev/null" EXIT
    for _ in $(seq 1 100); do
        curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
        kill -0 "$server" 2>/dev/null || die "the server stopped during start-up"
        sleep 0.1
    done
    "$bin/eventbook" --server "http://127.0.0.1:$PORT"
}

run_suite() {
    local preset="$1"
    log "configure + build ($preset)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
    log "tests ($preset): SQLite and PostgreSQL"
    ctest --test-dir "build/$preset" --output-on-failure --no-tests=error -j "$(nproc)" \
        ${EVENTBOOK_CTEST_ARGS:-}
}

cmd_test() {
    local asan=1
    for arg in "$@"; do
        case "$arg" in
            --no-asan) asan=0 ;;
            *) die "test: unknown option $arg" ;;
        esac
    done
    ensure_packages "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    start_test_postgres
    export EVENTBOOK_TEST_PG_URL="$PG_TEST_URL" EVENTBOOK_TEST_PG_RESTART="$PG_TEST_RESTART"
    export QT_QPA_PLATFORM=offscreen
    local started=$SECONDS
    run_suite ci
    log "ci preset passed in $((SECONDS - started)) s"
    if [ "$asan" = 1 ]; then
        started=$SECONDS
        ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
            run_suite asan
        log "asan preset passed in $((SECONDS - started)) s"
    fi
    started=$SECONDS
    check_packages ci
    log "packages checked in $((SECONDS - started)) s"
    log "all tests passed"
}

cmd_package() {
    ensure_packages "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${PACKAGING_PACKAGES[@]}"
    build_packages
}

cmd_screenshots() {
    ensure_packages "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" xvfb xauth python3
    # SCREENSHOT_PRESET=dev renders with a build that is already there instead of the release.
    local preset="${SCREENSHOT_PRESET:-release}"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
    local bin="$ROOT/build/$preset/bin" work port
    work="$(mktemp -d)"
    port="$(free_port 25600)"
    # A fresh demo with one-off accounts: nothing is kept after the run.
    local email="admin@eventbook.local" password
    password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')-Sc9"
    DATA_DIR="$work" "$bin/eventbook-server" demo-data >/dev/null 2>&1
    # A real SMTP server receives the demo's mails; one is drawn by the app (mail-confirmation.png).
    local py=/usr/bin/python3 line
    [ -x "$py" ] || py=python3
    mkdir -p "$work/mail"
    exec 6< <("$py" "$ROOT/tests/support/smtp_sink.py" --dir "$work/mail" 2>/dev/null)
    read -r -t 20 line <&6 || die "the SMTP sink for the screenshots did not start"
    SHOTS_SINK="$(pgrep -f "smtp_sink.py --dir $work/mail" | head -n 1)"
    DATA_DIR="$work" HOST=127.0.0.1 PORT="$port" RATE_LIMITS=off LOG_LEVEL=warn \
        SMTP_URL="smtp://127.0.0.1:${line#READY }" MAIL_FROM="EventBook <events@eventbook.local>" MAIL_POLL_MS=200 \
        EVENTBOOK_ADMIN_EMAIL="$email" EVENTBOOK_ADMIN_PASSWORD="$password" "$bin/eventbook-server" serve &
    SHOTS_SERVER=$! SHOTS_WORK="$work"
    trap 'kill "$SHOTS_SERVER" "$SHOTS_SINK" 2>/dev/null; wait "$SHOTS_SERVER" 2>/dev/null; rm -rf "$SHOTS_WORK"' EXIT
    for _ in $(seq 1 100); do
        curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
        sleep 0.1
    done
    # An attendee with bookings and notifications, so the pages show what a user sees.
    local user="ada@eventbook.local" userpass
    userpass="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')-Ad7"
    DATA_DIR="$work" EVENTBOOK_PASSWORD="$userpass" \
        "$bin/eventbook-server" user add --email "$user" --name "Ada Lovelace" >/dev/null 2>&1
    python3 "$ROOT/scripts/lib/screenshot_data.py" "http://127.0.0.1:$port" "$user" "$userpass" "$email" "$password"
    for _ in $(seq 1 100); do
        "$py" "$ROOT/scripts/lib/mail_html.py" "$work/mail" "Your booking:" "$work/mail.txt" 2>/dev/null && break
        sleep 0.2
    done
    [ -s "$work/mail.txt" ] || die "no booking confirmation reached the screenshots' SMTP server"
    local out="$ROOT/docs/screenshots" lang theme
    # One set: the attendee's pages, the signed-out dialogs and the admin console, at one size.
    shoot() {
        local lang="$1" theme="$2" size="$3" dir="$4"
        local run=(xvfb-run -a -s "-screen 0 3840x2160x24" "$bin/eventbook" --server "http://127.0.0.1:$port"
                   --language "$lang" --theme "$theme" --size "$size")
        HOME="$work/home" EVENTBOOK_EMAIL="$user" EVENTBOOK_PASSWORD="$userpass" EVENTBOOK_SCREENSHOT_MAIL="$work/mail.txt" \
            "${run[@]}" --screenshot "$dir" >/dev/null
        rm -rf "$work/anonymous" "$work/admin"
        HOME="$work/home" "${run[@]}" --screenshot "$work/anonymous" >/dev/null
        cp "$work/anonymous/sign-in.png" "$work/anonymous/register.png" "$work/anonymous/register-strength.png" "$dir/"
        HOME="$work/home" EVENTBOOK_EMAIL="$email" EVENTBOOK_PASSWORD="$password" "${run[@]}" \
            --screenshot "$work/admin" >/dev/null
        cp "$work"/admin/admin-*.png "$work"/admin/checkin*.png "$work"/admin/ticket.png "$dir/"
    }
    for lang in en de; do
        for theme in light dark; do
            log "screenshots: $lang, $theme"
            shoot "$lang" "$theme" 1280x800 "$out/$lang-$theme"
        done
    done
    # The smallest supported window and a full-HD one (issue 17: usable from 800×600 to 4K).
    for size in 800x600 1920x1080; do
        log "screenshots: en, light, $size"
        shoot en light "$size" "$out/en-light-$size"
    done
    log "screenshots written to $out"
}

cmd_bench() {
    ensure_packages "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" wrk nginx python3 postgresql postgresql-client
    cmake --preset release >/dev/null
    cmake --build --preset release
    start_test_postgres
    local table commit
    commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    log "benchmarks (${*:-all scenarios}); each run takes ${BENCH_DURATION:-10} s"
    table="$(PG_TEST_URL="$PG_TEST_URL" bash "$ROOT/bench/run.sh" "$ROOT/build/release/bin" "$@")"
    printf '%s\n' "$table"
    python3 - "$ROOT/docs/benchmarks.md" "$commit" "$*" "$table" <<'PY'
import platform, os, sys
path, commit, args, table = sys.argv[1:5]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
duration = os.environ.get("BENCH_DURATION", "")
command = ("BENCH_DURATION=%s " % duration if duration else "") + ("scripts/eventbook.sh bench %s" % args).strip()
head = ("Machine: %s, %d cores, %s. Commit %s. Command: `%s` (wrk, 2 threads, %s s per row; nginx with one "
        "worker serving the same response bytes as a static file)."
        % (cpu, os.cpu_count(), platform.platform(), commit, command, duration or "10"))
block = "<!-- bench:begin -->\n" + head + "\n\n" + table + "\n<!-- bench:end -->"
text = open(path).read()
if "<!-- bench:begin -->" in text:
    before, rest = text.split("<!-- bench:begin -->", 1)
    after = rest.split("<!-- bench:end -->", 1)[1]
    text = before + block + after
else:
    text = text.rstrip() + "\n\n## HTTP load (bench/run.sh)\n\n" + block + "\n"
open(path, "w").write(text)
PY
    log "table written to docs/benchmarks.md"
}

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test "$@" ;;
    package) shift; cmd_package "$@" ;;
    screenshots) shift; cmd_screenshots "$@" ;;
    bench) shift; cmd_bench "$@" ;;
    *) usage ;;
esac
