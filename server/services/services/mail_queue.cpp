#include "mail_queue.h"

#include "storage/outbox_repository.h"
#include "storage/time_codec.h"

namespace eventbook::services::outbox {
using namespace eventbook::storage;

namespace {
MailList listOf(const QString &kind) {
    if (kind == kReminder)
        return MailList::Reminders;
    if (kind == kAnnouncement)
        return MailList::News;
    return MailList::Essential;
}
} // namespace

// Small: it is written in every booking's transaction. The mailer reads the event again when it
// sends (MailComposer shows it as it is then); this is what a mail says when the event is gone.
QJsonObject eventPayload(const Event &event) {
    return {{QStringLiteral("eventId"), event.id},
            {QStringLiteral("title"), event.title},
            {QStringLiteral("location"), event.location},
            {QStringLiteral("startsAt"), event.date.toMSecsSinceEpoch()}};
}

Result<void> queueForUser(Database &db, const QString &kind, qint64 userId, const QJsonObject &payload,
                          qint64 bookingId, const QString &recipient) {
    MailDraft draft{kind, userId, recipient, bookingId, payload, listOf(kind)};
    auto written = OutboxRepository(db).enqueue(draft, nowMs());
    if (!written)
        return written.error();
    return {};
}

Result<void> queueForHolders(Database &db, const QString &kind, qint64 eventId, const QJsonObject &payload) {
    MailDraft draft{kind, 0, {}, 0, payload, listOf(kind)};
    auto written = OutboxRepository(db).enqueueForHolders(eventId, draft, nowMs());
    if (!written)
        return written.error();
    return {};
}

Result<void> queueForEveryone(Database &db, const QString &kind, const QJsonObject &payload) {
    MailDraft draft{kind, 0, {}, 0, payload, listOf(kind)};
    auto written = OutboxRepository(db).enqueueForEveryone(draft, nowMs());
    if (!written)
        return written.error();
    return {};
}

} // namespace eventbook::services::outbox
