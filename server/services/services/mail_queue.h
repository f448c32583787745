#pragma once

#include "eventbook/common/domain.h"
#include "eventbook/common/result.h"

#include <QJsonObject>

namespace eventbook::storage {
class Database;
}

// Mail a change decides to send goes into the outbox inside the change's transaction
// (docs/architecture.md "Mail"): these helpers are called where the change is made, before its
// commit, and cost one INSERT … SELECT each.
namespace eventbook::services::outbox {

// The kinds of mail (outbox.kind); each has its texts in every language (mail_texts.cpp).
inline const QString kBookingConfirmed = QStringLiteral("booking_confirmed");
inline const QString kBookingCancelled = QStringLiteral("booking_cancelled");
inline const QString kBookingRemoved = QStringLiteral("booking_removed"); // by an organiser
inline const QString kWaitlistPromoted = QStringLiteral("waitlist_promoted");
inline const QString kEventChanged = QStringLiteral("event_changed");
inline const QString kEventCancelled = QStringLiteral("event_cancelled");
inline const QString kReminder = QStringLiteral("reminder");
inline const QString kAnnouncement = QStringLiteral("announcement");
inline const QString kPasswordChanged = QStringLiteral("password_changed");
inline const QString kEmailChanged = QStringLiteral("email_changed");

// What a mail about an event says, as the event is now (it may be gone when the mail is sent).
QJsonObject eventPayload(const Event &event);

// To one account (to `recipient` instead of its address when set), about `bookingId` when not 0.
// Reminders and announcements obey the user's switches; the rest always go.
Result<void> queueForUser(storage::Database &db, const QString &kind, qint64 userId, const QJsonObject &payload,
                          qint64 bookingId = 0, const QString &recipient = {});
// To every confirmed holder of the event, each about their booking.
Result<void> queueForHolders(storage::Database &db, const QString &kind, qint64 eventId, const QJsonObject &payload);
// To every account.
Result<void> queueForEveryone(storage::Database &db, const QString &kind, const QJsonObject &payload);

} // namespace eventbook::services::outbox
