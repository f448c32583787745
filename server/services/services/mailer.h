#pragma once

#include "mailer_settings.h"
#include "eventbook/common/mail_types.h"
#include "eventbook/common/result.h"

#include <QMutex>
#include <QWaitCondition>
#include <atomic>
#include <memory>

class QThread;

namespace eventbook::storage {
class Database;
struct OutboxRow;
} // namespace eventbook::storage

namespace eventbook::services {
class TicketSigner;

// Sends the outbox (docs/architecture.md "Mail") on a thread of its own, since SMTP blocks: every
// poll it drops what went stale, writes the reminders that fell due, then claims due mails under a
// lease and sends each with libcurl — sent, due again after an exponential backoff with jitter,
// or failed (a 5xx answer, or the last allowed attempt) with the server's reply kept. With mail
// disabled (no SMTP_URL) nothing is sent and nothing scheduled; the outbox still records.
class Mailer {
public:
    // `owner` names this instance's leases (unique per process). `settings` outlives the mailer
    // and is complete by start() (PUBLIC_URL's default needs the port).
    Mailer(storage::Database &db, const MailerSettings &settings, const TicketSigner &tickets, QString owner);
    ~Mailer();
    Mailer(const Mailer &) = delete;
    Mailer &operator=(const Mailer &) = delete;

    void start();
    // Finishes the mail in flight, gives back what it claimed and not sent, and stops.
    void stop();
    // Look at the outbox now instead of at the next poll (thread-safe; after a commit that queued mail).
    void wake();

    const MailerSettings &settings() const { return m_settings; }
    // The outbox's figures (a database read; any thread).
    Result<MailStats> stats();
    // The latest mails, newest first; `state` empty for all (admin).
    Result<QList<OutboxEntry>> recent(const QString &state, int limit);
    // The figures as of the mailer's last look (every few seconds), for /metrics without a query.
    MailStats snapshot() const;
    // This process's counts since start, for /metrics.
    quint64 sentTotal() const { return m_sent.load(); }
    quint64 failedTotal() const { return m_failed.load(); }
    quint64 retriedTotal() const { return m_retried.load(); }
    // Looks at the outbox completed (tests wait on it instead of on the clock).
    quint64 passes() const { return m_passes.load(); }

private:
    void run();
    void pass();
    void dropStale();
    void refreshSnapshot();
    void scheduleReminders();
    // Whether it sent or settled anything (so the next claim follows at once).
    bool sendBatch();
    // Brings an event's mail up to date with the event; the calendar version to send.
    int freshen(storage::OutboxRow &row);
    void settle(const storage::OutboxRow &row, bool sent, bool permanent, const QString &reply);
    qint64 backoffMs(int attempts) const;

    storage::Database &m_db;
    const MailerSettings &m_settings;
    const TicketSigner &m_tickets;
    QString m_owner;
    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_mutex;
    MailStats m_snapshot;
    qint64 m_nextSnapshotMs = 0;
    QWaitCondition m_wake;
    bool m_stopping = false;
    bool m_woken = false;
    qint64 m_nextReminderCheckMs = 0;
    std::atomic<quint64> m_sent{0};
    std::atomic<quint64> m_failed{0};
    std::atomic<quint64> m_retried{0};
    std::atomic<quint64> m_passes{0};
};

} // namespace eventbook::services
