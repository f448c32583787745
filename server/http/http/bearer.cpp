#include "bearer.h"

namespace eventbook::http {

Result<services::AuthUser> authenticate(services::AuthService &auth, const HttpRequest &request) {
    const QByteArray header = request.header("authorization");
    if (header.isEmpty())
        return Error::make(ErrorCode::Unauthorized, QStringLiteral("Authentication required"));
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return Error::make(ErrorCode::Unauthorized, QStringLiteral("Authorization must be a Bearer token"));
    return auth.authenticate(QString::fromLatin1(header.mid(7).trimmed()));
}

} // namespace eventbook::http
