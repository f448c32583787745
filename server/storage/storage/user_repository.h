#pragma once

#include "database.h"
#include "eventbook/common/domain.h"
#include "eventbook/common/list_queries.h"
#include "eventbook/common/pages.h"
#include "user_access_sql.h"

#include <optional>

namespace eventbook::storage {

struct UserRecord {
    User user;
    QByteArray passwordHash;
};

// Users table. Every function runs on the calling thread's connection, inside whatever
// transaction the caller holds.
class UserRepository {
public:
    explicit UserRepository(Database &db)
        : m_db(db) {}

    // EMAIL_TAKEN when the (normalised) email exists.
    Result<qint64> insert(const User &user, const QByteArray &passwordHash);
    Result<std::optional<UserRecord>> findByEmail(const QString &normalisedEmail);
    Result<std::optional<UserRecord>> findById(qint64 id);
    // Role and token version, or nullopt when the user is gone. Runs for every signed-in request.
    Result<std::optional<UserAccess>> accessOf(qint64 id, const QString &sessionId = {});
    // The user, or NOT_FOUND.
    Result<UserRecord> get(qint64 id);
    Result<void> touchLastLogin(qint64 id, qint64 atMs);
    Result<void> setPasswordHash(qint64 id, const QByteArray &hash, bool bumpTokenVersion);
    // Every access token issued so far stops working ("sign out everywhere").
    Result<void> bumpTokenVersion(qint64 id);
    // Demotion bumps the token version so that tokens claiming admin die at once.
    Result<bool> setAdmin(qint64 id, bool admin);
    Result<int> countAdmins();
    // The admins' rows, locked until the transaction ends (so two demotions cannot both see a
    // second admin); their number.
    Result<int> lockAdmins();
    // The user's row, locked until the transaction ends (PostgreSQL; SQLite's writers are serial
    // already): a refresh and a change of the token version cannot interleave.
    Result<void> lock(qint64 id);
    Result<UserPage> list(const UserQuery &query);
    Result<bool> remove(qint64 id);
    // Replaces every personal field, locks the password and ends every token; the row and its id
    // stay, so bookings of past events still count. False when already anonymised (or gone).
    Result<bool> anonymise(qint64 id, const QByteArray &lockedHash);
    Result<bool> updateProfile(const User &user);
    // EMAIL_TAKEN when another account has it.
    Result<bool> setEmail(qint64 id, const QString &normalisedEmail, const QString &name);

    static QString searchText(const QString &email, const QString &name);

private:
    Result<std::optional<UserRecord>> findOne(const QString &where, const QString &placeholder,
                                              const QVariant &value);
    Database &m_db;
};

} // namespace eventbook::storage
