#pragma once

#include "api_client.h"

#include <QJsonValue>
#include <QUrl>

// What the typed endpoint groups (EventsApi, NotificationsApi, ProfileApi, AdminApi) share: the
// JSON answer turned into the caller's type under the caller's owner.
namespace eventbook::client::endpoint {

template <typename T, typename F> ApiClient::Done<QJsonValue> mapTo(ApiClient::Done<T> done, F convert) {
    return done.template adapt<QJsonValue>([done, convert](const Result<QJsonValue> &r) {
        if (!r)
            return done(r.error());
        done(convert(*r));
    });
}

inline Unit nothing(const QJsonValue &) {
    return {};
}

inline QString encoded(const QString &s) {
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace eventbook::client::endpoint
