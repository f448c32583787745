#include "stats_repository.h"

namespace eventbook::storage {

Result<Stats> StatsRepository::read(qint64 nowMs, qint64 monthStartMs) {
    // One statement, so the figures come from one snapshot and agree with each other.
    auto q = m_db.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM events), "
                       "(SELECT count(*) FROM bookings WHERE status = 'confirmed'), "
                       "(SELECT count(*) FROM bookings WHERE status = 'confirmed' AND created_at >= :month), "
                       "(SELECT coalesce(sum(total_slots), 0) FROM events), "
                       "(SELECT coalesce(sum(total_slots - available_slots), 0) FROM events), "
                       "(SELECT count(*) FROM events WHERE starts_at > :now), "
                       "(SELECT count(*) FROM users)"));
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

Result<QList<DailyCount>> StatsRepository::daily(qint64 fromMs) {
    // Integer division gives the UTC day in both dialects (the columns are epoch milliseconds).
    auto q = m_db.prepare(
        QStringLiteral("SELECT d, sum(made), sum(cancelled) FROM ("
                       " SELECT created_at / 86400000 AS d, 1 AS made, 0 AS cancelled FROM bookings WHERE "
                       "created_at >= :from"
                       " UNION ALL"
                       " SELECT cancelled_at / 86400000, 0, 1 FROM bookings WHERE cancelled_at >= :from2"
                       ") AS t GROUP BY d ORDER BY d"));
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
