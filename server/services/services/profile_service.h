#pragma once

#include "actor.h"
#include "auth_service.h"
#include "privacy_service.h"
#include "live_feed.h"
#include "eventbook/common/result.h"
#include "password_hasher.h"

#include <QJsonObject>
#include <optional>

namespace eventbook::storage {
class Database;
struct UserRecord;
} // namespace eventbook::storage

namespace eventbook::services {

struct ProfileInput {
    std::optional<QString> name;
    std::optional<QString> bio;
    std::optional<QString> avatarUrl; // a null QString clears it
    std::optional<QJsonObject> preferences;
};

// The signed-in user's own account. Password checks run here (callers use the hashing pool).
class ProfileService {
public:
    static constexpr int kPreferencesMaxBytes = 16 * 1024;

    ProfileService(storage::Database &db, const PasswordHasher &hasher, AuthService &auth, LiveFeed *live)
        : m_db(db)
        , m_hasher(hasher)
        , m_auth(auth)
        , m_live(live) {}

    Result<User> update(qint64 userId, const ProfileInput &input, const Actor &actor);
    // Revokes every token of the user (token version and refresh tokens) and starts a new
    // session for the caller.
    Result<AuthSession> changePassword(qint64 userId, const QString &current, const QString &next,
                                       const Actor &actor);
    Result<User> changeEmail(qint64 userId, const QString &newEmail, const QString &password,
                             const Actor &actor);
    // Cancels the user's bookings (the seats return) and deletes the account.
    Result<void> deleteAccount(qint64 userId, const QString &password, const Actor &actor);
    // The erasure that keeps past bookings counted (PrivacyService::anonymise), with the password.
    Result<Anonymisation> anonymiseAccount(qint64 userId, const QString &password, const Actor &actor);

private:
    // The user's record when `password` is theirs; a validation error on `passwordField` otherwise.
    Result<storage::UserRecord> checkPassword(qint64 userId, const QString &password,
                                              const QString &passwordField);
    storage::Database &m_db;
    const PasswordHasher &m_hasher;
    AuthService &m_auth;
    LiveFeed *m_live;
};

} // namespace eventbook::services
