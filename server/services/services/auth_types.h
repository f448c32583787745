#pragma once

#include "eventbook/common/domain.h"

#include <QDateTime>
#include <QString>

namespace eventbook::services {

struct AuthSession {
    User user;
    QString accessToken;
    QString refreshToken;
    QDateTime refreshExpiresAt;
};

// Who is calling, once the access token and its token version have been checked.
struct AuthUser {
    qint64 id = 0;
    bool isAdmin = false; // role == Role::Admin
    Role role = Role::Attendee;
    qint64 expiresAt = 0; // the access token's `exp`, seconds since the epoch
    QString sessionId;    // the session (refresh-token family) the token belongs to
    QList<qint64> events; // authenticateLive only: the events the user holds a scope on
};

struct RegisterInput {
    QString email;
    QString password;
    QString name;
};

} // namespace eventbook::services
