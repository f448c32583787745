#include "notifications_api.h"

#include "endpoint_reply.h"
#include "eventbook/common/page_codecs.h"

namespace eventbook::client {
using endpoint::mapTo;

void NotificationsApi::list(int page, int limit, bool unreadOnly, ApiClient::Done<NotificationPage> done) {
    QString path = QStringLiteral("/api/notifications?page=%1&limit=%2").arg(page).arg(limit);
    if (unreadOnly)
        path += QStringLiteral("&unread=true");
    m_api.callJson("GET", path, {}, mapTo<NotificationPage>(std::move(done), [](const QJsonValue &v) {
                       return codec::notificationPageFromJson(v.toObject());
                   }));
}

void NotificationsApi::markRead(qint64 id, ApiClient::Done<Unit> done) {
    m_api.callJson("POST", QStringLiteral("/api/notifications/%1/read").arg(id), {},
                   mapTo<Unit>(std::move(done), endpoint::nothing));
}

void NotificationsApi::markAllRead(ApiClient::Done<Unit> done) {
    m_api.callJson("POST", QStringLiteral("/api/notifications/read-all"), {},
                   mapTo<Unit>(std::move(done), endpoint::nothing));
}

} // namespace eventbook::client
