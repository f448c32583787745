#include "outbox_repository.h"

#include "time_codec.h"

#include <QJsonDocument>

namespace eventbook::storage {

namespace {
QString listCondition(MailList list) {
    switch (list) {
    case MailList::Reminders:
        return QStringLiteral(" AND u.mail_reminders");
    case MailList::News:
        return QStringLiteral(" AND u.mail_news");
    case MailList::Essential:
        break;
    }
    return {};
}

QString payloadText(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString kColumns = QStringLiteral(
    "INSERT INTO outbox (kind, user_id, booking_id, recipient, recipient_name, language, payload, next_attempt_at, "
    "created_at) SELECT CAST(:k AS TEXT), u.id, %1, COALESCE(CAST(:to AS TEXT), u.email), u.name, u.mail_language, "
    "CAST(:p AS TEXT), CAST(:t AS BIGINT), CAST(:t2 AS BIGINT) ");
// The parameters every enqueue statement has (kColumns').
void bindDraft(Query &q, const MailDraft &draft, qint64 nowMs, bool toOverride) {
    q.bind(QStringLiteral(":k"), draft.kind)
        .bind(QStringLiteral(":to"), toOverride && !draft.recipient.isEmpty() ? QVariant(draft.recipient) : QVariant())
        .bind(QStringLiteral(":p"), payloadText(draft.payload))
        .bind(QStringLiteral(":t"), nowMs)
        .bind(QStringLiteral(":t2"), nowMs);
}
} // namespace

// Parameters in a SELECT list are cast: PostgreSQL infers no type for them from the INSERT's columns.
Result<int> OutboxRepository::enqueue(const MailDraft &draft, qint64 nowMs) {
    // Built once per list: a booking's transaction runs this, and the statement cache is keyed by the text.
    static const QString sql[] = {
        kColumns.arg(QStringLiteral("CAST(:b AS BIGINT)")) +
            QStringLiteral("FROM users u WHERE u.id = :u AND u.anonymised_at IS NULL") + listCondition(MailList::Essential),
        kColumns.arg(QStringLiteral("CAST(:b AS BIGINT)")) +
            QStringLiteral("FROM users u WHERE u.id = :u AND u.anonymised_at IS NULL") + listCondition(MailList::Reminders),
        kColumns.arg(QStringLiteral("CAST(:b AS BIGINT)")) +
            QStringLiteral("FROM users u WHERE u.id = :u AND u.anonymised_at IS NULL") + listCondition(MailList::News)};
    auto q = m_db.prepare(sql[int(draft.list)]);
    if (!q)
        return q.error();
    bindDraft(*q, draft, nowMs, true);
    q->bind(QStringLiteral(":u"), draft.userId)
        .bind(QStringLiteral(":b"), draft.bookingId > 0 ? QVariant(draft.bookingId) : QVariant());
    EB_TRY(q->exec("queue a mail"));
    return q->rowsAffected();
}

Result<int> OutboxRepository::enqueueForHolders(qint64 eventId, const MailDraft &draft, qint64 nowMs) {
    auto q = m_db.prepare(kColumns.arg(QStringLiteral("b.id")) +
                          QStringLiteral("FROM bookings b JOIN users u ON u.id = b.user_id WHERE b.event_id = :e "
                                         "AND b.status = 'confirmed' AND u.anonymised_at IS NULL") +
                          listCondition(draft.list));
    if (!q)
        return q.error();
    bindDraft(*q, draft, nowMs, false);
    q->bind(QStringLiteral(":e"), eventId);
    EB_TRY(q->exec("queue mails to an event's holders"));
    return q->rowsAffected();
}

Result<int> OutboxRepository::enqueueForEveryone(const MailDraft &draft, qint64 nowMs) {
    auto q = m_db.prepare(kColumns.arg(QStringLiteral("CAST(NULL AS BIGINT)")) +
                          QStringLiteral("FROM users u WHERE u.anonymised_at IS NULL") + listCondition(draft.list));
    if (!q)
        return q.error();
    bindDraft(*q, draft, nowMs, false);
    EB_TRY(q->exec("queue a mail to everyone"));
    return q->rowsAffected();
}

Result<QList<OutboxRow>> OutboxRepository::claim(const QString &owner, qint64 nowMs, qint64 leaseMs, int limit) {
    // One statement: the rows it picks are leased before anyone else can pick them (PostgreSQL
    // skips rows another instance's claim holds; SQLite has one writer at a time).
    auto q = m_db.prepare(
        QStringLiteral("UPDATE outbox SET lease_owner = :o, lease_until = :until, attempts = attempts + 1 "
                       "WHERE id IN (SELECT id FROM outbox WHERE state = 'queued' AND next_attempt_at <= :now "
                       "AND (lease_until IS NULL OR lease_until < :now2) ORDER BY next_attempt_at, id LIMIT :n") +
        m_db.sql().forUpdateSkipLocked() +
        QStringLiteral(") RETURNING id, kind, user_id, recipient, recipient_name, language, payload, attempts, "
                       "created_at, booking_id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":o"), owner)
        .bind(QStringLiteral(":until"), nowMs + leaseMs)
        .bind(QStringLiteral(":now"), nowMs)
        .bind(QStringLiteral(":now2"), nowMs)
        .bind(QStringLiteral(":n"), limit);
    EB_TRY(q->exec("claim mails"));
    QList<OutboxRow> rows;
    while (q->next()) {
        OutboxRow r;
        r.id = q->value(0).toLongLong();
        r.kind = q->value(1).toString();
        r.userId = q->value(2).toLongLong();
        r.recipient = q->value(3).toString();
        r.recipientName = q->value(4).toString();
        r.language = q->value(5).toString();
        r.payload = QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object();
        r.attempts = q->value(7).toInt();
        r.createdAtMs = q->value(8).toLongLong();
        r.bookingId = q->value(9).toLongLong();
        rows.append(r);
    }
    std::sort(rows.begin(), rows.end(), [](const OutboxRow &a, const OutboxRow &b) { return a.id < b.id; });
    return rows;
}

Result<bool> OutboxRepository::settle(const QString &sql, qint64 id, const QString &owner, const QVariant &a,
                                      const QVariant &b, const char *what) {
    auto q = m_db.prepare(sql);
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":id"), id).bind(QStringLiteral(":o"), owner);
    if (a.isValid())
        q->bind(QStringLiteral(":a"), a);
    if (b.isValid())
        q->bind(QStringLiteral(":b"), b);
    EB_TRY(q->exec(what));
    return q->rowsAffected() > 0;
}

Result<bool> OutboxRepository::markSent(qint64 id, const QString &owner, qint64 nowMs) {
    return settle(QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = :a, lease_owner = NULL, lease_until = "
                                 "NULL, last_error = NULL WHERE id = :id AND lease_owner = :o AND state = 'queued'"),
                  id, owner, nowMs, {}, "mark a mail sent");
}

Result<bool> OutboxRepository::markRetry(qint64 id, const QString &owner, qint64 nextAttemptMs, const QString &error) {
    return settle(QStringLiteral("UPDATE outbox SET next_attempt_at = :a, last_error = :b, lease_owner = NULL, "
                                 "lease_until = NULL WHERE id = :id AND lease_owner = :o AND state = 'queued'"),
                  id, owner, nextAttemptMs, error, "put a mail back");
}

Result<bool> OutboxRepository::markFailed(qint64 id, const QString &owner, const QString &error) {
    return settle(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = :a, lease_owner = NULL, "
                                 "lease_until = NULL WHERE id = :id AND lease_owner = :o AND state = 'queued'"),
                  id, owner, error, {}, "mark a mail failed");
}

