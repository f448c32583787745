#pragma once

#include "api_client.h"
#include "eventbook/common/mail_types.h"

namespace eventbook::client {

// The outbox as the admin console shows it.
struct MailOverview {
    MailStats stats;
    QList<OutboxEntry> mails;
};

// Mail and calendar (API.md "Mail and calendar"): the user's mail settings and feed, calendar
// files of events and bookings, and the admins' view of the outbox.
class MailApi {
public:
    explicit MailApi(ApiClient &api)
        : m_api(api) {}

    void settings(ApiClient::Done<MailSettings> done);
    // language, reminders and news are sent; the feed URL is the server's.
    void updateSettings(const MailSettings &s, ApiClient::Done<MailSettings> done);
    void resetFeed(ApiClient::Done<MailSettings> done);
    // The .ics of an event (public) or of one of the user's bookings.
    void eventCalendar(qint64 eventId, ApiClient::Done<QByteArray> done);
    void bookingCalendar(qint64 bookingId, ApiClient::Done<QByteArray> done);
    // `state` empty for every mail.
    void overview(const QString &state, ApiClient::Done<MailOverview> done);

private:
    void calendar(const QString &path, ApiClient::Done<QByteArray> done);
    ApiClient &m_api;
};

} // namespace eventbook::client
