#pragma once

#include "actor.h"
#include "eventbook/common/domain.h"
#include "eventbook/common/result.h"
#include "live_feed.h"

#include <optional>

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

namespace eventbook::services {

struct RoleOutcome {
    User user; // after the change, with role and scopes
    bool changed = false;
};

// Who the team change names: an id, or an email (an organiser cannot list users, but knows the
// address of the person they want at the door).
struct UserRef {
    std::optional<qint64> id;
    QString email;
};

// Roles and event scopes (API.md "Roles"). Every change is audited, ends the user's access tokens
// at once (their live sockets sign out) and leaves their sessions able to refresh into a token
// for the new role, so a signed-in app follows without signing in again.
class RoleService {
public:
    RoleService(storage::Database &db, LiveFeed *live)
        : m_db(db)
        , m_live(live) {}

    // Admins only (the HTTP layer checks). The last admin cannot stop being one; an anonymised
    // account cannot take a role.
    Result<RoleOutcome> setRole(qint64 userId, Role role, const Actor &actor);
    // Gives the user their role's scope on the event: organisers (admins only) or staff (admins and
    // the event's organisers). The user must hold that role first.
    Result<RoleOutcome> assign(qint64 eventId, const UserRef &who, const Actor &actor);
    // An organiser removes staff only; an admin anyone.
    Result<RoleOutcome> unassign(qint64 eventId, qint64 userId, const Actor &actor);
    Result<QList<TeamMember>> team(qint64 eventId);

private:
    storage::Database &m_db;
    LiveFeed *m_live;
};

} // namespace eventbook::services
