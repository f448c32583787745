#pragma once

#include "eventbook/common/domain.h"
#include "eventbook/common/result.h"
#include "storage/calendar_repository.h"
#include "storage/event_repository.h"

namespace eventbook::services {

// An event as it is now with its calendar version (events.revision, an entry's SEQUENCE): what a
// calendar file or a mail sent late shows. NOT_FOUND when the event is gone.
struct EventVersion {
    Event event;
    int revision = 0;
};

inline Result<EventVersion> readEventVersion(storage::Database &db, qint64 eventId) {
    auto event = storage::EventRepository(db).get(eventId);
    if (!event)
        return event.error();
    auto revision = storage::CalendarRepository(db).revision(eventId);
    if (!revision)
        return revision.error();
    return EventVersion{*event, *revision};
}

} // namespace eventbook::services
