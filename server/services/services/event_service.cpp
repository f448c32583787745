#include "event_service.h"

#include "audit_trail.h"
#include "image_store.h"
#include "mail_queue.h"
#include "waitlist_promotion.h"
#include "storage/database.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "storage/booking_repository.h"
#include "storage/calendar_repository.h"
#include "storage/event_repository.h"
#include "storage/notification_repository.h"
#include "storage/role_repository.h"
#include "storage/transaction.h"

#include <QJsonArray>

namespace eventbook::services {
using namespace eventbook::storage;
namespace k = eventbook::keys;

namespace {
QJsonArray changedFields(const EventDraft &d) {
    QJsonArray out;
    const QJsonObject fields = codec::eventDraft(d);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        out.append(it.key());
    return out;
}
} // namespace

Result<EventPage> EventService::list(const EventQuery &query) {
    return m_db.withRetry([&] { return EventRepository(m_db).list(query); });
}

Result<Event> EventService::get(qint64 id) {
    return m_db.withRetry([&] { return EventRepository(m_db).get(id); });
}

Result<Event> EventService::create(const EventDraft &d, const Actor &actor) {
    if (!d.title || !d.location || !d.date || !d.totalSlots)
        return Error::make(ErrorCode::ValidationError,
                           QStringLiteral("title, location, date and totalSlots are required"));
    Event e;
    e.title = *d.title;
    e.description = d.description.value_or(QString(QLatin1StringView("")));
    e.location = *d.location;
    e.date = *d.date;
    e.totalSlots = *d.totalSlots;
    e.tags = d.tags.value_or(QStringList());
    e.image = d.image.value_or(QString());
    if (actor.id > 0)
        e.createdBy = actor.id;
    return withTransaction(m_db, [&](Transaction &tx) -> Result<Event> {
        auto image = images::intern(m_db, e.image, QStringLiteral("image"));
        if (!image)
            return image.error();
        e.image = *image;
        EventRepository events(m_db);
        auto id = events.insert(e);
        if (!id)
            return id.error();
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("EVENT_CREATE"), audit::kEvent, *id,
                           {{k::title, e.title}, {k::totalSlots, e.totalSlots}}));
        // An organiser's event is theirs from the same commit: they can edit it at once.
        const bool organiser = actor.role == Role::Organiser && actor.id > 0;
        if (organiser) {
            EB_TRY(RoleRepository(m_db).grant(*id, actor.id, Role::Organiser, actor.id));
        }
        auto stored = events.get(*id);
        if (!stored)
            return stored.error();
        LiveBatch live(m_live, m_db);
        EB_TRY(live.add(LiveEvent::event(LiveEvent::Kind::EventCreated, *id, organiser ? actor.id : 0)));
        EB_TRY(tx.commit());
        live.publish();
        return *stored;
    });
}

