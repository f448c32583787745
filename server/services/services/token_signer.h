#pragma once

#include "eventbook/common/result.h"

#include <QByteArray>
#include <QString>

namespace eventbook::services {

struct AccessClaims {
    qint64 userId = 0;
    bool isAdmin = false;
    int tokenVersion = 0;
    qint64 expiresAt = 0; // seconds since the epoch
    QString sessionId;    // `sid`: the refresh-token family the token was issued for (empty in older tokens)
};

// HS256 access tokens through libjwt. Verification accepts HS256 only (no "none", no other
// HMAC sizes, no key confusion) and requires an unexpired `exp`.
class TokenSigner {
public:
    explicit TokenSigner(QByteArray secret, qint64 ttlSeconds = 15 * 60);

    Result<QString> sign(qint64 userId, bool isAdmin, int tokenVersion, const QString &sessionId) const;
    Result<AccessClaims> verify(const QString &token) const;
    qint64 ttlSeconds() const { return m_ttl; }

private:
    QByteArray m_secret;
    qint64 m_ttl;
};

} // namespace eventbook::services
