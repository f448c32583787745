#include "booking_repository.h"

#include "event_repository.h"
#include "time_codec.h"

#include <QHash>

namespace eventbook::storage {
namespace {
const QString kBookingColumns =
    QStringLiteral("b.id, b.event_id, b.user_id, b.status, b.created_at, b.cancelled_at");
constexpr int kBookingColumnCount = 6;

Booking readBooking(const Query &q, int first = 0) {
    Booking b;
    b.id = q.value(first).toLongLong();
    b.eventId = q.value(first + 1).toLongLong();
    b.userId = q.value(first + 2).toLongLong();
    b.status = q.value(first + 3).toString() == QLatin1StringView("confirmed") ? BookingStatus::Confirmed
                                                                               : BookingStatus::Cancelled;
    b.createdAt = fromMs(q.value(first + 4));
    b.cancelledAt = optionalFromMs(q.value(first + 5));
    return b;
}
} // namespace

Result<Booking> BookingRepository::insertConfirmed(qint64 userId, qint64 eventId) {
    auto q = m_db.prepare(QStringLiteral("INSERT INTO bookings (event_id, user_id, status, created_at) "
                                         "VALUES (:e, :u, 'confirmed', :t) RETURNING id"));
    if (!q)
        return q.error();
    Booking b;
    b.eventId = eventId;
    b.userId = userId;
    b.createdAt = fromMs(nowMs());
    q->bind(QStringLiteral(":e"), eventId)
        .bind(QStringLiteral(":u"), userId)
        .bind(QStringLiteral(":t"), toMs(b.createdAt));
    auto id = q->execReturningId("insert booking");
    if (!id) {
        if (id.error().code == ErrorCode::Conflict)
            return Error::make(ErrorCode::AlreadyBooked,
                               QStringLiteral("You have already booked this event"));
        return id.error();
    }
    b.id = *id;
    return b;
}

Result<bool> BookingRepository::hasConfirmed(qint64 userId, qint64 eventId) {
    auto q = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM bookings WHERE user_id = :u AND event_id = :e AND status = 'confirmed'"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId).bind(QStringLiteral(":e"), eventId);
    EB_TRY(q->exec("find booking"));
    return q->next();
}

Result<std::optional<Booking>> BookingRepository::findById(qint64 id) {
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kBookingColumns + QStringLiteral(", u.name FROM bookings b "
                                                                                     "JOIN users u ON u.id = b.user_id WHERE b.id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":id"), id);
    EB_TRY(q->exec("read booking"));
    if (!q->next())
        return std::optional<Booking>();
    Booking b = readBooking(*q);
    User holder;
    holder.id = b.userId;
    holder.name = q->value(kBookingColumnCount).toString();
    b.user = holder;
    auto event = EventRepository(m_db).get(b.eventId);
    if (!event)
        return event.error();
    b.event = *event;
    return std::optional<Booking>(b);
}

Result<std::optional<Booking>> BookingRepository::cancelConfirmed(qint64 userId, qint64 eventId) {
    auto q =
        m_db.prepare(QStringLiteral("UPDATE bookings SET status = 'cancelled', cancelled_at = :t "
                                    "WHERE user_id = :u AND event_id = :e AND status = 'confirmed' "
                                    "RETURNING id, event_id, user_id, status, created_at, cancelled_at"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":t"), nowMs())
        .bind(QStringLiteral(":u"), userId)
        .bind(QStringLiteral(":e"), eventId);
    EB_TRY(q->exec("cancel booking"));
    if (!q->next())
        return std::optional<Booking>();
    return std::optional<Booking>(readBooking(*q));
}

Result<std::optional<Booking>> BookingRepository::cancelById(qint64 bookingId, qint64 eventId) {
    auto q =
        m_db.prepare(QStringLiteral("UPDATE bookings SET status = 'cancelled', cancelled_at = :t "
                                    "WHERE id = :id AND event_id = :e AND status = 'confirmed' "
                                    "RETURNING id, event_id, user_id, status, created_at, cancelled_at"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":t"), nowMs()).bind(QStringLiteral(":id"), bookingId).bind(QStringLiteral(":e"), eventId);
    EB_TRY(q->exec("cancel a booking"));
    if (!q->next())
        return std::optional<Booking>();
    return std::optional<Booking>(readBooking(*q));
}

Result<QList<Booking>> BookingRepository::cancelAllForEvent(qint64 eventId) {
    auto q =
        m_db.prepare(QStringLiteral("UPDATE bookings SET status = 'cancelled', cancelled_at = :t "
                                    "WHERE event_id = :e AND status = 'confirmed' "
                                    "RETURNING id, event_id, user_id, status, created_at, cancelled_at"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":t"), nowMs()).bind(QStringLiteral(":e"), eventId);
    EB_TRY(q->exec("cancel event bookings"));
    QList<Booking> out;
    while (q->next())
        out.append(readBooking(*q));
    return out;
}

Result<QList<BookingRepository::ReleasedSeat>> BookingRepository::cancelAllForUser(qint64 userId,
                                                                                 std::optional<qint64> startingAfterMs) {
    // Seats first, then bookings: the same lock order as booking and cancelling, and one statement
    // each (a user holds at most one confirmed booking per event, so each event gets one seat back).
    const QString upcoming = startingAfterMs ? QStringLiteral(" AND starts_at > :after") : QString();
    auto seats =
        m_db.prepare(QStringLiteral("UPDATE events SET available_slots = available_slots + 1 WHERE id IN "
                                    "(SELECT event_id FROM bookings WHERE user_id = :u AND status = "
                                    "'confirmed')") + upcoming + QStringLiteral(" RETURNING id, available_slots"));
    if (!seats)
        return seats.error();
    seats->bind(QStringLiteral(":u"), userId);
    if (startingAfterMs)
        seats->bind(QStringLiteral(":after"), *startingAfterMs);
    EB_TRY(seats->exec("return user seats"));
    QHash<qint64, int> left;
    while (seats->next())
        left.insert(seats->value(0).toLongLong(), seats->value(1).toInt());
    // The events whose seats came back are exactly the bookings to cancel.
    QStringList ids;
    for (auto it = left.cbegin(); it != left.cend(); ++it)
        ids.append(QString::number(it.key()));
    if (ids.isEmpty())
        return QList<ReleasedSeat>();
    auto q = m_db.prepare(QStringLiteral("UPDATE bookings SET status = 'cancelled', cancelled_at = :t WHERE user_id = "
                                         ":u AND status = 'confirmed' AND event_id IN (") +
                          ids.join(QLatin1Char(',')) + QStringLiteral(") RETURNING id, event_id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":t"), nowMs()).bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("cancel user bookings"));
    QList<ReleasedSeat> out;
    while (q->next()) {
        const qint64 eventId = q->value(1).toLongLong();
        out.append({q->value(0).toLongLong(), eventId, left.value(eventId)});
    }
    return out;
}

Result<QList<Booking>> BookingRepository::listForUser(qint64 userId) {
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kBookingColumns + QStringLiteral(", ") +
                          EventRepository::columns(m_db.dialect()) +
                          QStringLiteral(" FROM bookings b JOIN events e ON e.id = b.event_id "
                                         "WHERE b.user_id = :u ORDER BY b.created_at DESC, b.id DESC"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("list user bookings"));
    QList<Booking> out;
    while (q->next()) {
        Booking b = readBooking(*q);
        b.event = EventRepository::readRow(*q, kBookingColumnCount);
        out.append(std::move(b));
    }
    return out;
}

Result<QList<Booking>> BookingRepository::listForEvent(qint64 eventId) {
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kBookingColumns +
                          QStringLiteral(", u.id, u.email, u.name, u.is_admin FROM bookings b "
                                         "JOIN users u ON u.id = b.user_id WHERE b.event_id = :e "
                                         "ORDER BY b.created_at DESC, b.id DESC"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId);
    EB_TRY(q->exec("list event bookings"));
    QList<Booking> out;
    while (q->next()) {
        Booking b = readBooking(*q);
        User u;
        u.id = q->value(kBookingColumnCount).toLongLong();
        u.email = q->value(kBookingColumnCount + 1).toString();
        u.name = q->value(kBookingColumnCount + 2).toString();
        u.isAdmin = q->value(kBookingColumnCount + 3).toBool();
        b.user = u;
        out.append(std::move(b));
    }
    return out;
}

Result<QList<BookingExportRow>> BookingRepository::exportPage(std::optional<qint64> eventId, qint64 afterId,
                                                              int limit) {
    auto q = m_db.prepare(
        QStringLiteral("SELECT ") + kBookingColumns +
        QStringLiteral(
            ", e.title, e.starts_at, u.name, u.email FROM bookings b "
            "JOIN events e ON e.id = b.event_id JOIN users u ON u.id = b.user_id WHERE b.id > :after") +
        (eventId ? QStringLiteral(" AND b.event_id = :e") : QString()) +
        QStringLiteral(" ORDER BY b.id LIMIT :limit"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":after"), afterId).bind(QStringLiteral(":limit"), limit);
    if (eventId)
        q->bind(QStringLiteral(":e"), *eventId);
    EB_TRY(q->exec("export bookings"));
    QList<BookingExportRow> out;
    while (q->next()) {
        BookingExportRow row;
        row.booking = readBooking(*q);
        row.eventTitle = q->value(kBookingColumnCount).toString();
        row.eventDate = fromMs(q->value(kBookingColumnCount + 1));
        row.userName = q->value(kBookingColumnCount + 2).toString();
        row.userEmail = q->value(kBookingColumnCount + 3).toString();
        out.append(std::move(row));
    }
    return out;
}

} // namespace eventbook::storage
