#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <array>
#include <atomic>

namespace eventbook::http {

// What /metrics reports from outside the HTTP layer, sampled when it is scraped.
struct MetricsGauges {
    qint64 wsConnections = 0;
    quint64 wsAccepted = 0;
    quint64 wsMessagesSent = 0;
    quint64 wsSlowDropped = 0;
    quint64 wsDeadPeers = 0;
    int dbPoolInUse = 0;
    int dbPoolSize = 0;
    qint64 openConnections = 0;
    quint64 responsesDropped = 0;
    quint64 rejectedAtDoor = 0;
    quint64 liveEventsReceived = 0;
    // Whether cached pages are vouched for without a database round trip (SQLite always;
    // PostgreSQL while its LISTEN connection is up).
    bool pagesLocallyVersioned = false;
    // The outbox (as of the mailer's last look) and this process's sending.
    qint64 mailQueued = 0;
    qint64 mailFailed = 0;
    qint64 mailOldestQueuedSeconds = 0;
    quint64 mailSentTotal = 0;
    quint64 mailFailedTotal = 0;
    quint64 mailRetriedTotal = 0;
};

// Prometheus counters and the request-duration histogram (API.md "Health and operations").
// Labels are bounded: the route is the pattern (never the raw path), the method one of a fixed
// set, the status a number. HTTP figures are written on the main thread; booking figures from
// the pool through atomics.
class Metrics {
public:
    enum class Conflict { AlreadyBooked, EventFull, EventPast, Count };

    void observeRequest(const QByteArray &method, const QString &route, int status, double seconds);
    void countBooking() { ++m_bookings; }
    void countCancellation() { ++m_cancellations; }
    void countConflict(Conflict reason) { ++m_conflicts[size_t(reason)]; }

    // The text exposition format, version 0.0.4.
    QByteArray render(const MetricsGauges &gauges) const;

private:
    static constexpr std::array<double, 11> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                     0.1,   0.25,   0.5,   1.0,  2.5};
    struct Series {
        QByteArray method;
        QString route;
        std::array<quint64, kBuckets.size()> buckets{};
        quint64 count = 0;
        double sum = 0;
    };
    QHash<QByteArray, quint64> m_requests; // "method\x1froute\x1fstatus"
    QHash<QByteArray, Series> m_durations; // "method\x1froute"
    std::atomic<quint64> m_bookings{0};
    std::atomic<quint64> m_cancellations{0};
    std::array<std::atomic<quint64>, size_t(Conflict::Count)> m_conflicts{};
};

} // namespace eventbook::http
