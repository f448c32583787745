#include "metrics.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

namespace eventbook::http {
namespace {
QByteArray knownMethod(const QByteArray &m) {
    static const QList<QByteArray> known{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    return known.contains(m) ? m : QByteArray("OTHER");
}

// Label values escape backslash, quote and newline.
QByteArray label(const QString &value) {
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

QByteArray number(double v) {
    return QByteArray::number(v, 'g', 12);
}

void family(QByteArray &out, const char *name, const char *type, const char *help) {
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

void single(QByteArray &out, const char *name, const char *type, const char *help, double value) {
    family(out, name, type, help);
    out += QByteArray(name) + ' ' + number(value) + '\n';
}

struct ProcessFigures {
    double cpuSeconds = 0;
    double residentBytes = 0;
    double virtualBytes = 0;
    double openFds = 0;
    double maxFds = 0;
    double startTime = 0;
};

ProcessFigures processFigures() {
    ProcessFigures p;
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        // Fields after the command name, which may itself hold spaces and parentheses.
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        const double ticks = double(sysconf(_SC_CLK_TCK));
        if (f.size() > 21 && ticks > 0) {
            p.cpuSeconds = (f.at(11).toDouble() + f.at(12).toDouble()) / ticks;
            p.virtualBytes = f.at(20).toDouble();
            p.residentBytes = f.at(21).toDouble() * double(sysconf(_SC_PAGESIZE));
            QFile uptime(QStringLiteral("/proc/uptime"));
            if (uptime.open(QIODevice::ReadOnly)) {
                const double up = uptime.readAll().split(' ').first().toDouble();
                const double startedAgo = up - f.at(19).toDouble() / ticks;
                p.startTime = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0 - startedAgo;
            }
        }
    }
    p.openFds = double(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0)
        p.maxFds = double(limit.rlim_cur);
    return p;
}
} // namespace

void Metrics::observeRequest(const QByteArray &method, const QString &route, int status, double seconds) {
    const QByteArray m = knownMethod(method);
    const QByteArray series = m + '\x1f' + route.toUtf8();
    ++m_requests[series + '\x1f' + QByteArray::number(status)];
    Series &s = m_durations[series];
    if (s.count == 0) {
        s.method = m;
        s.route = route;
    }
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++s.buckets[i];
    }
    ++s.count;
    s.sum += seconds;
}

QByteArray Metrics::render(const MetricsGauges &g) const {
    QByteArray out;
    out.reserve(16 * 1024);
    family(out, "eventbook_http_requests_total", "counter", "HTTP requests answered, by method, route pattern and status.");
    QList<QByteArray> keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (const QByteArray &key : std::as_const(keys)) {
        const QList<QByteArray> parts = key.split('\x1f');
        out += "eventbook_http_requests_total{method=\"" + parts.at(0) + "\",route=\"" +
               label(QString::fromUtf8(parts.at(1))) + "\",status=\"" + parts.at(2) + "\"} " +
               QByteArray::number(m_requests.value(key)) + '\n';
    }
    family(out, "eventbook_http_request_duration_seconds", "histogram",
           "Time from a request's arrival to its answer, by method and route pattern.");
    QList<QByteArray> seriesKeys = m_durations.keys();
    std::sort(seriesKeys.begin(), seriesKeys.end());
    for (const QByteArray &key : std::as_const(seriesKeys)) {
        const Series &s = m_durations[key];
        const QByteArray labels = "method=\"" + s.method + "\",route=\"" + label(s.route) + '"';
        for (size_t i = 0; i < kBuckets.size(); ++i)
            out += "eventbook_http_request_duration_seconds_bucket{" + labels + ",le=\"" + number(kBuckets[i]) +
                   "\"} " + QByteArray::number(s.buckets[i]) + '\n';
        out += "eventbook_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " +
               QByteArray::number(s.count) + '\n';
        out += "eventbook_http_request_duration_seconds_sum{" + labels + "} " + number(s.sum) + '\n';
        out += "eventbook_http_request_duration_seconds_count{" + labels + "} " + QByteArray::number(s.count) + '\n';
    }
    single(out, "eventbook_bookings_total", "counter", "Bookings confirmed.", double(m_bookings.load()));
    single(out, "eventbook_booking_cancellations_total", "counter", "Bookings cancelled by their holder.",
           double(m_cancellations.load()));
    family(out, "eventbook_booking_conflicts_total", "counter", "Bookings refused, by reason.");
    const char *reasons[] = {"ALREADY_BOOKED", "EVENT_FULL", "EVENT_PAST"};
    for (size_t i = 0; i < size_t(Conflict::Count); ++i)
        out += QByteArray("eventbook_booking_conflicts_total{reason=\"") + reasons[i] + "\"} " +
               QByteArray::number(m_conflicts[i].load()) + '\n';
    single(out, "eventbook_ws_connections", "gauge", "Open /ws connections.", double(g.wsConnections));
    single(out, "eventbook_ws_connections_accepted_total", "counter", "/ws connections accepted.", double(g.wsAccepted));
    single(out, "eventbook_ws_messages_sent_total", "counter", "Messages sent to /ws clients.", double(g.wsMessagesSent));
    single(out, "eventbook_ws_slow_clients_dropped_total", "counter",
           "/ws clients closed (1008) for not reading their messages.", double(g.wsSlowDropped));
    single(out, "eventbook_ws_dead_peers_dropped_total", "counter", "/ws clients dropped after going silent.",
           double(g.wsDeadPeers));
    single(out, "eventbook_live_events_received_total", "counter",
           "Committed changes received for fan-out (in-process or through PostgreSQL NOTIFY).",
           double(g.liveEventsReceived));
    single(out, "eventbook_pages_local_version", "gauge",
           "1 while cached pages are checked without a database round trip (PostgreSQL: LISTEN is up).",
           g.pagesLocallyVersioned ? 1.0 : 0.0);
    single(out, "eventbook_db_pool_in_use", "gauge", "Database pool threads busy.", double(g.dbPoolInUse));
    single(out, "eventbook_db_pool_size", "gauge", "Database pool threads.", double(g.dbPoolSize));
    single(out, "eventbook_http_open_connections", "gauge", "Open client connections (HTTP and /ws).",
           double(g.openConnections));
    single(out, "eventbook_http_responses_dropped_total", "counter",
           "Answers not delivered because the client had gone.", double(g.responsesDropped));
    single(out, "eventbook_http_rejected_at_door_total", "counter",
           "Requests refused before routing (408, 411, 413, 431).", double(g.rejectedAtDoor));
    single(out, "eventbook_mail_queued", "gauge", "Mails in the outbox waiting to be sent.", double(g.mailQueued));
    single(out, "eventbook_mail_failed", "gauge", "Mails in the outbox that failed for good.", double(g.mailFailed));
    single(out, "eventbook_mail_oldest_queued_age_seconds", "gauge", "Age of the oldest mail waiting to be sent.",
           double(g.mailOldestQueuedSeconds));
    single(out, "eventbook_mail_sent_total", "counter", "Mails this process handed to the SMTP server.",
           double(g.mailSentTotal));
    single(out, "eventbook_mail_failures_total", "counter", "Mails this process gave up on (5xx or too many tries).",
           double(g.mailFailedTotal));
    single(out, "eventbook_mail_retries_total", "counter", "Sending attempts that will be tried again later.",
           double(g.mailRetriedTotal));
    const ProcessFigures p = processFigures();
    single(out, "process_cpu_seconds_total", "counter", "User and system CPU time spent, in seconds.", p.cpuSeconds);
    single(out, "process_resident_memory_bytes", "gauge", "Resident memory size in bytes.", p.residentBytes);
    single(out, "process_virtual_memory_bytes", "gauge", "Virtual memory size in bytes.", p.virtualBytes);
    single(out, "process_open_fds", "gauge", "Open file descriptors.", p.openFds);
    single(out, "process_max_fds", "gauge", "Limit on open file descriptors.", p.maxFds);
    single(out, "process_start_time_seconds", "gauge", "Start time of the process since the Unix epoch, in seconds.",
           p.startTime);
    return out;
}

} // namespace eventbook::http
