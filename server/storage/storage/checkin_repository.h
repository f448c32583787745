#pragma once

#include "database.h"
#include "eventbook/common/checkin.h"

#include <optional>

namespace eventbook::storage {

using ScanRecord = checkin::Scan;

// Tickets' door state (columns of bookings) and the scans, read. ScanWriter records a scan.
class CheckinRepository {
public:
    explicit CheckinRepository(Database &db)
        : m_db(db) {}

    // The ticket and, in the same round trip, the scan already recorded under `nonce` (any ticket's).
    struct Read {
        std::optional<checkin::TicketState> ticket;
        std::optional<ScanRecord> earlier;
    };
    Result<Read> ticketAndScan(qint64 bookingId, const QString &nonce);
    Result<checkin::Occupancy> occupancy(qint64 eventId);

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
