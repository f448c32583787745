#include "token_signer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>
#include <cstdlib>
#include <jwt.h>
#include <memory>

namespace eventbook::services {
namespace {
struct JwtDeleter {
    void operator()(jwt_t *j) const { jwt_free(j); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtDeleter>;

Error invalidToken() {
    return Error::make(ErrorCode::Unauthorized, QStringLiteral("Invalid or expired token"));
}

const unsigned char *keyData(const QByteArray &k) {
    return reinterpret_cast<const unsigned char *>(k.constData());
}
} // namespace

TokenSigner::TokenSigner(QByteArray secret, qint64 ttlSeconds)
    : m_secret(std::move(secret))
    , m_ttl(ttlSeconds) {}

Result<QString> TokenSigner::sign(qint64 userId, bool isAdmin, int tokenVersion, const QString &sessionId) const {
    jwt_t *raw = nullptr;
    if (jwt_new(&raw) != 0)
        return Error::make(ErrorCode::Internal, QStringLiteral("Internal server error"));
    JwtPtr jwt(raw);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray sub = QByteArray::number(userId);
    const QByteArray sid = sessionId.toLatin1();
    if (jwt_set_alg(jwt.get(), JWT_ALG_HS256, keyData(m_secret), int(m_secret.size())) != 0 ||
        jwt_add_grant(jwt.get(), "sub", sub.constData()) != 0 ||
        jwt_add_grant_bool(jwt.get(), "isAdmin", isAdmin ? 1 : 0) != 0 ||
        jwt_add_grant_int(jwt.get(), "tv", tokenVersion) != 0 ||
        (!sid.isEmpty() && jwt_add_grant(jwt.get(), "sid", sid.constData()) != 0) ||
        jwt_add_grant_int(jwt.get(), "iat", long(now)) != 0 ||
        jwt_add_grant_int(jwt.get(), "exp", long(now + m_ttl)) != 0)
        return Error::make(ErrorCode::Internal, QStringLiteral("Internal server error"));
    char *encoded = jwt_encode_str(jwt.get());
    if (!encoded)
        return Error::make(ErrorCode::Internal, QStringLiteral("Internal server error"));
    const QString out = QString::fromLatin1(encoded);
    ::free(encoded); // libjwt 1.10 allocates with the system allocator
    return out;
}

Result<AccessClaims> TokenSigner::verify(const QString &token) const {
    if (token.isEmpty() || token.size() > 4096)
        return invalidToken();
    const QByteArray bytes = token.toLatin1();
    const QList<QByteArray> parts = bytes.split('.');
    if (parts.size() != 3 || parts[2].isEmpty())
        return invalidToken();
    // Decide on the header ourselves before the library sees the token: only {"alg":"HS256"}.
    const auto header = QByteArray::fromBase64Encoding(parts[0], QByteArray::Base64UrlEncoding |
                                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!header)
        return invalidToken();
    const QJsonObject h = QJsonDocument::fromJson(header.decoded).object();
    if (h.value(QLatin1StringView("alg")).toString() != QLatin1StringView("HS256"))
        return invalidToken();

    jwt_t *raw = nullptr;
    if (jwt_decode(&raw, bytes.constData(), keyData(m_secret), int(m_secret.size())) != 0 || !raw)
        return invalidToken();
    JwtPtr jwt(raw);
    if (jwt_get_alg(jwt.get()) != JWT_ALG_HS256)
        return invalidToken();

    errno = 0;
    const long exp = jwt_get_grant_int(jwt.get(), "exp");
    if (errno != 0 || exp <= QDateTime::currentSecsSinceEpoch())
        return invalidToken();
    errno = 0;
    const long tv = jwt_get_grant_int(jwt.get(), "tv");
    if (errno != 0)
        return invalidToken();
    errno = 0;
    const int admin = jwt_get_grant_bool(jwt.get(), "isAdmin");
    if (errno != 0)
        return invalidToken();
    const char *sub = jwt_get_grant(jwt.get(), "sub");
    bool ok = false;
    const qint64 userId = sub ? QByteArray(sub).toLongLong(&ok) : 0;
    if (!ok || userId <= 0)
        return invalidToken();
    const char *sid = jwt_get_grant(jwt.get(), "sid");
    const QString sessionId = sid ? QString::fromLatin1(sid) : QString();
    if (sessionId.size() > 64)
        return invalidToken();
    return AccessClaims{userId, admin != 0, int(tv), exp, sessionId};
}

} // namespace eventbook::services
