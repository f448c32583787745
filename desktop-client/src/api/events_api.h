#pragma once

#include "api_client.h"

namespace eventbook::client {

// The event and booking routes of API.md, typed, over the app's ApiClient.
class EventsApi {
public:
    explicit EventsApi(ApiClient &api)
        : m_api(api) {}

    void list(const EventListQuery &query, ApiClient::Done<EventPage> done);
    void get(qint64 id, ApiClient::Done<Event> done);
    void book(qint64 eventId, ApiClient::Done<Booking> done);
    void cancel(qint64 eventId, ApiClient::Done<Booking> done);
    void myBookings(ApiClient::Done<QList<Booking>> done);

private:
    ApiClient &m_api;
};

} // namespace eventbook::client
