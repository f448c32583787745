#pragma once

#include <QDateTime>
#include <QString>

// Mail and calendar (issue 21): what the server and the app exchange about a user's mail settings
// and the outbox's state.
namespace eventbook {

// A user's mail settings (GET/PUT /api/profile/mail). Confirmations, cancellations and security
// notices always go; reminders and news can be turned off.
struct MailSettings {
    QString language = QStringLiteral("en"); // en, de or fr
    bool reminders = true;
    bool news = true;
    QString calendarFeedUrl; // the personal feed; empty until the server made one
};

// The outbox's figures (admin, /metrics).
struct MailStats {
    bool enabled = false; // SMTP_URL configured
    qint64 queued = 0;
    qint64 sent = 0;
    qint64 failed = 0;
    qint64 dropped = 0;
    qint64 oldestQueuedAgeMs = 0; // 0 when nothing waits
};

// One mail as the admin console lists it.
struct OutboxEntry {
    qint64 id = 0;
    QString kind;
    QString recipient;
    QString state; // queued, sent, failed, dropped
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime nextAttemptAt;
    QDateTime sentAt;
};

} // namespace eventbook
