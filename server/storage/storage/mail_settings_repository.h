#pragma once

#include "database.h"
#include "eventbook/common/mail_types.h"

namespace eventbook::storage {

// A booking whose reminder is due, marked reminded by the statement that found it.
struct DueReminder {
    qint64 bookingId = 0;
    qint64 eventId = 0;
    qint64 userId = 0;
};

// The users' mail settings and their two capability tokens (calendar feed, unsubscribe links),
// and the reminders' bookkeeping (sql/*/0006_mail.sql).
class MailSettingsRepository {
public:
    explicit MailSettingsRepository(Database &db)
        : m_db(db) {}

    // The settings without the feed URL (the service makes it); nullopt: no such user.
    Result<std::optional<MailSettings>> get(qint64 userId);
    Result<void> set(qint64 userId, const MailSettings &s);
    // The calendar token, empty when the user has none yet.
    Result<QString> calendarToken(qint64 userId);
    // Replaces the token (the old feed URL stops working at once).
    Result<void> setCalendarToken(qint64 userId, const QString &token);
    // Whose feed this is; nullopt: no account has it (or it was reset).
    Result<std::optional<qint64>> userByCalendarToken(const QString &token);
    // The unsubscribe links' token, made by `fresh` the first time it is needed.
    Result<QString> mailToken(qint64 userId, const QString &fresh);
    // Turns a list off for the token's owner; false: no account has this token.
    Result<bool> unsubscribe(const QString &token, const QString &column);
    // Bookings of events starting within (now, now + windowMs] that were made before the window
    // opened and have had no reminder; each is marked reminded by this same statement, so two
    // instances never both take one.
    Result<QList<DueReminder>> takeDueReminders(qint64 nowMs, qint64 windowMs);

private:
    Database &m_db;
};

} // namespace eventbook::storage
