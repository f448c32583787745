#pragma once

#include "actor.h"
#include "eventbook/common/domain.h"
#include "eventbook/common/result.h"
#include "live_feed.h"

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

namespace eventbook::services {

// Joining and leaving an event's waiting list, and reading it (API.md "Waiting list"). Each write
// is one transaction under the event's row, like booking, so a join and a seat coming free are
// ordered: a join never lands on an event that has a seat free. Promotion: promoteWaiting().
class WaitlistService {
public:
    WaitlistService(storage::Database &db, LiveFeed *live)
        : m_db(db)
        , m_live(live) {}

    // The new place, with the event. NOT_FOUND, EVENT_PAST, EVENT_NOT_FULL (book instead),
    // ALREADY_BOOKED or ALREADY_WAITING when it cannot be made.
    Result<WaitlistEntry> join(qint64 eventId, const Actor &actor);
    // The event after; NOT_FOUND when the caller is not waiting for it.
    Result<Event> leave(qint64 eventId, const Actor &actor);
    Result<QList<WaitlistEntry>> mine(qint64 userId);
    // The queue in order with names and emails; NOT_FOUND for an unknown event.
    Result<QList<WaitlistEntry>> queue(qint64 eventId);

private:
    storage::Database &m_db;
    LiveFeed *m_live;
};

} // namespace eventbook::services
