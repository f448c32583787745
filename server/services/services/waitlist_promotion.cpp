#include "waitlist_promotion.h"

#include "audit_trail.h"
#include "mail_queue.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "storage/booking_repository.h"
#include "storage/event_repository.h"
#include "storage/notification_repository.h"
#include "storage/time_codec.h"
#include "storage/waitlist_repository.h"

namespace eventbook::services {
using namespace eventbook::storage;
namespace k = eventbook::keys;

Result<SeatsAfter> promoteWaiting(Database &db, qint64 eventId, const Actor &actor, LiveBatch &live) {
    EventRepository events(db);
    auto event = events.get(eventId);
    if (!event)
        return event.error();
    SeatsAfter after{event->availableSlots, event->waitlistCount, 0};
    if (after.availableSlots <= 0 || after.waitlistCount <= 0 || event->date.toMSecsSinceEpoch() <= nowMs())
        return after;
    WaitlistRepository waitlist(db);
    auto head = waitlist.head(eventId, after.availableSlots);
    if (!head)
        return head.error();
    BookingRepository bookings(db);
    NotificationRepository notifications(db);
    for (const WaitlistEntry &next : *head) {
        auto left = events.takeSlot(eventId);
        if (!left)
            return left.error();
        if (!*left) // cannot happen under the event's row lock; never give a seat that is not there
            break;
        auto booking = bookings.insertConfirmed(next.userId, eventId);
        if (!booking)
            return booking.error();
        EB_TRY(waitlist.removeEntry(next.id));
        after.availableSlots = **left;
        ++after.promoted;
        Notification n;
        n.userId = next.userId;
        n.title = QStringLiteral("You have a seat: %1").arg(event->title);
        n.body = QStringLiteral("A seat came free at \u201c%1\u201d on %2 at %3, and it is yours: your booking is "
                                "confirmed.")
                     .arg(event->title, codec::formatTime(event->date), event->location);
        n.type = QStringLiteral("waitlist_promoted");
        auto noticeId = notifications.insert(n);
        if (!noticeId)
            return noticeId.error();
        EB_TRY(recordAudit(db, actor, QStringLiteral("WAITLIST_PROMOTE"), audit::kBooking, booking->id,
                           {{k::eventId, eventId},
                            {k::userId, next.userId},
                            {k::availableSlots, after.availableSlots},
                            {k::joinedAt, codec::formatTime(next.joinedAt)}}));
        EB_TRY(outbox::queueForUser(db, outbox::kWaitlistPromoted, next.userId, outbox::eventPayload(*event),
                                    booking->id));
        LiveEvent created =
            LiveEvent::booking(LiveEvent::Kind::BookingCreated, eventId, booking->id, next.userId, **left);
        created.waitlistCount = after.waitlistCount - after.promoted;
        EB_TRY(live.add(created));
        LiveEvent promoted = LiveEvent::booking(LiveEvent::Kind::WaitlistPromoted, eventId, booking->id,
                                                next.userId, **left);
        EB_TRY(live.add(promoted));
        EB_TRY(live.add(LiveEvent::notification(n.title, n.type, {{next.userId, *noticeId}})));
    }
    if (after.promoted > 0) {
        auto count = events.addToWaitlistCount(eventId, -after.promoted);
        if (!count)
            return count.error();
        after.waitlistCount = *count;
    }
    return after;
}

Result<void> settleLeavingUser(Database &db, qint64 userId, const QList<std::pair<qint64, qint64>> &released,
                               const Actor &actor, LiveBatch &live) {
    EventRepository events(db);
    auto left = WaitlistRepository(db).removeUser(userId);
    if (!left)
        return left.error();
    for (qint64 eventId : *left) {
        auto count = events.addToWaitlistCount(eventId, -1);
        if (!count)
            return count.error();
    }
    for (const auto &[bookingId, eventId] : released) {
        auto after = promoteWaiting(db, eventId, actor, live);
        if (!after)
            return after.error();
        LiveEvent gone =
            LiveEvent::booking(LiveEvent::Kind::BookingCancelled, eventId, bookingId, userId, after->availableSlots);
        gone.waitlistCount = after->waitlistCount;
        EB_TRY(live.add(gone));
    }
    for (qint64 eventId : *left) {
        auto event = events.get(eventId);
        if (!event)
            return event.error();
        EB_TRY(live.add(LiveEvent::slots(eventId, event->availableSlots, event->waitlistCount)));
    }
    return {};
}

} // namespace eventbook::services
