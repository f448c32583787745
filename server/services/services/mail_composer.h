#pragma once

#include "mailer_settings.h"
#include "mail/mail_message.h"

#include <QJsonObject>

namespace eventbook::storage {
struct OutboxRow;
}

namespace eventbook::services {
class TicketSigner;

// What the composer needs beyond the outbox row, read by the mailer when it sends.
struct ComposeExtras {
    int sequence = 0;         // the event's revision now (the calendar entry's SEQUENCE)
    QString unsubscribeToken; // reminders and announcements: the user's unsubscribe key
};

// Turns an outbox row into the mail that goes out, in the recipient's language: subject, plain
// text and HTML, the ticket's QR code and a calendar file where the kind has them.
class MailComposer {
public:
    MailComposer(const MailerSettings &settings, const TicketSigner &tickets)
        : m_settings(settings)
        , m_tickets(tickets) {}

    ::eventbook::mail::Message compose(const storage::OutboxRow &row, const ComposeExtras &extras) const;
    // The calendar entry's UID of a booking (mails and the personal feed agree on it).
    static QString bookingUid(qint64 bookingId, const QString &host);

private:
    const MailerSettings &m_settings;
    const TicketSigner &m_tickets;
};

} // namespace eventbook::services
