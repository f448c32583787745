#pragma once

#include "database.h"
#include "eventbook/common/checkin.h"
#include "user_access_sql.h"

#include <optional>

namespace eventbook::storage {

using ScanRecord = checkin::Scan;

// Tickets' door state (columns of bookings) and the scans, read. ScanWriter records a scan.
class CheckinRepository {
public:
    explicit CheckinRepository(Database &db)
        : m_db(db) {}

    // A caller whose token's row is read with the ticket: what a door's scan checks anyway, asked in
    // the same round trip.
    struct CallerProbe {
        qint64 userId = 0;
        QString sessionId; // empty: a token without a session
        qint64 eventId = 0; // the desk's event, whose scope is read
    };
    // The ticket and, in the same round trip, the scan already recorded under `nonce` (any ticket's),
    // and with a probe the caller's access row (nullopt: no such user) and scope on its event. No
    // ticket, nothing: the caller is then not read either.
    struct Read {
        std::optional<checkin::TicketState> ticket;
        std::optional<ScanRecord> earlier;
        std::optional<UserAccess> caller;
        std::optional<Role> scope;
        std::optional<AccessSeen> seen; // the caller's columns as read, for a later compare-and-set
    };
    Result<Read> ticketAndScan(qint64 bookingId, const QString &nonce, const CallerProbe *probe = nullptr);
    Result<checkin::Occupancy> occupancy(qint64 eventId);
    // The name on a ticket (empty: no such booking).
    Result<QString> holderOf(qint64 bookingId);

    // The manifest: the event's tickets in booking order after `afterId`; with `since`, only
    // those changed after that feed mark (SqlDialect::isFeedMark must have accepted it).
    Result<QString> currentMark();
    Result<QList<checkin::TicketState>> tickets(qint64 eventId, qint64 afterId, int limit,
                                               const std::optional<QString> &since);
    // Holders whose name contains `needle` (case-folded), for a ticket left at home.
    Result<QList<checkin::TicketState>> search(qint64 eventId, const QString &needle, int limit);
    Result<QList<checkin::TicketState>> conflicts(qint64 eventId);
    Result<QList<ScanRecord>> scansOf(qint64 bookingId);
    // Every scan of a user's tickets (their data export).
    Result<QList<ScanRecord>> scansOfUser(qint64 userId);
    // The check-in CSV: scans in the order they were recorded, after `afterId`.
    Result<QList<ScanRecord>> scanPage(qint64 eventId, qint64 afterId, int limit);

private:
    Database &m_db;
};

} // namespace eventbook::storage
