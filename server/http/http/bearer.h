#pragma once

#include "eventbook/common/result.h"
#include "http_request.h"
#include "services/auth_service.h"

namespace eventbook::http {

// Authenticates the caller from `Authorization: Bearer <token>`. Runs on a pool thread (it
// reads the user row to check the token version).
Result<services::AuthUser> authenticate(services::AuthService &auth, const HttpRequest &request);
// The token's claims once its signature and expiry are checked; the row is not read.
Result<services::AccessClaims> bearerClaims(const services::AuthService &auth, const HttpRequest &request);

} // namespace eventbook::http
