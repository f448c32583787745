#include "stats_repository.h"

namespace eventbook::storage {

namespace {
// Ids are integers from our own rows; an empty scope matches nothing.
QString idList(const QList<qint64> &ids) {
    if (ids.isEmpty())
        return QStringLiteral("-1");
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}
} // namespace

Result<Stats> StatsRepository::read(qint64 nowMs, qint64 monthStartMs, const std::optional<QList<qint64>> &events) {
    const QString inEvents = events ? QStringLiteral(" AND id IN (%1)").arg(idList(*events)) : QString();
    const QString inBookings = events ? QStringLiteral(" AND event_id IN (%1)").arg(idList(*events)) : QString();
    // An organiser's "users" are the people booked on their events, not every account.
    const QString users = events ? QStringLiteral("SELECT count(DISTINCT user_id) FROM bookings WHERE status = "
                                                  "'confirmed'") + inBookings
                                 : QStringLiteral("SELECT count(*) FROM users");
    // One statement, so the figures come from one snapshot and agree with each other.
    auto q = m_db.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM events WHERE 1 = 1") + inEvents + QStringLiteral("), "
                       "(SELECT count(*) FROM bookings WHERE status = 'confirmed'") + inBookings + QStringLiteral("), "
                       "(SELECT count(*) FROM bookings WHERE status = 'confirmed' AND created_at >= :month") +
        inBookings + QStringLiteral("), (SELECT coalesce(sum(total_slots), 0) FROM events WHERE 1 = 1") + inEvents +
        QStringLiteral("), (SELECT coalesce(sum(total_slots - available_slots), 0) FROM events WHERE 1 = 1") +
        inEvents + QStringLiteral("), (SELECT count(*) FROM events WHERE starts_at > :now") + inEvents +
        QStringLiteral("), (") + users + QStringLiteral(")"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":month"), monthStartMs).bind(QStringLiteral(":now"), nowMs);
    EB_TRY(q->exec("read stats"));
    Stats s;
    if (q->next()) {
        s.totalEvents = q->value(0).toLongLong();
        s.totalBookings = q->value(1).toLongLong();
        s.thisMonth = q->value(2).toLongLong();
        s.totalSlots = q->value(3).toLongLong();
        s.bookedSlots = q->value(4).toLongLong();
        s.upcomingEvents = q->value(5).toLongLong();
        s.totalUsers = q->value(6).toLongLong();
    }
    return s;
}

Result<QList<DailyCount>> StatsRepository::daily(qint64 fromMs, const std::optional<QList<qint64>> &events) {
    const QString inBookings = events ? QStringLiteral(" AND event_id IN (%1)").arg(idList(*events)) : QString();
    // Integer division gives the UTC day in both dialects (the columns are epoch milliseconds).
    auto q = m_db.prepare(
        QStringLiteral("SELECT d, sum(made), sum(cancelled) FROM ("
                       " SELECT created_at / 86400000 AS d, 1 AS made, 0 AS cancelled FROM bookings WHERE "
                       "created_at >= :from") +
        inBookings +
        QStringLiteral(" UNION ALL SELECT cancelled_at / 86400000, 0, 1 FROM bookings WHERE cancelled_at >= :from2") +
        inBookings + QStringLiteral(") AS t GROUP BY d ORDER BY d"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":from"), fromMs).bind(QStringLiteral(":from2"), fromMs);
    EB_TRY(q->exec("read daily stats"));
    QList<DailyCount> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong()});
    return out;
}

} // namespace eventbook::storage
