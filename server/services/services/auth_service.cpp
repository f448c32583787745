#include "auth_service.h"

#include "crypto_random.h"
#include "storage/database.h"
#include "eventbook/common/json_keys.h"
#include "eventbook/common/password_strength.h"
#include "eventbook/common/validation.h"
#include "live_event.h"
#include "storage/audit_repository.h"
#include "storage/refresh_token_repository.h"
#include "storage/role_repository.h"
#include "storage/time_codec.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"
#include "token_admission.h"

#include <QJsonObject>

namespace eventbook::services {
using namespace eventbook::storage;
namespace v = eventbook::validation;

namespace {
Error badCredentials() {
    return Error::make(ErrorCode::Unauthorized, QStringLiteral("Invalid email or password"));
}
Error badRefresh() {
    return Error::make(ErrorCode::Unauthorized, QStringLiteral("Invalid or expired refresh token"));
}
} // namespace

Result<User> AuthService::insertUser(const RegisterInput &input, bool isAdmin, const QString &action,
                                     const QString &ip) {
    v::FieldErrors errors;
    if (auto e = v::checkEmail(input.email))
        errors.append({QString(keys::email), *e});
    if (auto e = v::checkPassword(input.password, v::userWords(input.email, input.name)))
        errors.append({QString(keys::password), *e});
    if (auto e = v::checkName(input.name))
        errors.append({QString(keys::name), *e});
    if (!errors.isEmpty())
        return Error::make(ErrorCode::ValidationError, errors.first().message, v::toJson(errors));

    auto hash = m_hasher.hash(input.password);
    if (!hash)
        return hash.error();

    User user;
    user.email = v::normaliseEmail(input.email);
    user.name = input.name.trimmed();
    user.isAdmin = isAdmin;
    user.role = isAdmin ? Role::Admin : Role::Attendee;
    return withTransaction(m_db, [&](Transaction &tx) -> Result<User> {
        auto id = UserRepository(m_db).insert(user, *hash);
        if (!id)
            return id.error();
        AuditEntry audit;
        audit.actorId = *id;
        audit.action = action;
        audit.targetType = QStringLiteral("user");
        audit.targetId = *id;
        audit.details = QJsonObject{{keys::email, user.email}, {keys::isAdmin, isAdmin}};
        audit.ip = ip;
        EB_TRY(AuditRepository(m_db).insert(audit));
        auto stored = UserRepository(m_db).findById(*id);
        if (!stored || !stored->has_value())
            return stored ? Error::make(ErrorCode::Internal, QStringLiteral("Internal server error"))
                          : stored.error();
        EB_TRY(tx.commit());
        return (*stored)->user;
    });
}

Result<void> AuthService::attachScopes(User &user) {
    return m_db.withRetry([&] { return RoleRepository(m_db).attachScopes(user); });
}

Result<std::optional<Role>> AuthService::scopeOn(qint64 userId, qint64 eventId) {
    return m_db.withRetry([&] { return RoleRepository(m_db).scopeOn(userId, eventId); });
}

Result<AuthUser> AuthService::authenticateLive(const QString &accessToken) {
    auto user = authenticate(accessToken);
    if (!user || (user->role != Role::Organiser && user->role != Role::Staff))
        return user;
    auto events = m_db.withRetry([&] { return RoleRepository(m_db).eventsOf(user->id, Role::Staff); });
    if (!events)
        return events.error();
    user->events = *events;
    return user;
}

Result<AuthSession> AuthService::startSession(const User &user) {
    const QString token = randomToken(32);
    const QString family = randomToken(16);
    const qint64 expiresMs = nowMs() + kRefreshTtlSeconds * 1000;
    auto stored = m_db.withRetry([&]() -> Result<qint64> {
        return RefreshTokenRepository(m_db).insert(user.id, sha256Hex(token.toLatin1()), family,
                                                   user.tokenVersion, expiresMs);
    });
    if (!stored)
        return stored.error();
    auto access = m_signer.sign(user.id, user.isAdmin, user.tokenVersion, family);
    if (!access)
        return access.error();
    User withScopes = user;
    EB_TRY(attachScopes(withScopes));
    return AuthSession{withScopes, *access, token, fromMs(expiresMs)};
}

Result<AuthSession> AuthService::registerUser(const RegisterInput &input, const QString &ip) {
    auto user = insertUser(input, false, QStringLiteral("USER_REGISTER"), ip);
    if (!user)
        return user.error();
    return startSession(*user);
}

Result<User> AuthService::createUser(const RegisterInput &input, bool isAdmin, const QString &origin) {
    return insertUser(input, isAdmin, QStringLiteral("USER_CREATE"), origin);
}

Result<bool> AuthService::anyAdminExists() {
    auto n = m_db.withRetry([&] { return UserRepository(m_db).countAdmins(); });
    if (!n)
        return n.error();
    return *n > 0;
}

Result<AuthSession> AuthService::login(const QString &email, const QString &password, const QString &ip) {
    Q_UNUSED(ip);
    // An email no account can have (NUL and other control characters included, which
    // PostgreSQL refuses in text) fails like a wrong password, in the same time.
    if (email.isEmpty() || password.isEmpty() || email.size() > v::kEmailMax * 4 ||
        password.size() > v::kPasswordMax * 4 || v::hasControlChars(email, false)) {
        m_hasher.verifyDummy(password.left(v::kPasswordMax));
        return badCredentials();
    }
    auto found = m_db.withRetry([&] { return UserRepository(m_db).findByEmail(v::normaliseEmail(email)); });
    if (!found)
        return found.error();
    if (!found->has_value()) {
        m_hasher.verifyDummy(password);
        return badCredentials();
    }
    UserRecord record = **found;
    if (!m_hasher.verify(record.passwordHash, password))
        return badCredentials();
    const qint64 now = nowMs();
    auto touched = m_db.withRetry([&]() -> Result<void> {
        if (m_hasher.needsRehash(record.passwordHash)) {
            if (auto rehashed = m_hasher.hash(password))
                (void)UserRepository(m_db).setPasswordHash(record.user.id, *rehashed, false);
        }
        return UserRepository(m_db).touchLastLogin(record.user.id, now);
    });
    if (!touched)
        return touched.error();
    record.user.lastLogin = fromMs(now);
    return startSession(record.user);
}

Result<AuthSession> AuthService::refresh(const QString &refreshToken) {
    if (refreshToken.isEmpty() || refreshToken.size() > 512)
        return badRefresh();
    const QString hash = sha256Hex(refreshToken.toUtf8());
    return withTransaction(m_db, [&](Transaction &tx) -> Result<AuthSession> {
        RefreshTokenRepository tokens(m_db);
        auto owner = tokens.findByHash(hash);
        if (!owner)
            return owner.error();
        if (!owner->has_value())
            return badRefresh();
        // A change of role moves the token version on and carries the user's unrevoked refresh
        // tokens with it. With the user's row locked it cannot run between our read of the token
        // and the insert of the next one (which would leave that on the old version, and the
        // session unable to refresh again); the token is read again under the lock.
        EB_TRY(UserRepository(m_db).lock((*owner)->userId));
        auto found = tokens.findByHash(hash);
        if (!found)
            return found.error();
        if (!found->has_value())
            return badRefresh();
        const RefreshTokenRecord rec = **found;
        if (rec.revoked) {
            // A rotated token came back: whoever holds the family may be an attacker. End it.
            EB_TRY(tokens.revokeFamily(rec.familyId));
            EB_TRY(tx.commit());
            return Error::make(ErrorCode::Unauthorized,
                               QStringLiteral("Refresh token reuse detected; sign in again"));
        }
        if (rec.expiresAtMs <= nowMs())
            return badRefresh();
        auto user = UserRepository(m_db).findById(rec.userId);
        if (!user)
            return user.error();
        if (!user->has_value() || (*user)->user.tokenVersion != rec.tokenVersion)
            return badRefresh();
        const QString next = randomToken(32);
        const qint64 expiresMs = nowMs() + kRefreshTtlSeconds * 1000;
        auto nextId =
            tokens.insert(rec.userId, sha256Hex(next.toLatin1()), rec.familyId, rec.tokenVersion, expiresMs);
        if (!nextId)
            return nextId.error();
        auto revoked = tokens.revoke(rec.id, *nextId);
        if (!revoked)
            return revoked.error();
        if (!*revoked) // a concurrent refresh with the same token won the race
            return badRefresh();
        auto access = m_signer.sign(rec.userId, (*user)->user.isAdmin, rec.tokenVersion, rec.familyId);
        if (!access)
            return access.error();
        User current = (*user)->user;
        EB_TRY(RoleRepository(m_db).attachScopes(current));
        EB_TRY(tx.commit());
        return AuthSession{current, *access, next, fromMs(expiresMs)};
    });
}

Result<void> AuthService::logout(const QString &refreshToken, bool allDevices) {
    if (refreshToken.isEmpty() || refreshToken.size() > 512)
        return {}; // nothing to revoke; logging out is idempotent
    const QString hash = sha256Hex(refreshToken.toUtf8());
    return withTransaction(m_db, [&](Transaction &tx) -> Result<void> {
        RefreshTokenRepository tokens(m_db);
        auto found = tokens.findByHash(hash);
        if (!found)
            return found.error();
        if (!found->has_value())
            return tx.commit();
        const RefreshTokenRecord rec = **found;
        LiveBatch live(m_live, m_db);
        if (allDevices) {
            if (auto r = UserRepository(m_db).bumpTokenVersion(rec.userId); !r)
                return r;
            if (auto r = tokens.revokeAllForUser(rec.userId); !r)
                return r;
            if (auto r = live.add(LiveEvent::accessRevoked(rec.userId)); !r)
                return r;
        } else {
            if (auto r = tokens.revokeFamily(rec.familyId); !r)
                return r;
            if (auto r = live.add(LiveEvent::accessRevoked(rec.userId, rec.familyId)); !r)
                return r;
        }
        if (auto r = tx.commit(); !r)
            return r;
        live.publish();
        return {};
    });
}

Result<User> AuthService::me(qint64 userId) {
    auto found = m_db.withRetry([&] { return UserRepository(m_db).get(userId); });
    if (!found)
        return found.error();
    EB_TRY(attachScopes(found->user));
    return found->user;
}

Result<AuthUser> AuthService::authenticate(const QString &accessToken) {
    auto claims = m_signer.verify(accessToken);
    if (!claims)
        return claims.error();
    auto access =
        m_db.withRetry([&] { return UserRepository(m_db).accessOf(claims->userId, claims->sessionId); });
    if (!access)
        return access.error();
    return admitToken(*claims, *access ? &**access : nullptr);
}

} // namespace eventbook::services
