#pragma once

#include "actor.h"
#include "eventbook/common/domain.h"
#include "eventbook/common/result.h"
#include "live_feed.h"

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

namespace eventbook::services {

struct BookingOutcome {
    Booking booking;        // with its event embedded as it is after the change
    int availableSlots = 0; // the event's seats left after this change
};

// Booking and cancelling, each one transaction (DESIGN.md "Booking"): a conditional decrement
// of the event's seats, the booking row guarded by the unique index on confirmed (user, event)
// and the audit row commit together or not at all.
class BookingService {
public:
    BookingService(storage::Database &db, LiveFeed *live)
        : m_db(db)
        , m_live(live) {}

    // EVENT_PAST, ALREADY_BOOKED, EVENT_FULL or NOT_FOUND when it cannot be made.
    Result<BookingOutcome> book(qint64 eventId, const Actor &actor);
    // NOT_FOUND when the caller holds no confirmed booking for the event.
    Result<BookingOutcome> cancel(qint64 eventId, const Actor &actor);
    // An organiser or admin cancels one booking of their event (its holder is told); NOT_FOUND when
    // the event has no such confirmed booking. The seat goes to the waiting list first.
    Result<BookingOutcome> remove(qint64 eventId, qint64 bookingId, const Actor &actor);
    Result<QList<Booking>> mine(qint64 userId);
    Result<QList<Booking>> forEvent(qint64 eventId);

private:
    storage::Database &m_db;
    LiveFeed *m_live;
};

} // namespace eventbook::services
