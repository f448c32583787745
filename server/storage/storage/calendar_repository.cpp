#include "calendar_repository.h"

#include "time_codec.h"

namespace eventbook::storage {

Result<int> CalendarRepository::revision(qint64 eventId) {
    auto q = m_db.prepare(QStringLiteral("SELECT revision FROM events WHERE id = :e"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId);
    EB_TRY(q->exec("read an event's revision"));
    return q->next() ? q->value(0).toInt() : 0;
}

Result<int> CalendarRepository::bumpRevision(qint64 eventId) {
    auto q = m_db.prepare(QStringLiteral("UPDATE events SET revision = revision + 1 WHERE id = :e RETURNING revision"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId);
    EB_TRY(q->exec("bump an event's revision"));
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<CalendarRow>> CalendarRepository::bookedEvents(qint64 userId, qint64 sinceMs) {
    auto q = m_db.prepare(QStringLiteral(
        "SELECT b.id, e.id, e.title, e.location, e.description, e.starts_at, e.revision FROM bookings b JOIN "
        "events e ON e.id = b.event_id WHERE b.user_id = :u AND b.status = 'confirmed' AND e.starts_at >= :since "
        "ORDER BY e.starts_at, b.id LIMIT 1000"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId).bind(QStringLiteral(":since"), sinceMs);
    EB_TRY(q->exec("read a calendar feed"));
    QList<CalendarRow> rows;
    while (q->next()) {
        CalendarRow r;
        r.bookingId = q->value(0).toLongLong();
        r.eventId = q->value(1).toLongLong();
        r.title = q->value(2).toString();
        r.location = q->value(3).toString();
        r.description = q->value(4).toString();
        r.startsAt = fromMs(q->value(5));
        r.revision = q->value(6).toInt();
        rows.append(r);
    }
    return rows;
}

} // namespace eventbook::storage
