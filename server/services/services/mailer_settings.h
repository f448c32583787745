#pragma once

#include "mail/mail_message.h"
#include "mail/smtp_sender.h"

#include <QString>

namespace eventbook::services {

// The mailer's settings (docs/operations.md "Mail"); environment names in the comments.
struct MailerSettings {
    bool enabled = false;      // SMTP_URL is set
    mail::SmtpSettings smtp;   // SMTP_URL, SMTP_USER, SMTP_PASSWORD(_FILE), SMTP_CA_FILE, SMTP_REQUIRE_TLS
    mail::Mailbox from;        // MAIL_FROM ("EventBook <events@example.org>")
    QString publicUrl;         // PUBLIC_URL: links in mails and the calendar feed's address
    QString timeZone = QStringLiteral("UTC"); // MAIL_TIME_ZONE: how times read in mails
    qint64 reminderWindowMs = 24LL * 3600 * 1000; // MAIL_REMINDER_HOURS; 0 turns reminders off
    int maxAttempts = 8;                          // MAIL_MAX_ATTEMPTS, then the mail is failed
    qint64 retryBaseMs = 30'000;                  // MAIL_RETRY_BASE_MS: the first retry's delay, doubled each time
    qint64 retryMaxMs = 3'600'000;                // MAIL_RETRY_MAX_MS: the longest delay
    qint64 staleMs = 72LL * 3600 * 1000;          // MAIL_STALE_HOURS: older unsent mails are dropped
    int pollMs = 2'000;                           // MAIL_POLL_MS: how often the outbox is looked at
    int batch = 10;                               // mails claimed at once
    qint64 leaseMs = 10LL * 60 * 1000;            // a claim's lease (longer than a batch can take)

    // The host part for Message-IDs and calendar UIDs: PUBLIC_URL's host, else MAIL_FROM's domain.
    QString idHost() const;
};

} // namespace eventbook::services
