#pragma once

#include "auth_types.h"
#include "eventbook/common/result.h"
#include "live_feed.h"
#include "password_hasher.h"
#include "token_signer.h"

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

namespace eventbook::services {

// Registration, login, refresh-token rotation with reuse detection, logout and token checks.
// Runs on pool threads; knows nothing of HTTP.
class AuthService {
public:
    static constexpr qint64 kRefreshTtlSeconds = 30LL * 24 * 3600;

    AuthService(storage::Database &db, const PasswordHasher &hasher, const TokenSigner &signer)
        : m_db(db)
        , m_hasher(hasher)
        , m_signer(signer) {}

    Result<AuthSession> registerUser(const RegisterInput &input, const QString &ip);
    Result<AuthSession> login(const QString &email, const QString &password, const QString &ip);
    Result<AuthSession> refresh(const QString &refreshToken);
    // Ends the refresh token's session: its family is revoked, so the session's access tokens stop
    // working too, and its open sockets sign out. `allDevices` ends every session of that user.
    Result<void> logout(const QString &refreshToken, bool allDevices = false);
    Result<User> me(qint64 userId);
    // Checks signature, expiry and the token version against the user row; the role comes from
    // the database, never from the token.
    Result<AuthUser> authenticate(const QString &accessToken);
    // The signature and expiry only: admitToken decides on the row the caller reads later.
    Result<AccessClaims> claimsOf(const QString &accessToken) const { return m_signer.verify(accessToken); }
    // authenticate, plus the events the user is scoped to (what a live socket may hear about).
    Result<AuthUser> authenticateLive(const QString &accessToken);
    // The user's scope on an event (nullopt: none), for the HTTP layer's access checks.
    Result<std::optional<Role>> scopeOn(qint64 userId, qint64 eventId);

    // For the CLI and the first-run admin: no session, audit actor is the system.
    Result<User> createUser(const RegisterInput &input, bool isAdmin, const QString &origin);
    Result<bool> anyAdminExists();

    // A new refresh-token family and access token for a user whose credentials were checked.
    Result<AuthSession> startSession(const User &user);

    // Where revocations go out to open sockets (set once the event bus exists).
    void setLiveFeed(LiveFeed *live) { m_live = live; }

private:
    // Organisers' and staff's event scopes, for the user JSON of a session and of /me.
    Result<void> attachScopes(User &user);
    Result<User> insertUser(const RegisterInput &input, bool isAdmin, const QString &action,
                            const QString &ip);
    storage::Database &m_db;
    const PasswordHasher &m_hasher;
    const TokenSigner &m_signer;
    LiveFeed *m_live = nullptr;
};

} // namespace eventbook::services
