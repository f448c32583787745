#include "notification_repository.h"

#include "time_codec.h"

namespace eventbook::storage {

Result<qint64> NotificationRepository::insert(const Notification &n) {
    auto q =
        m_db.prepare(QStringLiteral("INSERT INTO notifications (user_id, title, body, type, is_read, "
                                    "created_at) VALUES (:u, :title, :body, :type, :read, :t) RETURNING id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), n.userId)
        .bind(QStringLiteral(":title"), n.title)
        .bind(QStringLiteral(":body"), n.body.isNull() ? QString(QLatin1StringView("")) : n.body)
        .bind(QStringLiteral(":type"), n.type)
        .bind(QStringLiteral(":read"), false)
        .bind(QStringLiteral(":t"), nowMs());
    return q->execReturningId("insert notification");
}

Result<QList<std::pair<qint64, qint64>>> NotificationRepository::insertFor(const Notification &n,
                                                                           const QString &recipients,
                                                                           std::optional<qint64> eventId) {
    auto q = m_db.prepare(QStringLiteral("INSERT INTO notifications (user_id, title, body, type, is_read, "
                                         "created_at) ") + recipients + QStringLiteral(" RETURNING user_id, id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":title"), n.title)
        .bind(QStringLiteral(":body"), n.body.isNull() ? QString(QLatin1StringView("")) : n.body)
        .bind(QStringLiteral(":type"), n.type)
        .bind(QStringLiteral(":read"), false)
        .bind(QStringLiteral(":t"), nowMs());
    if (eventId)
        q->bind(QStringLiteral(":e"), *eventId);
    EB_TRY(q->exec("notify many users"));
    QList<std::pair<qint64, qint64>> written;
    while (q->next())
        written.append({q->value(0).toLongLong(), q->value(1).toLongLong()});
    return written;
}

Result<QList<std::pair<qint64, qint64>>> NotificationRepository::insertForAll(const Notification &n) {
    return insertFor(n, QStringLiteral("SELECT id, :title, :body, :type, :read, :t FROM users WHERE anonymised_at IS NULL"),
                     std::nullopt);
}

Result<QList<std::pair<qint64, qint64>>> NotificationRepository::insertForEvent(const Notification &n,
                                                                                qint64 eventId) {
    // No DISTINCT: a holder has one confirmed booking per event (the partial unique index), and
    // DISTINCT would make PostgreSQL type the bound parameters as text before the insert sees them.
    return insertFor(n,
                     QStringLiteral("SELECT b.user_id, :title, :body, :type, :read, :t FROM bookings b "
                                    "WHERE b.event_id = :e AND b.status = 'confirmed'"),
                     eventId);
}

Result<NotificationPage> NotificationRepository::list(qint64 userId, int page, int limit, bool unreadOnly) {
    NotificationPage out;
    {
        auto q = m_db.prepare(QStringLiteral(
            "SELECT count(*), coalesce(sum(CASE WHEN is_read THEN 0 ELSE 1 END), 0) FROM notifications "
            "WHERE user_id = :u"));
        if (!q)
            return q.error();
        q->bind(QStringLiteral(":u"), userId);
        EB_TRY(q->exec("count notifications"));
        if (q->next()) {
            out.total = q->value(0).toLongLong();
            out.unread = q->value(1).toLongLong();
        }
    }
    if (unreadOnly)
        out.total = out.unread;
    auto q = m_db.prepare(
        QStringLiteral("SELECT id, user_id, title, body, type, is_read, created_at FROM notifications "
                       "WHERE user_id = :u") +
        (unreadOnly ? QStringLiteral(" AND NOT is_read") : QString()) +
        QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId)
        .bind(QStringLiteral(":limit"), limit)
        .bind(QStringLiteral(":offset"), qint64(page - 1) * limit);
    EB_TRY(q->exec("list notifications"));
    while (q->next()) {
        Notification n;
        n.id = q->value(0).toLongLong();
        n.userId = q->value(1).toLongLong();
        n.title = q->value(2).toString();
        n.body = q->value(3).toString();
        n.type = q->value(4).toString();
        n.read = q->value(5).toBool();
        n.createdAt = fromMs(q->value(6));
        out.items.append(n);
    }
    return out;
}

Result<bool> NotificationRepository::markRead(qint64 userId, qint64 id) {
    auto q = m_db.prepare(
        QStringLiteral("UPDATE notifications SET is_read = :read WHERE id = :id AND user_id = :u"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":read"), true).bind(QStringLiteral(":id"), id).bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("mark notification read"));
    return q->rowsAffected() > 0;
}

Result<qint64> NotificationRepository::markAllRead(qint64 userId) {
    auto q = m_db.prepare(
        QStringLiteral("UPDATE notifications SET is_read = :read WHERE user_id = :u AND NOT is_read"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":read"), true).bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("mark all notifications read"));
    return q->rowsAffected();
}

Result<qint64> NotificationRepository::removeAllFor(qint64 userId) {
    auto q = m_db.prepare(QStringLiteral("DELETE FROM notifications WHERE user_id = :u"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("delete notifications"));
    return qint64(q->rowsAffected());
}

} // namespace eventbook::storage