Result<void> OutboxRepository::release(const QString &owner) {
    auto q = m_db.prepare(QStringLiteral("UPDATE outbox SET lease_owner = NULL, lease_until = NULL, attempts = "
                                         "attempts - 1 WHERE lease_owner = :o AND state = 'queued'"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":o"), owner);
    return q->exec("release claimed mails");
}

Result<QList<std::pair<qint64, QString>>> OutboxRepository::dropStale(qint64 beforeMs, const QString &reason) {
    auto q = m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'dropped', last_error = :r WHERE state = 'queued' "
                                         "AND created_at < :t AND lease_owner IS NULL RETURNING id, kind"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":r"), reason).bind(QStringLiteral(":t"), beforeMs);
    EB_TRY(q->exec("drop stale mails"));
    QList<std::pair<qint64, QString>> dropped;
    while (q->next())
        dropped.append({q->value(0).toLongLong(), q->value(1).toString()});
    return dropped;
}

Result<void> OutboxRepository::forgetUser(qint64 userId) {
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET state = CASE WHEN state = 'queued' THEN 'dropped' ELSE state END, recipient = '', "
        "recipient_name = '', payload = '{}', last_error = CASE WHEN state = 'queued' THEN 'account removed' ELSE "
        "last_error END WHERE user_id = :u"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId);
    return q->exec("erase an account's mails");
}

Result<std::optional<qint64>> OutboxRepository::nextDue() {
    auto q = m_db.prepare(QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'queued'"));
    if (!q)
        return q.error();
    EB_TRY(q->exec("read the next mail's time"));
    if (!q->next() || q->value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<MailStats> OutboxRepository::stats(qint64 nowMs) {
    auto q = m_db.prepare(QStringLiteral("SELECT state, COUNT(*), MIN(created_at) FROM outbox GROUP BY state"));
    if (!q)
        return q.error();
    EB_TRY(q->exec("count mails"));
    MailStats s;
    while (q->next()) {
        const QString state = q->value(0).toString();
        const qint64 n = q->value(1).toLongLong();
        if (state == QLatin1String("queued")) {
            s.queued = n;
            s.oldestQueuedAgeMs = std::max<qint64>(0, nowMs - q->value(2).toLongLong());
        } else if (state == QLatin1String("sent")) {
            s.sent = n;
        } else if (state == QLatin1String("failed")) {
            s.failed = n;
        } else {
            s.dropped = n;
        }
    }
    return s;
}

Result<QList<OutboxEntry>> OutboxRepository::recent(const QString &state, int limit) {
    auto q = m_db.prepare(QStringLiteral("SELECT id, kind, recipient, state, attempts, last_error, created_at, "
                                         "next_attempt_at, sent_at FROM outbox WHERE (:s = '' OR state = :s2) "
                                         "ORDER BY id DESC LIMIT :n"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":s"), state).bind(QStringLiteral(":s2"), state).bind(QStringLiteral(":n"), limit);
    EB_TRY(q->exec("list mails"));
    QList<OutboxEntry> out;
    while (q->next()) {
        OutboxEntry e;
        e.id = q->value(0).toLongLong();
        e.kind = q->value(1).toString();
        e.recipient = q->value(2).toString();
        e.state = q->value(3).toString();
        e.attempts = q->value(4).toInt();
        e.lastError = q->value(5).toString();
        e.createdAt = fromMs(q->value(6));
        if (e.state == QLatin1String("queued"))
            e.nextAttemptAt = fromMs(q->value(7));
        if (!q->value(8).isNull())
            e.sentAt = fromMs(q->value(8));
        out.append(e);
    }
    return out;
}

} // namespace eventbook::storage
