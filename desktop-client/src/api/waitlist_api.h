#pragma once

#include "api_client.h"
#include "eventbook/common/domain.h"

namespace eventbook::client {

// The waiting-list routes of API.md, typed, over the app's ApiClient.
class WaitlistApi {
public:
    explicit WaitlistApi(ApiClient &api)
        : m_api(api) {}

    // My new place, with the event.
    void join(qint64 eventId, ApiClient::Done<WaitlistEntry> done);
    // The event after.
    void leave(qint64 eventId, ApiClient::Done<Event> done);
    void mine(ApiClient::Done<QList<WaitlistEntry>> done);
    // The queue of an event (its organisers and admins).
    void queue(qint64 eventId, ApiClient::Done<QList<WaitlistEntry>> done);

private:
    ApiClient &m_api;
};

} // namespace eventbook::client
