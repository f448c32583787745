#include "bearer.h"

namespace eventbook::http {

namespace {
Result<QString> bearerToken(const HttpRequest &request) {
    const QByteArray header = request.header("authorization");
    if (header.isEmpty())
        return Error::make(ErrorCode::Unauthorized, QStringLiteral("Authentication required"));
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return Error::make(ErrorCode::Unauthorized, QStringLiteral("Authorization must be a Bearer token"));
    return QString::fromLatin1(header.mid(7).trimmed());
}
} // namespace

Result<services::AuthUser> authenticate(services::AuthService &auth, const HttpRequest &request) {
    auto token = bearerToken(request);
    if (!token)
        return token.error();
    return auth.authenticate(*token);
}

Result<services::AccessClaims> bearerClaims(const services::AuthService &auth, const HttpRequest &request) {
    auto token = bearerToken(request);
    if (!token)
        return token.error();
    return auth.claimsOf(*token);
}

} // namespace eventbook::http
