#pragma once

#include "actor.h"
#include "eventbook/common/domain.h"
#include "eventbook/common/list_queries.h"
#include "eventbook/common/pages.h"
#include "eventbook/common/result.h"
#include "live_feed.h"

#include <functional>

namespace eventbook::storage {
class Database;
struct UserRecord;
class UserRepository;
} // namespace eventbook::storage

namespace eventbook::services {

struct RoleChange {
    User user; // after the change
    bool changed = false;
};

// Roles and account removal, shared by the CLI, the admin API and the profile: promotion is
// idempotent, the last admin can never be demoted or deleted, and deletion returns the seats
// of the user's confirmed bookings.
class UserAdminService {
public:
    // The CLI passes no feed: its role changes have no live message.
    explicit UserAdminService(storage::Database &db, LiveFeed *live = nullptr)
        : m_db(db)
        , m_live(live) {}

    Result<UserPage> list(const UserQuery &query);
    Result<RoleChange> setAdmin(qint64 userId, bool admin, const Actor &actor);
    Result<RoleChange> setAdminByEmail(const QString &email, bool admin, const Actor &actor);
    // Admins may not delete themselves through the admin API (allowSelf=false); the profile's
    // "delete my account" passes allowSelf=true.
    Result<User> remove(qint64 userId, const Actor &actor, bool allowSelf);

private:
    using FindUser = std::function<Result<std::optional<storage::UserRecord>>(storage::UserRepository &)>;
    // Finds the user and changes the role in one transaction.
    Result<RoleChange> changeRoleOf(const FindUser &find, const Error &notFound, bool admin,
                                    const Actor &actor);
    Result<RoleChange> changeRole(const storage::UserRecord &record, bool admin, const Actor &actor,
                                  LiveBatch &live);
    storage::Database &m_db;
    LiveFeed *m_live;
};

} // namespace eventbook::services
