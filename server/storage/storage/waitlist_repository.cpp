#include "waitlist_repository.h"

#include "event_repository.h"
#include "time_codec.h"

namespace eventbook::storage {

namespace {
// A place counts everyone who joined before it (ties by id) and itself.
const QString kPosition = QStringLiteral(
    "(SELECT COUNT(*) FROM waitlist a WHERE a.event_id = w.event_id AND (a.joined_at < w.joined_at OR "
    "(a.joined_at = w.joined_at AND a.id <= w.id)))");
const QString kOrder = QStringLiteral(" ORDER BY w.joined_at, w.id");

WaitlistEntry readEntry(const Query &q) {
    WaitlistEntry w;
    w.id = q.value(0).toLongLong();
    w.eventId = q.value(1).toLongLong();
    w.userId = q.value(2).toLongLong();
    w.joinedAt = fromMs(q.value(3));
    w.position = q.value(4).toInt();
    return w;
}
} // namespace

Result<WaitlistEntry> WaitlistRepository::add(qint64 eventId, qint64 userId, qint64 joinedAtMs) {
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO waitlist (event_id, user_id, joined_at) VALUES (:e, :u, :t) RETURNING id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId).bind(QStringLiteral(":u"), userId).bind(QStringLiteral(":t"), joinedAtMs);
    auto id = q->execReturningId("join waiting list");
    if (!id)
        return id.error();
    WaitlistEntry w;
    w.id = *id;
    w.eventId = eventId;
    w.userId = userId;
    w.joinedAt = fromMs(joinedAtMs);
    auto position = positionOf(eventId, userId);
    if (!position)
        return position.error();
    w.position = *position;
    return w;
}

Result<bool> WaitlistRepository::remove(qint64 eventId, qint64 userId) {
    auto q = m_db.prepare(QStringLiteral("DELETE FROM waitlist WHERE event_id = :e AND user_id = :u"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId).bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("leave waiting list"));
    return q->rowsAffected() > 0;
}

Result<void> WaitlistRepository::removeEntry(qint64 id) {
    auto q = m_db.prepare(QStringLiteral("DELETE FROM waitlist WHERE id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":id"), id);
    return q->exec("take from waiting list");
}

Result<QList<qint64>> WaitlistRepository::removeUser(qint64 userId) {
    auto q = m_db.prepare(QStringLiteral("DELETE FROM waitlist WHERE user_id = :u RETURNING event_id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("leave all waiting lists"));
    QList<qint64> events;
    while (q->next())
        events.append(q->value(0).toLongLong());
    return events;
}

Result<int> WaitlistRepository::positionOf(qint64 eventId, qint64 userId) {
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kPosition +
                          QStringLiteral(" FROM waitlist w WHERE w.event_id = :e AND w.user_id = :u"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId).bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("read waiting position"));
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<WaitlistEntry>> WaitlistRepository::head(qint64 eventId, int count) {
    auto q = m_db.prepare(QStringLiteral("SELECT w.id, w.event_id, w.user_id, w.joined_at, 0 FROM waitlist w "
                                         "WHERE w.event_id = :e") +
                          kOrder + QStringLiteral(" LIMIT :n"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId).bind(QStringLiteral(":n"), count);
    EB_TRY(q->exec("read waiting list head"));
    QList<WaitlistEntry> out;
    while (q->next()) {
        out.append(readEntry(*q));
        out.last().position = int(out.size());
    }
    return out;
}

Result<QList<WaitlistEntry>> WaitlistRepository::queue(qint64 eventId) {
    auto q = m_db.prepare(QStringLiteral("SELECT w.id, w.event_id, w.user_id, w.joined_at, 0, u.name, u.email "
                                         "FROM waitlist w JOIN users u ON u.id = w.user_id WHERE w.event_id = :e") +
                          kOrder);
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId);
    EB_TRY(q->exec("read waiting list"));
    QList<WaitlistEntry> out;
    while (q->next()) {
        WaitlistEntry w = readEntry(*q);
        w.position = int(out.size()) + 1;
        w.name = q->value(5).toString();
        w.email = q->value(6).toString();
        out.append(w);
    }
    return out;
}

Result<QList<WaitlistEntry>> WaitlistRepository::ofUser(qint64 userId) {
    auto q = m_db.prepare(QStringLiteral("SELECT w.id, w.event_id, w.user_id, w.joined_at, ") + kPosition +
                          QStringLiteral(", ") + EventRepository::columns(m_db.dialect()) +
                          QStringLiteral(" FROM waitlist w JOIN events e ON e.id = w.event_id WHERE w.user_id = :u "
                                         "ORDER BY e.starts_at, e.id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("read my waiting lists"));
    QList<WaitlistEntry> out;
    while (q->next()) {
        WaitlistEntry w = readEntry(*q);
        w.event = EventRepository::readRow(*q, 5);
        out.append(w);
    }
    return out;
}

} // namespace eventbook::storage
