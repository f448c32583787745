#include "booking_service.h"

#include "audit_trail.h"
#include "event_lock.h"
#include "mail_queue.h"
#include "waitlist_promotion.h"
#include "storage/database.h"
#include "eventbook/common/json_keys.h"
#include "storage/booking_repository.h"
#include "storage/event_repository.h"
#include "storage/notification_repository.h"
#include "storage/time_codec.h"
#include "storage/transaction.h"

namespace eventbook::services {
using namespace eventbook::storage;
namespace k = eventbook::keys;

Result<BookingOutcome> BookingService::book(qint64 eventId, const Actor &actor) {
    return withTransaction(m_db, [&](Transaction &tx) -> Result<BookingOutcome> {
        EventRepository events(m_db);
        auto event = events.get(eventId);
        if (!event)
            return event.error();
        if (event->date.toMSecsSinceEpoch() <= nowMs())
            return Error::make(ErrorCode::EventPast, QStringLiteral("This event has already taken place"));
        BookingRepository bookings(m_db);
        // Answers the common case without touching the seat count; the unique index below
        // settles the race between two requests of one user.
        auto held = bookings.hasConfirmed(actor.id, eventId);
        if (!held)
            return held.error();
        if (*held)
            return Error::make(ErrorCode::AlreadyBooked,
                               QStringLiteral("You have already booked this event"));
        // The count this decrement left (other bookings may have committed since the event was read).
        auto left = events.takeSlot(eventId);
        if (!left)
            return left.error();
        if (!*left)
            return Error::make(ErrorCode::EventFull, QStringLiteral("This event is fully booked"));
        auto booking = bookings.insertConfirmed(actor.id, eventId);
        if (!booking)
            return booking.error();
        booking->event = *event;
        booking->event->availableSlots = **left;
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("BOOKING_CREATE"), audit::kBooking, booking->id,
                           {{k::eventId, eventId}, {k::availableSlots, **left}}));
        EB_TRY(outbox::queueForUser(m_db, outbox::kBookingConfirmed, actor.id, outbox::eventPayload(*event),
                                    booking->id));
        LiveBatch live(m_live, m_db);
        EB_TRY(live.add(
            LiveEvent::booking(LiveEvent::Kind::BookingCreated, eventId, booking->id, actor.id, **left)));
        EB_TRY(tx.commit());
        live.publish();
        return BookingOutcome{*booking, **left};
    });
}

Result<BookingOutcome> BookingService::cancel(qint64 eventId, const Actor &actor) {
    return withTransaction(m_db, [&](Transaction &tx) -> Result<BookingOutcome> {
        EventRepository events(m_db);
        // The event row first, as booking does, so a booking and a cancellation of one user
        // never wait on each other in opposite orders.
        EB_TRY(lockEvent(events, eventId));
        auto cancelled = BookingRepository(m_db).cancelConfirmed(actor.id, eventId);
        if (!cancelled)
            return cancelled.error();
        if (!cancelled->has_value())
            return Error::make(ErrorCode::NotFound, QStringLiteral("You have no booking for this event"));
        EB_TRY(events.returnSlot(eventId));
        LiveBatch live(m_live, m_db);
        // The seat goes to the first in line before anyone else can see it free.
        EB_TRY(promoteWaiting(m_db, eventId, actor, live));
        auto event = events.get(eventId);
        if (!event)
            return event.error();
        Booking booking = **cancelled;
        booking.event = *event;
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("BOOKING_CANCEL"), audit::kBooking, booking.id,
                           {{k::eventId, eventId}, {k::availableSlots, event->availableSlots}}));
        EB_TRY(outbox::queueForUser(m_db, outbox::kBookingCancelled, actor.id, outbox::eventPayload(*event),
                                    booking.id));
        LiveEvent gone = LiveEvent::booking(LiveEvent::Kind::BookingCancelled, eventId, booking.id, actor.id,
                                            event->availableSlots);
        gone.waitlistCount = event->waitlistCount;
        EB_TRY(live.add(gone));
        EB_TRY(tx.commit());
        live.publish();
        return BookingOutcome{booking, event->availableSlots};
    });
}

Result<BookingOutcome> BookingService::remove(qint64 eventId, qint64 bookingId, const Actor &actor) {
    return withTransaction(m_db, [&](Transaction &tx) -> Result<BookingOutcome> {
        EventRepository events(m_db);
        EB_TRY(lockEvent(events, eventId));
        auto cancelled = BookingRepository(m_db).cancelById(bookingId, eventId);
        if (!cancelled)
            return cancelled.error();
        if (!cancelled->has_value())
            return Error::make(ErrorCode::NotFound, QStringLiteral("This event has no confirmed booking %1").arg(bookingId));
        EB_TRY(events.returnSlot(eventId));
        LiveBatch live(m_live, m_db);
        EB_TRY(promoteWaiting(m_db, eventId, actor, live));
        auto event = events.get(eventId);
        if (!event)
            return event.error();
        Booking booking = **cancelled;
        booking.event = *event;
        Notification n;
        n.userId = booking.userId;
        n.title = QStringLiteral("Booking cancelled: %1").arg(event->title);
        n.body = QStringLiteral("The organisers of \u201c%1\u201d cancelled your booking.").arg(event->title);
        n.type = QStringLiteral("booking_cancelled");
        auto noticeId = NotificationRepository(m_db).insert(n);
        if (!noticeId)
            return noticeId.error();
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("BOOKING_CANCEL"), audit::kBooking, booking.id,
                           {{k::eventId, eventId},
                            {k::userId, booking.userId},
                            {k::availableSlots, event->availableSlots},
                            {QStringLiteral("byOrganiser"), true}}));
        EB_TRY(outbox::queueForUser(m_db, outbox::kBookingRemoved, booking.userId, outbox::eventPayload(*event),
                                    booking.id));
        LiveEvent gone = LiveEvent::booking(LiveEvent::Kind::BookingCancelled, eventId, booking.id, booking.userId,
                                            event->availableSlots);
        gone.waitlistCount = event->waitlistCount;
        EB_TRY(live.add(gone));
        EB_TRY(live.add(LiveEvent::notification(n.title, n.type, {{booking.userId, *noticeId}})));
        EB_TRY(tx.commit());
        live.publish();
        return BookingOutcome{booking, event->availableSlots};
    });
}

Result<QList<Booking>> BookingService::mine(qint64 userId) {
    return m_db.withRetry([&] { return BookingRepository(m_db).listForUser(userId); });
}

Result<QList<Booking>> BookingService::forEvent(qint64 eventId) {
    return m_db.withRetry([&]() -> Result<QList<Booking>> {
        EB_TRY(EventRepository(m_db).get(eventId));
        return BookingRepository(m_db).listForEvent(eventId);
    });
}

} // namespace eventbook::services
