#include "waitlist_service.h"

#include "audit_trail.h"
#include "event_lock.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "storage/booking_repository.h"
#include "storage/event_repository.h"
#include "storage/time_codec.h"
#include "storage/transaction.h"
#include "storage/waitlist_repository.h"

namespace eventbook::services {
using namespace eventbook::storage;
namespace k = eventbook::keys;

Result<WaitlistEntry> WaitlistService::join(qint64 eventId, const Actor &actor) {
    return withTransaction(m_db, [&](Transaction &tx) -> Result<WaitlistEntry> {
        EventRepository events(m_db);
        EB_TRY(lockEvent(events, eventId));
        auto event = events.get(eventId);
        if (!event)
            return event.error();
        if (event->date.toMSecsSinceEpoch() <= nowMs())
            return Error::make(ErrorCode::EventPast, QStringLiteral("This event has already taken place"));
        auto held = BookingRepository(m_db).hasConfirmed(actor.id, eventId);
        if (!held)
            return held.error();
        if (*held)
            return Error::make(ErrorCode::AlreadyBooked, QStringLiteral("You have already booked this event"));
        if (event->availableSlots > 0)
            return Error::make(ErrorCode::EventNotFull,
                               QStringLiteral("This event has seats left: book one instead of waiting"));
        auto entry = WaitlistRepository(m_db).add(eventId, actor.id, nowMs());
        if (!entry) {
            if (entry.error().code == ErrorCode::Conflict)
                return Error::make(ErrorCode::AlreadyWaiting,
                                   QStringLiteral("You are already on the waiting list for this event"));
            return entry.error();
        }
        auto count = events.addToWaitlistCount(eventId, 1);
        if (!count)
            return count.error();
        event->waitlistCount = *count;
        entry->event = *event;
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("WAITLIST_JOIN"), audit::kEvent, eventId,
                           {{k::position, entry->position}, {k::waitlistCount, *count}}));
        LiveBatch live(m_live, m_db);
        EB_TRY(live.add(LiveEvent::slots(eventId, event->availableSlots, *count)));
        EB_TRY(tx.commit());
        live.publish();
        return *entry;
    });
}

Result<Event> WaitlistService::leave(qint64 eventId, const Actor &actor) {
    return withTransaction(m_db, [&](Transaction &tx) -> Result<Event> {
        EventRepository events(m_db);
        EB_TRY(lockEvent(events, eventId));
        auto removed = WaitlistRepository(m_db).remove(eventId, actor.id);
        if (!removed)
            return removed.error();
        if (!*removed)
            return Error::make(ErrorCode::NotFound, QStringLiteral("You are not on the waiting list for this event"));
        auto count = events.addToWaitlistCount(eventId, -1);
        if (!count)
            return count.error();
        auto event = events.get(eventId);
        if (!event)
            return event.error();
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("WAITLIST_LEAVE"), audit::kEvent, eventId,
                           {{k::waitlistCount, *count}}));
        LiveBatch live(m_live, m_db);
        EB_TRY(live.add(LiveEvent::slots(eventId, event->availableSlots, *count)));
        EB_TRY(tx.commit());
        live.publish();
        return *event;
    });
}

Result<QList<WaitlistEntry>> WaitlistService::mine(qint64 userId) {
    return m_db.withRetry([&] { return WaitlistRepository(m_db).ofUser(userId); });
}

Result<QList<WaitlistEntry>> WaitlistService::queue(qint64 eventId) {
    return m_db.withRetry([&]() -> Result<QList<WaitlistEntry>> {
        EB_TRY(EventRepository(m_db).get(eventId));
        return WaitlistRepository(m_db).queue(eventId);
    });
}

} // namespace eventbook::services
