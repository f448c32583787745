#pragma once

#include "database.h"

#include <optional>

namespace eventbook::storage {

struct RefreshTokenRecord {
    qint64 id = 0;
    qint64 userId = 0;
    QString familyId;
    int tokenVersion = 0;
    qint64 expiresAtMs = 0;
    bool revoked = false;
};

class RefreshTokenRepository {
public:
    explicit RefreshTokenRepository(Database &db)
        : m_db(db) {}

    Result<qint64> insert(qint64 userId, const QString &tokenHash, const QString &familyId, int tokenVersion,
                          qint64 expiresAtMs);
    Result<std::optional<RefreshTokenRecord>> findByHash(const QString &tokenHash);
    // Revokes one live token; false when it was already revoked (a concurrent rotation won).
    Result<bool> revoke(qint64 id, std::optional<qint64> replacedBy);
    Result<void> revokeFamily(const QString &familyId);
    Result<void> revokeAllForUser(qint64 userId);
    // The user's live sessions take the user's current token version: after a change of role the
    // old access tokens are dead, but each session may refresh into one carrying the new role.
    Result<void> followTokenVersion(qint64 userId);

private:
    Database &m_db;
};

} // namespace eventbook::storage
