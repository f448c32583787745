#pragma once

#include "eventbook/common/result.h"
#include "storage/event_repository.h"

namespace eventbook::services {

// The event's row for the rest of the transaction, taken first by every change to its seats or
// its waiting list so that two such changes never wait on each other in opposite orders.
// NOT_FOUND when there is no such event.
inline Result<void> lockEvent(storage::EventRepository &events, qint64 eventId) {
    auto locked = events.lock(eventId);
    if (!locked)
        return locked.error();
    if (!*locked)
        return Error::make(ErrorCode::NotFound, QStringLiteral("Event not found"));
    return {};
}

} // namespace eventbook::services
