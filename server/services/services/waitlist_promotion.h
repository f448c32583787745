#pragma once

#include "actor.h"
#include "eventbook/common/result.h"
#include "live_feed.h"

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

namespace eventbook::services {

struct SeatsAfter {
    int availableSlots = 0;
    int waitlistCount = 0;
    int promoted = 0;
};

// Hands an event's free seats to the first people on its waiting list, inside the caller's
// transaction, after the caller freed seats (a cancellation, more seats, an account removed, an
// admin cancelling a booking) and while it holds the event's row. Each promoted person gets a
// confirmed booking, a notification and WAITLIST_PROMOTED (staged into `live`), and an audit
// entry; so no seat is free while someone waits, and none is given twice. A past event keeps its
// seats. The event's figures after it.
Result<SeatsAfter> promoteWaiting(storage::Database &db, qint64 eventId, const Actor &actor, LiveBatch &live);

// An account leaving (deleted or anonymised), after its bookings were cancelled: takes it off every
// waiting list, hands each returned seat to the event's list, and stages BOOKING_CANCELLED for
// the returned seats and SLOT_UPDATE for the lists it left, each with the figures after.
Result<void> settleLeavingUser(storage::Database &db, qint64 userId, const QList<std::pair<qint64, qint64>> &released,
                               const Actor &actor, LiveBatch &live);

} // namespace eventbook::services
