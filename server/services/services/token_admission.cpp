#include "token_admission.h"

#include "storage/user_access_sql.h"

namespace eventbook::services {

Result<AuthUser> admitToken(const AccessClaims &claims, const storage::UserAccess *row) {
    if (!row || row->tokenVersion != claims.tokenVersion)
        return Error::make(ErrorCode::Unauthorized, QStringLiteral("Invalid or expired token"));
    if (!row->sessionLive)
        return Error::make(ErrorCode::Unauthorized, QStringLiteral("This session has been signed out"));
    return AuthUser{claims.userId, row->role == Role::Admin, row->role, claims.expiresAt, claims.sessionId, {}};
}

Error roleRequired(Role minimum) {
    switch (minimum) {
    case Role::Admin:
        return Error::make(ErrorCode::Forbidden, QStringLiteral("Admin access required"));
    case Role::Organiser:
        return Error::make(ErrorCode::Forbidden, QStringLiteral("Organiser access required"));
    default:
        return Error::make(ErrorCode::Forbidden, QStringLiteral("Staff access required"));
    }
}

Result<Role> standingOnEvent(const AuthUser &user, const std::optional<Role> &scope, Role minimum) {
    if (user.role == Role::Admin)
        return Role::Admin;
    if (user.role < minimum || !scope || *scope < minimum)
        return Error::make(ErrorCode::Forbidden, QStringLiteral("You have no access to this event"));
    return *scope;
}

} // namespace eventbook::services
