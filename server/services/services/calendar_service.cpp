#include "calendar_service.h"

#include "audit_trail.h"
#include "crypto_random.h"
#include "event_version.h"
#include "mail_composer.h"
#include "eventbook/common/validation.h"
#include "mail/ics_writer.h"
#include "storage/booking_repository.h"
#include "storage/calendar_repository.h"
#include "storage/database.h"
#include "storage/event_repository.h"
#include "storage/mail_settings_repository.h"
#include "storage/time_codec.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"

#include <QRegularExpression>

namespace eventbook::services {
using namespace eventbook::storage;
using eventbook::mail::CalendarEntry;
using eventbook::mail::CalendarMethod;

namespace {
constexpr int kSecretBytes = 32;
constexpr qint64 kFeedPastMs = 30LL * 24 * 3600 * 1000; // a month back: last week's events stay visible

Error notFound(const QString &what) {
    return Error::make(ErrorCode::NotFound, what);
}

Error fieldError(const QString &field, const QString &message) {
    return Error::make(ErrorCode::ValidationError, message, validation::toJson({{field, message}}));
}

bool wellFormedSecret(const QString &s) {
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{16,128}$"));
    return shape.match(s).hasMatch();
}
} // namespace

QString CalendarService::feedUrl(const QString &secret) const {
    return m_settings.publicUrl + QStringLiteral("/api/calendar/feed/") + secret + QStringLiteral(".ics");
}

Result<QByteArray> CalendarService::eventCalendar(qint64 eventId) {
    return m_db.withRetry([&]() -> Result<QByteArray> {
        auto now = readEventVersion(m_db, eventId);
        if (!now)
            return now.error();
        const Event *event = &now->event;
        CalendarEntry e;
        e.uid = QStringLiteral("event-%1@%2").arg(eventId).arg(m_settings.idHost());
        e.sequence = now->revision;
        e.summary = event->title;
        e.location = event->location;
        e.description = event->description;
        e.start = event->date;
        e.stamp = event->updatedAt.isValid() ? event->updatedAt : QDateTime::currentDateTimeUtc();
        return eventbook::mail::writeCalendar({e}, CalendarMethod::Publish);
    });
}

Result<QByteArray> CalendarService::bookingCalendar(qint64 bookingId, const Actor &actor) {
    return m_db.withRetry([&]() -> Result<QByteArray> {
        auto found = BookingRepository(m_db).findById(bookingId);
        if (!found)
            return found.error();
        // Someone else's booking is not found, as with its ticket.
        if (!found->has_value() || (!actor.isAdmin && (*found)->userId != actor.id))
            return notFound(QStringLiteral("Booking not found"));
        const Booking &b = **found;
        auto now = readEventVersion(m_db, b.eventId);
        if (!now)
            return now.error();
        const Event *event = &now->event;
        CalendarEntry e;
        e.uid = MailComposer::bookingUid(b.id, m_settings.idHost());
        const bool cancelled = b.status != BookingStatus::Confirmed;
        e.sequence = now->revision + (cancelled ? 1 : 0);
        e.summary = event->title;
        e.location = event->location;
        e.description = event->description;
        e.start = event->date;
        e.stamp = QDateTime::currentDateTimeUtc();
        e.cancelled = cancelled;
        return eventbook::mail::writeCalendar({e}, CalendarMethod::Publish);
    });
}

Result<QByteArray> CalendarService::feed(const QString &secret) {
    if (!wellFormedSecret(secret))
        return notFound(QStringLiteral("No such calendar feed"));
    return m_db.withRetry([&]() -> Result<QByteArray> {
        auto owner = MailSettingsRepository(m_db).userByCalendarToken(secret);
        if (!owner)
            return owner.error();
        if (!owner->has_value())
            return notFound(QStringLiteral("No such calendar feed"));
        auto user = UserRepository(m_db).get(**owner);
        if (!user)
            return user.error();
        auto rows = CalendarRepository(m_db).bookedEvents(**owner, nowMs() - kFeedPastMs);
        if (!rows)
            return rows.error();
        QList<CalendarEntry> entries;
        for (const CalendarRow &r : std::as_const(*rows)) {
            CalendarEntry e;
            e.uid = MailComposer::bookingUid(r.bookingId, m_settings.idHost());
            e.sequence = r.revision;
            e.summary = r.title;
            e.location = r.location;
            e.description = r.description;
            e.start = r.startsAt;
            e.stamp = QDateTime::currentDateTimeUtc();
            entries.append(e);
        }
        return eventbook::mail::writeCalendar(entries, CalendarMethod::Publish,
                                              QStringLiteral("EventBook: %1").arg(user->user.name));
    });
}

Result<MailSettings> CalendarService::settings(qint64 userId) {
    return m_db.withRetry([&]() -> Result<MailSettings> {
        MailSettingsRepository repo(m_db);
        auto s = repo.get(userId);
        if (!s)
            return s.error();
        if (!s->has_value())
            return notFound(QStringLiteral("User not found"));
        auto token = repo.calendarToken(userId);
        if (!token)
            return token.error();
        QString secret = *token;
        if (secret.isEmpty()) {
            secret = randomToken(kSecretBytes);
            EB_TRY(repo.setCalendarToken(userId, secret));
        }
        MailSettings out = **s;
        out.calendarFeedUrl = feedUrl(secret);
        return out;
    });
}

Result<MailSettings> CalendarService::updateSettings(qint64 userId, const MailSettings &in, const Actor &actor) {
    static const QStringList languages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
    if (!languages.contains(in.language))
        return fieldError(QStringLiteral("language"), QStringLiteral("language must be en, de or fr"));
    auto stored = withTransaction(m_db, [&](Transaction &tx) -> Result<void> {
        EB_TRY(MailSettingsRepository(m_db).set(userId, in));
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("MAIL_SETTINGS"), audit::kUser, userId,
                           {{QStringLiteral("language"), in.language},
                            {QStringLiteral("reminders"), in.reminders},
                            {QStringLiteral("news"), in.news}}));
        return tx.commit();
    });
    if (!stored)
        return stored.error();
    return settings(userId);
}

Result<MailSettings> CalendarService::resetFeed(qint64 userId, const Actor &actor) {
    auto reset = withTransaction(m_db, [&](Transaction &tx) -> Result<void> {
        EB_TRY(MailSettingsRepository(m_db).setCalendarToken(userId, randomToken(kSecretBytes)));
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("CALENDAR_FEED_RESET"), audit::kUser, userId));
        return tx.commit();
    });
    if (!reset)
        return reset.error();
    return settings(userId);
}

Result<void> CalendarService::unsubscribe(const QString &token, const QString &list) {
    QString column;
    if (list == QLatin1String("reminders"))
        column = QStringLiteral("mail_reminders");
    else if (list == QLatin1String("news"))
        column = QStringLiteral("mail_news");
    else
        return fieldError(QStringLiteral("list"), QStringLiteral("list must be reminders or news"));
    if (!wellFormedSecret(token))
        return notFound(QStringLiteral("This unsubscribe link is not valid"));
    auto done = m_db.withRetry([&] { return MailSettingsRepository(m_db).unsubscribe(token, column); });
    if (!done)
        return done.error();
    if (!*done)
        return notFound(QStringLiteral("This unsubscribe link is not valid"));
    return {};
}

} // namespace eventbook::services
