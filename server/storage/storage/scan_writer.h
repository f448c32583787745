#pragma once

#include "checkin_repository.h"
#include "database.h"
#include "eventbook/common/checkin.h"

#include <optional>

namespace eventbook::storage {

// A caller judged on access columns read earlier: the write happens only if they are unchanged.
struct CallerAsSeen {
    CheckinRepository::CallerProbe who;
    AccessSeen seen;
};

// A scan the service has decided, to be recorded as one atomic change: the ticket's new door state
// (when it changes), the scan, and the event's counters.
struct ScanWrite {
    checkin::TicketState before;               // as read (or remembered): the state the decision rests on
    std::optional<checkin::TicketState> after; // set when the scan changes the ticket
    checkin::Scan scan;
    checkin::Occupancy change;
    std::optional<CallerAsSeen> caller;        // a caller whose standing is part of the compare-and-set
};

struct ScanWritten {
    qint64 id = 0;
    checkin::Occupancy occupancy; // the event's figures with this scan counted
    QString holder;               // the ticket holder's name as the write found it
};

// Records decided scans by compare-and-set on the ticket's door state, so the decision needs no
// row lock held across a round trip: if the ticket changed since it was read (another desk), or a
// concurrent upload took the scan's nonce, or a caller's access changed, nothing is written and the
// answer is empty — read again and decide again. On PostgreSQL the whole write is one statement
// (atomic by itself: no BEGIN and COMMIT round trips); on SQLite, which has no data-modifying WITH,
// the caller holds a transaction.
class ScanWriter {
public:
    explicit ScanWriter(Database &db)
        : m_db(db) {}

    // Whether write() is atomic without a transaction around it.
    bool atomicAlone() const;
    Result<std::optional<ScanWritten>> write(const ScanWrite &w);

private:
    Result<std::optional<ScanWritten>> writeInOneStatement(const ScanWrite &w);
    Result<std::optional<ScanWritten>> writeInSteps(const ScanWrite &w);

    Database &m_db;
};

} // namespace eventbook::storage
