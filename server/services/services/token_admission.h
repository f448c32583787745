#pragma once

#include "auth_types.h"
#include "eventbook/common/result.h"
#include "token_signer.h"

#include <optional>

namespace eventbook::storage {
struct UserAccess;
} // namespace eventbook::storage

namespace eventbook::services {

// What a genuine token's claims and the user's row, read now, decide. The row is the authority: a
// demoted, deleted or re-passworded user's older tokens stop here, and a signed-out session's too;
// the role comes from the row, never from the token.
// `row`: the user's access row, null when the user is gone.
Result<AuthUser> admitToken(const AccessClaims &claims, const storage::UserAccess *row);

// 403 for a caller below `minimum` on a route that needs it.
Error roleRequired(Role minimum);

// A caller's standing on an event: admins pass; anyone else needs at least `minimum` as a role and
// as a scope on that event (nullopt: none). Whether or not the event exists, the refusal is the same.
Result<Role> standingOnEvent(const AuthUser &user, const std::optional<Role> &scope, Role minimum);

} // namespace eventbook::services
