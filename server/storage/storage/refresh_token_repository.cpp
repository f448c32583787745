#include "refresh_token_repository.h"

#include "time_codec.h"

namespace eventbook::storage {

Result<qint64> RefreshTokenRepository::insert(qint64 userId, const QString &tokenHash,
                                              const QString &familyId, int tokenVersion, qint64 expiresAtMs) {
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO refresh_tokens (user_id, token_hash, family_id, token_version, created_at, expires_at) "
        "VALUES (:u, :h, :f, :v, :c, :e) RETURNING id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId)
        .bind(QStringLiteral(":h"), tokenHash)
        .bind(QStringLiteral(":f"), familyId)
        .bind(QStringLiteral(":v"), tokenVersion)
        .bind(QStringLiteral(":c"), nowMs())
        .bind(QStringLiteral(":e"), expiresAtMs);
    return q->execReturningId("insert refresh token");
}

Result<std::optional<RefreshTokenRecord>> RefreshTokenRepository::findByHash(const QString &tokenHash) {
    auto q =
        m_db.prepare(QStringLiteral("SELECT id, user_id, family_id, token_version, expires_at, revoked_at "
                                    "FROM refresh_tokens WHERE token_hash = :h"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":h"), tokenHash);
    EB_TRY(q->exec("find refresh token"));
    if (!q->next())
        return std::optional<RefreshTokenRecord>();
    RefreshTokenRecord rec;
    rec.id = q->value(0).toLongLong();
    rec.userId = q->value(1).toLongLong();
    rec.familyId = q->value(2).toString();
    rec.tokenVersion = q->value(3).toInt();
    rec.expiresAtMs = q->value(4).toLongLong();
    rec.revoked = !q->value(5).isNull();
    return std::optional<RefreshTokenRecord>(rec);
}

Result<bool> RefreshTokenRepository::revoke(qint64 id, std::optional<qint64> replacedBy) {
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE refresh_tokens SET revoked_at = :t, replaced_by = :r WHERE id = :id AND revoked_at IS NULL"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":t"), nowMs())
        .bind(QStringLiteral(":r"), replacedBy ? QVariant(*replacedBy) : QVariant())
        .bind(QStringLiteral(":id"), id);
    EB_TRY(q->exec("revoke refresh token"));
    return q->rowsAffected() == 1;
}

Result<void> RefreshTokenRepository::revokeFamily(const QString &familyId) {
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE refresh_tokens SET revoked_at = :t WHERE family_id = :f AND revoked_at IS NULL"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":t"), nowMs()).bind(QStringLiteral(":f"), familyId);
    return q->exec("revoke refresh family");
}

Result<void> RefreshTokenRepository::revokeAllForUser(qint64 userId) {
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE refresh_tokens SET revoked_at = :t WHERE user_id = :u AND revoked_at IS NULL"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":t"), nowMs()).bind(QStringLiteral(":u"), userId);
    return q->exec("revoke user refresh tokens");
}

Result<void> RefreshTokenRepository::followTokenVersion(qint64 userId) {
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE refresh_tokens SET token_version = (SELECT u.token_version FROM users u WHERE u.id = :u) "
        "WHERE user_id = :u2 AND revoked_at IS NULL"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId).bind(QStringLiteral(":u2"), userId);
    return q->exec("carry sessions to the new token version");
}

} // namespace eventbook::storage
