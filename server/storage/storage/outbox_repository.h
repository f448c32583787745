#pragma once

#include "database.h"
#include "eventbook/common/mail_types.h"

#include <QJsonObject>

namespace eventbook::storage {

// Which of a user's mail settings a mail obeys: none for confirmations, cancellations and
// security notices; the reminders or news switch otherwise.
enum class MailList { Essential, Reminders, News };

// One mail to write, in the transaction of the change it tells about.
struct MailDraft {
    QString kind;       // booking_confirmed, reminder, … (services::MailKind)
    qint64 userId = 0;  // the recipient's account: address, name and language come from its row
    QString recipient;  // set: this address instead of the account's (an email change's old one)
    qint64 bookingId = 0; // the booking it is about (its ticket, its calendar entry's UID), 0: none
    QJsonObject payload; // what the mail says, as it was at the change (the event may be gone when it is sent)
    MailList list = MailList::Essential;
};

// A mail claimed for sending.
struct OutboxRow {
    qint64 id = 0;
    QString kind;
    qint64 userId = 0;
    qint64 bookingId = 0;
    QString recipient;
    QString recipientName;
    QString language;
    QJsonObject payload;
    int attempts = 0; // including this one
    qint64 createdAtMs = 0;
};

// The transactional outbox (sql/*/0006_mail.sql). Writers enqueue inside their transaction; the
// mailer claims due rows under a lease, so instances sharing a PostgreSQL database never send one
// row twice, and settles each as sent, due again later, or failed.
class OutboxRepository {
public:
    explicit OutboxRepository(Database &db)
        : m_db(db) {}

    // Nothing is written for an anonymised account or one whose switch for `list` is off; the
    // number of rows written (0 or 1).
    Result<int> enqueue(const MailDraft &draft, qint64 nowMs);
    // The same mail to every confirmed holder of the event, each with their booking (the draft's
    // userId and bookingId are ignored).
    Result<int> enqueueForHolders(qint64 eventId, const MailDraft &draft, qint64 nowMs);
    // The same mail to every account (announcements).
    Result<int> enqueueForEveryone(const MailDraft &draft, qint64 nowMs);
    // Up to `limit` due rows, leased to `owner` until nowMs + leaseMs.
    Result<QList<OutboxRow>> claim(const QString &owner, qint64 nowMs, qint64 leaseMs, int limit);
    // Each returns whether the row was still this owner's to settle (a lease that ran out may
    // have gone to another instance).
    Result<bool> markSent(qint64 id, const QString &owner, qint64 nowMs);
    Result<bool> markRetry(qint64 id, const QString &owner, qint64 nextAttemptMs, const QString &error);
    Result<bool> markFailed(qint64 id, const QString &owner, const QString &error);
    // Gives back what this owner claimed and did not send (a stop).
    Result<void> release(const QString &owner);
    // Queued mails created before `beforeMs` become dropped; their (id, kind) for the log.
    Result<QList<std::pair<qint64, QString>>> dropStale(qint64 beforeMs, const QString &reason);
    // A removed or anonymised account: its queued mails are dropped and every row's address and
    // contents erased.
    Result<void> forgetUser(qint64 userId);
    // When the next queued mail is due (nullopt: none is).
    Result<std::optional<qint64>> nextDue();
    Result<MailStats> stats(qint64 nowMs);
    // The latest mails, newest first; `state` empty for all.
    Result<QList<OutboxEntry>> recent(const QString &state, int limit);

private:
    Result<bool> settle(const QString &sql, qint64 id, const QString &owner, const QVariant &a, const QVariant &b,
                        const char *what);
    Database &m_db;
};

} // namespace eventbook::storage