Result<Event> EventService::update(qint64 id, const EventDraft &d, bool replace, const Actor &actor) {
    return withTransaction(m_db, [&](Transaction &tx) -> Result<Event> {
        EventRepository events(m_db);
        auto found = events.get(id);
        if (!found)
            return found.error();
        Event e = *found;
        e.title = d.title.value_or(e.title);
        e.location = d.location.value_or(e.location);
        e.date = d.date.value_or(e.date);
        if (replace) {
            e.description = d.description.value_or(QString(QLatin1StringView("")));
            e.tags = d.tags.value_or(QStringList());
            e.image = d.image.value_or(QString());
        } else {
            e.description = d.description.value_or(e.description);
            e.tags = d.tags.value_or(e.tags);
            e.image = d.image.value_or(e.image);
        }
        if (e.image != found->image) { // what is stored was interned when it was stored
            auto image = images::intern(m_db, e.image, QStringLiteral("image"));
            if (!image)
                return image.error();
            e.image = *image;
        }
        EB_TRY(events.update(e));
        if (d.totalSlots && *d.totalSlots != e.totalSlots) {
            auto resized = events.resize(id, *d.totalSlots);
            if (!resized)
                return resized.error();
            if (*resized == EventRepository::Resize::BelowBooked) {
                const int confirmed = e.totalSlots - e.availableSlots;
                return Error::make(ErrorCode::SlotsBelowBooked,
                                   QStringLiteral("totalSlots cannot be lower than the %1 confirmed bookings")
                                       .arg(confirmed),
                                   QJsonObject{{QStringLiteral("confirmedBookings"), confirmed}});
            }
        }
        EB_TRY(recordAudit(
            m_db, actor, QStringLiteral("EVENT_UPDATE"), audit::kEvent, id,
            {{QStringLiteral("fields"), changedFields(d)}, {QStringLiteral("replace"), replace}}));
        // What a calendar shows changed: a new version of every holder's entry, and a mail with it
        // (before the waiting list's promotions, who get their own confirmation).
        if (e.title != found->title || e.location != found->location || e.date != found->date ||
            e.description != found->description) {
            auto revision = CalendarRepository(m_db).bumpRevision(id);
            if (!revision)
                return revision.error();
            QJsonObject payload = outbox::eventPayload(e);
            payload.insert(QStringLiteral("revision"), *revision);
            EB_TRY(outbox::queueForHolders(m_db, outbox::kEventChanged, id, payload));
        }
        LiveBatch live(m_live, m_db);
        // More seats (or a date moved forward): the waiting list gets them first, in this transaction.
        EB_TRY(promoteWaiting(m_db, id, actor, live));
        auto stored = events.get(id);
        if (!stored)
            return stored.error();
        EB_TRY(live.add(LiveEvent::event(LiveEvent::Kind::EventUpdated, id)));
        if (stored->availableSlots != found->availableSlots || stored->waitlistCount != found->waitlistCount) {
            EB_TRY(live.add(LiveEvent::slots(id, stored->availableSlots, stored->waitlistCount)));
        }
        EB_TRY(tx.commit());
        live.publish();
        return *stored;
    });
}

Result<EventRemoval> EventService::remove(qint64 id, const Actor &actor) {
    return withTransaction(m_db, [&](Transaction &tx) -> Result<EventRemoval> {
        EventRepository events(m_db);
        auto found = events.get(id);
        if (!found)
            return found.error();
        EventRemoval removal;
        removal.event = *found;
        auto revision = CalendarRepository(m_db).revision(id);
        if (!revision)
            return revision.error();
        QJsonObject payload = outbox::eventPayload(*found);
        payload.insert(QStringLiteral("revision"), *revision);
        EB_TRY(outbox::queueForHolders(m_db, outbox::kEventCancelled, id, payload)); // while they hold it
        auto cancelled = BookingRepository(m_db).cancelAllForEvent(id);
        if (!cancelled)
            return cancelled.error();
        removal.cancelled = *cancelled;
        NotificationRepository notifications(m_db);
        LiveBatch live(m_live, m_db);
        QList<std::pair<qint64, qint64>> told;
        QString noticeTitle;
        for (const Booking &b : removal.cancelled) {
            Notification n;
            n.userId = b.userId;
            n.title = QStringLiteral("Event cancelled: %1").arg(removal.event.title);
            n.body =
                QStringLiteral("\u201c%1\u201d on %2 at %3 has been cancelled, and so has your booking.")
                    .arg(removal.event.title, codec::formatTime(removal.event.date), removal.event.location);
            n.type = QStringLiteral("event_cancelled");
            auto noticeId = notifications.insert(n);
            if (!noticeId)
                return noticeId.error();
            told.append({b.userId, *noticeId});
            noticeTitle = n.title;
        }
        EB_TRY(events.remove(id));
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("EVENT_DELETE"), audit::kEvent, id,
                           {{k::title, removal.event.title},
                            {QStringLiteral("cancelledBookings"), qint64(removal.cancelled.size())}}));
        EB_TRY(live.add(LiveEvent::event(LiveEvent::Kind::EventDeleted, id)));
        if (!told.isEmpty()) {
            EB_TRY(live.add(LiveEvent::notification(noticeTitle, QStringLiteral("event_cancelled"), told)));
        }
        EB_TRY(tx.commit());
        live.publish();
        return removal;
    });
}

} // namespace eventbook::services
