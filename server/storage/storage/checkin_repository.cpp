#include "checkin_repository.h"

#include "time_codec.h"

namespace eventbook::storage {
using checkin::TicketState;

namespace {
const QString kTicketColumns = QStringLiteral(
    "b.id, b.event_id, u.name, b.status, b.checkin_entries, b.checkin_inside, b.checkin_first_at, "
    "b.checkin_last_at, b.checkin_last_device, b.checkin_conflict");
const QString kTicketFrom = QStringLiteral(" FROM bookings b JOIN users u ON u.id = b.user_id ");

TicketState readTicket(const Query &q) {
    TicketState t;
    t.bookingId = q.value(0).toLongLong();
    t.eventId = q.value(1).toLongLong();
    t.holder = q.value(2).toString();
    t.confirmed = q.value(3).toString() == QLatin1StringView("confirmed");
    t.entries = q.value(4).toInt();
    t.inside = q.value(5).toBool();
    t.firstAt = optionalFromMs(q.value(6));
    t.lastAt = optionalFromMs(q.value(7));
    t.lastDevice = q.value(8).toString();
    t.conflict = q.value(9).toBool();
    return t;
}

const QString kScanColumns = QStringLiteral(
    "c.id, c.event_id, c.booking_id, c.nonce, c.device_id, c.direction, c.result, c.offline, c.scanned_at, "
    "c.recorded_at, c.recorded_by, u.name, r.name");
const QString kScanFrom = QStringLiteral(" FROM checkins c JOIN bookings b ON b.id = c.booking_id JOIN users u ON "
                                         "u.id = b.user_id LEFT JOIN users r ON r.id = c.recorded_by ");

ScanRecord readScan(const Query &q) {
    ScanRecord s;
    s.id = q.value(0).toLongLong();
    s.eventId = q.value(1).toLongLong();
    s.bookingId = q.value(2).toLongLong();
    s.nonce = q.value(3).toString();
    s.deviceId = q.value(4).toString();
    s.direction = checkin::directionFromName(q.value(5).toString()).value_or(checkin::Direction::Entry);
    s.verdict = checkin::verdictFromName(q.value(6).toString()).value_or(checkin::Verdict::NotAdmitted);
    s.offline = q.value(7).toBool();
    s.scannedAt = fromMs(q.value(8));
    s.recordedAt = fromMs(q.value(9));
    s.recordedBy = q.value(10).toLongLong();
    s.holder = q.value(11).toString();
    s.recorderName = q.value(12).toString();
    return s;
}

Result<QList<TicketState>> readTickets(Query &q, const char *what) {
    EB_TRY(q.exec(what));
    QList<TicketState> out;
    while (q.next())
        out.append(readTicket(q));
    return out;
}

Result<QList<ScanRecord>> readScans(Query &q, const char *what) {
    EB_TRY(q.exec(what));
    QList<ScanRecord> out;
    while (q.next())
        out.append(readScan(q));
    return out;
}
} // namespace

Result<CheckinRepository::Read> CheckinRepository::ticketAndScan(qint64 bookingId, const QString &nonce,
                                                                 const CallerProbe *probe) {
    const bool withSession = probe && !probe->sessionId.isEmpty();
    QString sql = QStringLiteral("SELECT ") + kTicketColumns +
                  QStringLiteral(", c.id, c.booking_id, c.device_id, c.direction, c.result, c.offline, "
                                 "c.scanned_at, c.recorded_at, c.recorded_by, c.event_id");
    if (probe) {
        sql += QStringLiteral(", cu.id, ") + userAccessColumns(QStringLiteral("cu"), withSession) + QStringLiteral(", ") +
               eventScopeColumn(QStringLiteral("cu"));
    }
    sql += kTicketFrom + QStringLiteral("LEFT JOIN checkins c ON c.nonce = :n ");
    if (probe)
        sql += QStringLiteral("LEFT JOIN users cu ON cu.id = :cu ");
    auto q = m_db.prepare(sql + QStringLiteral("WHERE b.id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":n"), nonce).bind(QStringLiteral(":id"), bookingId);
    if (probe) {
        q->bind(QStringLiteral(":cu"), probe->userId).bind(QStringLiteral(":se"), probe->eventId);
        if (withSession)
            q->bind(QStringLiteral(":f"), probe->sessionId);
    }
    EB_TRY(q->exec("read ticket"));
    Read out;
    if (!q->next())
        return out;
    out.ticket = readTicket(*q);
    constexpr int c = 10; // the scan's columns follow the ticket's
    if (!q->value(c).isNull()) {
        ScanRecord s;
        s.id = q->value(c).toLongLong();
        s.bookingId = q->value(c + 1).toLongLong();
        s.nonce = nonce;
        s.deviceId = q->value(c + 2).toString();
        s.direction = checkin::directionFromName(q->value(c + 3).toString()).value_or(checkin::Direction::Entry);
        s.verdict = checkin::verdictFromName(q->value(c + 4).toString()).value_or(checkin::Verdict::NotAdmitted);
        s.offline = q->value(c + 5).toBool();
        s.scannedAt = fromMs(q->value(c + 6));
        s.recordedAt = fromMs(q->value(c + 7));
        s.recordedBy = q->value(c + 8).toLongLong();
        s.eventId = q->value(c + 9).toLongLong();
        out.earlier = s;
    }
    constexpr int u = c + 10; // then the caller's: its id, its access, its scope
    if (probe && !q->value(u).isNull()) {
        out.caller = readUserAccess(*q, u + 1);
        out.scope = readEventScope(q->value(u + 5));
        out.seen = readAccessSeen(*q, u + 1, u + 5);
    }
    return out;
}

Result<checkin::Occupancy> CheckinRepository::occupancy(qint64 eventId) {
    auto q = m_db.prepare(QStringLiteral(
        "SELECT e.total_slots - e.available_slots, COALESCE(SUM(c.checked_in), 0), COALESCE(SUM(c.present), 0), "
        "COALESCE(SUM(c.conflicts), 0), COALESCE(SUM(c.scans), 0) FROM events e "
        "LEFT JOIN checkin_counts c ON c.event_id = e.id WHERE e.id = :e GROUP BY e.total_slots, e.available_slots"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId);
    EB_TRY(q->exec("read occupancy"));
    checkin::Occupancy o;
    o.eventId = eventId;
    if (q->next()) {
        o.tickets = q->value(0).toInt();
        o.checkedIn = q->value(1).toInt();
        o.present = q->value(2).toInt();
        o.conflicts = q->value(3).toInt();
        o.scans = q->value(4).toLongLong();
    }
    return o;
}

Result<QString> CheckinRepository::holderOf(qint64 bookingId) {
    auto q = m_db.prepare(QStringLiteral("SELECT u.name") + kTicketFrom + QStringLiteral("WHERE b.id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":id"), bookingId);
    EB_TRY(q->exec("read ticket holder"));
    return q->next() ? q->value(0).toString() : QString();
}

Result<QString> CheckinRepository::currentMark() {
    auto q = m_db.prepare(m_db.sql().currentFeedMark());
    if (!q)
        return q.error();
    EB_TRY(q->exec("read feed mark"));
    if (!q->next())
        return Error::make(ErrorCode::Internal, QStringLiteral("The change feed has no counter"));
    return q->value(0).toString();
}

Result<QList<TicketState>> CheckinRepository::tickets(qint64 eventId, qint64 afterId, int limit,
                                                      const std::optional<QString> &since) {
    const QString changed =
        since ? QStringLiteral(" AND ") + m_db.sql().changedSince(QStringLiteral("b"), QStringLiteral(":since"))
              : QString();
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kTicketColumns + kTicketFrom +
                          QStringLiteral("WHERE b.event_id = :e AND b.id > :after") + changed +
                          QStringLiteral(" ORDER BY b.id LIMIT :lim"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId).bind(QStringLiteral(":after"), afterId).bind(QStringLiteral(":lim"), limit);
    if (since)
        q->bind(QStringLiteral(":since"), *since);
    return readTickets(*q, "read manifest");
}

Result<QList<TicketState>> CheckinRepository::search(qint64 eventId, const QString &needle, int limit) {
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kTicketColumns + kTicketFrom + QStringLiteral("WHERE b.event_id = :e AND ") +
                          m_db.sql().contains(QStringLiteral("lower(u.name)"), QStringLiteral(":q")) +
                          QStringLiteral(" ORDER BY b.status DESC, u.name, b.id LIMIT :lim"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId)
        .bind(QStringLiteral(":q"), needle.toLower())
        .bind(QStringLiteral(":lim"), limit);
    return readTickets(*q, "search tickets");
}

Result<QList<TicketState>> CheckinRepository::conflicts(qint64 eventId) {
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kTicketColumns + kTicketFrom +
                          QStringLiteral("WHERE b.event_id = :e AND b.checkin_conflict = :yes ORDER BY b.id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId).bind(QStringLiteral(":yes"), true);
    return readTickets(*q, "read conflicts");
}

Result<QList<ScanRecord>> CheckinRepository::scansOf(qint64 bookingId) {
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kScanColumns + kScanFrom +
                          QStringLiteral("WHERE c.booking_id = :b ORDER BY c.id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":b"), bookingId);
    return readScans(*q, "read ticket scans");
}

Result<QList<ScanRecord>> CheckinRepository::scansOfUser(qint64 userId) {
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kScanColumns + kScanFrom +
                          QStringLiteral("WHERE b.user_id = :u ORDER BY c.id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId);
    return readScans(*q, "read a user's scans");
}

Result<QList<ScanRecord>> CheckinRepository::scanPage(qint64 eventId, qint64 afterId, int limit) {
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kScanColumns + kScanFrom +
                          QStringLiteral("WHERE c.event_id = :e AND c.id > :after ORDER BY c.id LIMIT :lim"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId).bind(QStringLiteral(":after"), afterId).bind(QStringLiteral(":lim"), limit);
    return readScans(*q, "read scans");
}

} // namespace eventbook::storage
