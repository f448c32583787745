#pragma once

#include "actor.h"
#include "mailer_settings.h"
#include "eventbook/common/mail_types.h"
#include "eventbook/common/result.h"

#include <QByteArray>

namespace eventbook::storage {
class Database;
}

namespace eventbook::services {

// Calendar files (libical through mail::writeCalendar) and the users' mail settings: the public
// file of an event, a booking's own entry (the UID its mails use), the personal feed behind a
// revocable secret, and the switches and unsubscribe links.
class CalendarService {
public:
    CalendarService(storage::Database &db, const MailerSettings &settings)
        : m_db(db)
        , m_settings(settings) {}

    // NOT_FOUND for an unknown event.
    Result<QByteArray> eventCalendar(qint64 eventId);
    // The holder's (or an admin's) entry of a confirmed booking; NOT_FOUND otherwise.
    Result<QByteArray> bookingCalendar(qint64 bookingId, const Actor &actor);
    // The feed of the account whose secret this is; NOT_FOUND for any other text.
    Result<QByteArray> feed(const QString &secret);

    // The settings with the feed's URL (a secret is made the first time).
    Result<MailSettings> settings(qint64 userId);
    // VALIDATION_ERROR for a language other than en, de or fr.
    Result<MailSettings> updateSettings(qint64 userId, const MailSettings &in, const Actor &actor);
    // A new secret: the old feed URL answers 404 from now on.
    Result<MailSettings> resetFeed(qint64 userId, const Actor &actor);
    // `list` is "reminders" or "news"; NOT_FOUND for an unknown token, VALIDATION_ERROR for a list.
    Result<void> unsubscribe(const QString &token, const QString &list);

private:
    QString feedUrl(const QString &secret) const;
    storage::Database &m_db;
    const MailerSettings &m_settings;
};

} // namespace eventbook::services
