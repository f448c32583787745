#include "scan_writer.h"

#include "time_codec.h"

#include <array>

namespace eventbook::storage {
using checkin::TicketState;

namespace {
// The ticket still as it was read. Only these columns decide a scan; the last scan's time is in
// too, so two exits racing on one ticket cannot both pass.
const QString kExpected = QStringLiteral(
    "event_id = :was_event AND (status = 'confirmed') = :was_confirmed AND checkin_entries = :was_entries AND "
    "checkin_inside = :was_inside AND checkin_conflict = :was_conflict AND COALESCE(checkin_last_at, 0) = :was_last");

const QString kSetState = QStringLiteral(
    "UPDATE bookings SET checkin_entries = :n, checkin_inside = :in, checkin_first_at = :first, "
    "checkin_last_at = :last, checkin_last_device = :dev, checkin_conflict = :conflict ");

const QString kScanColumns = QStringLiteral(
    "checkins (event_id, booking_id, nonce, device_id, direction, result, offline, scanned_at, recorded_at, "
    "recorded_by)");
const QString kScanValues = QStringLiteral(":e, :b, :nonce, :d, :dir, :r, :off, :at, :rec, :by");

const QString kCountsColumns = QStringLiteral("checkin_counts (event_id, shard, checked_in, present, conflicts, scans)");
const QString kCountsValues = QStringLiteral(":e, :shard, :add_in, :add_present, :add_conflicts, :add_scans");
const QString kCountsUpsert = QStringLiteral(
    " ON CONFLICT (event_id, shard) DO UPDATE SET checked_in = checkin_counts.checked_in + excluded.checked_in, "
    "present = checkin_counts.present + excluded.present, "
    "conflicts = checkin_counts.conflicts + excluded.conflicts, scans = checkin_counts.scans + excluded.scans");

int shardOf(qint64 bookingId) { return int(bookingId % 8); }

QString callerStill(bool withSession) {
    return QStringLiteral("EXISTS (SELECT 1 FROM users cu WHERE cu.id = :cu AND ") +
           accessStillSeen(QStringLiteral("cu"), withSession) + QStringLiteral(")");
}

void bindCaller(Query &q, const CallerAsSeen &c) {
    q.bind(QStringLiteral(":cu"), c.who.userId).bind(QStringLiteral(":se"), c.who.eventId);
    if (!c.who.sessionId.isEmpty())
        q.bind(QStringLiteral(":f"), c.who.sessionId);
    bindAccessSeen(q, c.seen);
}

bool withSession(const ScanWrite &w) { return w.caller && !w.caller->who.sessionId.isEmpty(); }

void bindExpected(Query &q, const TicketState &t) {
    q.bind(QStringLiteral(":was_event"), t.eventId)
        .bind(QStringLiteral(":was_confirmed"), t.confirmed)
        .bind(QStringLiteral(":was_entries"), t.entries)
        .bind(QStringLiteral(":was_inside"), t.inside)
        .bind(QStringLiteral(":was_conflict"), t.conflict)
        .bind(QStringLiteral(":was_last"), t.lastAt ? toMs(*t.lastAt) : qint64(0))
        .bind(QStringLiteral(":id"), t.bookingId);
}

void bindState(Query &q, const TicketState &t) {
    q.bind(QStringLiteral(":n"), t.entries)
        .bind(QStringLiteral(":in"), t.inside)
        .bind(QStringLiteral(":first"), nullableMs(t.firstAt))
        .bind(QStringLiteral(":last"), nullableMs(t.lastAt))
        .bind(QStringLiteral(":dev"), t.lastDevice.isEmpty() ? QVariant() : QVariant(t.lastDevice))
        .bind(QStringLiteral(":conflict"), t.conflict);
}

void bindScan(Query &q, const checkin::Scan &s) {
    q.bind(QStringLiteral(":e"), s.eventId)
        .bind(QStringLiteral(":b"), s.bookingId)
        .bind(QStringLiteral(":nonce"), s.nonce)
        .bind(QStringLiteral(":d"), s.deviceId)
        .bind(QStringLiteral(":dir"), checkin::directionName(s.direction))
        .bind(QStringLiteral(":r"), checkin::verdictName(s.verdict))
        .bind(QStringLiteral(":off"), s.offline)
        .bind(QStringLiteral(":at"), toMs(s.scannedAt))
        .bind(QStringLiteral(":rec"), toMs(s.recordedAt))
        .bind(QStringLiteral(":by"), s.recordedBy > 0 ? QVariant(s.recordedBy) : QVariant());
}

void bindCounts(Query &q, const ScanWrite &w) {
    q.bind(QStringLiteral(":shard"), shardOf(w.scan.bookingId))
        .bind(QStringLiteral(":add_in"), w.change.checkedIn)
        .bind(QStringLiteral(":add_present"), w.change.present)
        .bind(QStringLiteral(":add_conflicts"), w.change.conflicts)
        .bind(QStringLiteral(":add_scans"), w.change.scans);
}

// The PostgreSQL form of a write: with `changes`, the ticket's update is the compare-and-set;
// without, a read of the row as it was expected. `caller`: the caller's access is part of it.
enum Shape { Changes = 1, Caller = 2, Session = 4 };
QString oneStatement(int shape) {
    QString expected = QStringLiteral("WHERE id = :id AND ") + kExpected;
    if (shape & Caller)
        expected += QStringLiteral(" AND ") + callerStill(shape & Session);
    const QString t = (shape & Changes)
                          ? QString(QStringLiteral("WITH t AS (") + kSetState + expected +
                                    QStringLiteral(" RETURNING id, user_id), "))
                          : QString(QStringLiteral("WITH t AS (SELECT id, user_id FROM bookings ") + expected +
                                    QStringLiteral("), "));
    return t + QStringLiteral("s AS (INSERT INTO ") + kScanColumns + QStringLiteral(" SELECT ") + kScanValues +
        QStringLiteral(" FROM t RETURNING id), c AS (INSERT INTO ") + kCountsColumns + QStringLiteral(" SELECT ") +
        kCountsValues + QStringLiteral(" FROM s") + kCountsUpsert +
        QStringLiteral(
            " RETURNING checked_in, present, conflicts, scans) "
            "SELECT s.id, (SELECT total_slots - available_slots FROM events WHERE id = :e), "
            "c.checked_in + o.checked_in, c.present + o.present, c.conflicts + o.conflicts, c.scans + o.scans, "
            "(SELECT name FROM users WHERE id = t.user_id) "
            "FROM s CROSS JOIN c CROSS JOIN t CROSS JOIN (SELECT COALESCE(SUM(checked_in), 0) AS checked_in, "
            "COALESCE(SUM(present), 0) AS present, COALESCE(SUM(conflicts), 0) AS conflicts, "
            "COALESCE(SUM(scans), 0) AS scans FROM checkin_counts WHERE event_id = :e AND shard <> :shard) o");
}

// A write that lost its race is not an error: the caller reads again.
Result<std::optional<ScanWritten>> lost() { return std::optional<ScanWritten>(); }
} // namespace

bool ScanWriter::atomicAlone() const { return m_db.sql().writesInOneStatement(); }

Result<std::optional<ScanWritten>> ScanWriter::write(const ScanWrite &w) {
    return atomicAlone() ? writeInOneStatement(w) : writeInSteps(w);
}

Result<std::optional<ScanWritten>> ScanWriter::writeInOneStatement(const ScanWrite &w) {
    // The ticket (compare-and-set), the scan, the shard's counters and the figures for the answer:
    // the other shards as this statement's snapshot has them, this shard as the upsert left it.
    // Built once per shape, not on every scan: the statement cache is keyed by this text.
    static const std::array<QString, 8> shapes = [] {
        std::array<QString, 8> out;
        for (int shape = 0; shape < 8; ++shape)
            out[shape] = oneStatement(shape);
        return out;
    }();
    const int shape = (w.after ? Changes : 0) | (w.caller ? Caller : 0) | (withSession(w) ? Session : 0);
    auto q = m_db.prepare(shapes[shape]);
    if (!q)
        return q.error();
    bindExpected(*q, w.before);
    if (w.after)
        bindState(*q, *w.after);
    if (w.caller)
        bindCaller(*q, *w.caller);
    bindScan(*q, w.scan);
    bindCounts(*q, w);
    if (auto done = q->exec("record scan"); !done) {
        if (done.error().code == ErrorCode::Conflict) // the nonce, taken meanwhile
            return lost();
        return done.error();
    }
    if (!q->next())
        return lost();
    ScanWritten out;
    out.id = q->value(0).toLongLong();
    out.occupancy.eventId = w.scan.eventId;
    out.occupancy.tickets = q->value(1).toInt();
    out.occupancy.checkedIn = q->value(2).toInt();
    out.occupancy.present = q->value(3).toInt();
    out.occupancy.conflicts = q->value(4).toInt();
    out.occupancy.scans = q->value(5).toLongLong();
    out.holder = q->value(6).toString();
    return std::optional<ScanWritten>(out);
}

Result<std::optional<ScanWritten>> ScanWriter::writeInSteps(const ScanWrite &w) {
    if (w.caller) {
        auto q = m_db.prepare(QStringLiteral("SELECT ") + callerStill(withSession(w)));
        if (!q)
            return q.error();
        bindCaller(*q, *w.caller);
        EB_TRY(q->exec("check caller"));
        if (!q->next() || !q->value(0).toBool())
            return lost();
    }
    if (w.after) {
        auto q = m_db.prepare(kSetState + QStringLiteral("WHERE id = :id AND ") + kExpected);
        if (!q)
            return q.error();
        bindExpected(*q, w.before);
        bindState(*q, *w.after);
        EB_TRY(q->exec("save ticket state"));
        if (q->rowsAffected() != 1)
            return lost();
    } else {
        auto q = m_db.prepare(QStringLiteral("SELECT 1 FROM bookings WHERE id = :id AND ") + kExpected);
        if (!q)
            return q.error();
        bindExpected(*q, w.before);
        EB_TRY(q->exec("check ticket state"));
        if (!q->next())
            return lost();
    }
    auto scan = m_db.prepare(QStringLiteral("INSERT INTO ") + kScanColumns + QStringLiteral(" VALUES (") +
                             kScanValues + QStringLiteral(") RETURNING id"));
    if (!scan)
        return scan.error();
    bindScan(*scan, w.scan);
    auto id = scan->execReturningId("record scan");
    if (!id)
        return id.error().code == ErrorCode::Conflict ? lost() : Result<std::optional<ScanWritten>>(id.error());
    auto counts = m_db.prepare(QStringLiteral("INSERT INTO ") + kCountsColumns + QStringLiteral(" VALUES (") +
                               kCountsValues + QStringLiteral(")") + kCountsUpsert);
    if (!counts)
        return counts.error();
    counts->bind(QStringLiteral(":e"), w.scan.eventId);
    bindCounts(*counts, w);
    EB_TRY(counts->exec("count scan"));
    CheckinRepository repo(m_db);
    auto occupancy = repo.occupancy(w.scan.eventId);
    if (!occupancy)
        return occupancy.error();
    auto holder = repo.holderOf(w.before.bookingId);
    if (!holder)
        return holder.error();
    return std::optional<ScanWritten>(ScanWritten{*id, *occupancy, *holder});
}

} // namespace eventbook::storage
