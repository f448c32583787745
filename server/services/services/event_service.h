#pragma once

#include "actor.h"
#include "eventbook/common/domain.h"
#include "eventbook/common/result.h"
#include "live_feed.h"
#include "eventbook/common/list_queries.h"
#include "eventbook/common/pages.h"

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

namespace eventbook::services {

struct EventRemoval {
    Event event;
    QList<Booking> cancelled; // the confirmed bookings the deletion cancelled
};

// Event catalogue: listing and the admin's create / replace / patch / delete. Callers have
// validated the draft's fields (validation::checkEventFields); the service enforces the rules
// that need the database (seat counts against confirmed bookings).
class EventService {
public:
    EventService(storage::Database &db, LiveFeed *live)
        : m_db(db)
        , m_live(live) {}

    Result<EventPage> list(const EventQuery &query);
    Result<Event> get(qint64 id);
    // The draft must carry title, location, date and totalSlots.
    Result<Event> create(const EventDraft &draft, const Actor &actor);
    // replace=true (PUT): absent optional fields reset (description "", no tags, no image).
    Result<Event> update(qint64 id, const EventDraft &draft, bool replace, const Actor &actor);
    // Cancels the event's bookings, notifies their holders, deletes the event.
    Result<EventRemoval> remove(qint64 id, const Actor &actor);

private:
    storage::Database &m_db;
    LiveFeed *m_live;
};

} // namespace eventbook::services
