#pragma once

#include "services/auth_types.h"

#include <QJsonObject>

namespace eventbook::http {

// {token, refreshToken, refreshExpiresAt[, user]}: what sign-in, refresh and a password change answer.
QJsonObject sessionJson(const services::AuthSession &session, bool withUser);

} // namespace eventbook::http
