#pragma once

#include "api_client.h"

namespace eventbook::client {

// The signed-in user's inbox (API.md "Notifications"), typed, over the app's ApiClient.
class NotificationsApi {
public:
    explicit NotificationsApi(ApiClient &api)
        : m_api(api) {}

    void list(int page, int limit, bool unreadOnly, ApiClient::Done<NotificationPage> done);
    void markRead(qint64 id, ApiClient::Done<Unit> done);
    void markAllRead(ApiClient::Done<Unit> done);

private:
    ApiClient &m_api;
};

} // namespace eventbook::client
