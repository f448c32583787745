#include "role_service.h"

#include "audit_trail.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "eventbook/common/validation.h"
#include "storage/database.h"
#include "storage/event_repository.h"
#include "storage/refresh_token_repository.h"
#include "storage/role_repository.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"

namespace eventbook::services {
using namespace eventbook::storage;
namespace k = eventbook::keys;

namespace {
Error userNotFound() {
    return Error::make(ErrorCode::NotFound, QStringLiteral("User not found"));
}

// The old access tokens die (the row's version moves on); the sessions follow the row, so their
// next refresh issues a token for the new standing.
Result<void> reissueAccess(Database &db, qint64 userId, LiveBatch &live) {
    EB_TRY(UserRepository(db).bumpTokenVersion(userId));
    EB_TRY(RefreshTokenRepository(db).followTokenVersion(userId));
    return live.add(LiveEvent::accessRevoked(userId));
}

Result<User> reread(Database &db, qint64 userId) {
    auto found = UserRepository(db).get(userId);
    if (!found)
        return found.error();
    EB_TRY(RoleRepository(db).attachScopes(found->user));
    return found->user;
}
} // namespace

Result<RoleOutcome> RoleService::setRole(qint64 userId, Role role, const Actor &actor) {
    return withTransaction(m_db, [&](Transaction &tx) -> Result<RoleOutcome> {
        UserRepository users(m_db);
        // Role changes, team changes and refreshes of one user take turns (PostgreSQL).
        EB_TRY(users.lock(userId));
        auto found = users.findById(userId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return userNotFound();
        const User before = (*found)->user;
        if (before.anonymised)
            return Error::make(ErrorCode::Conflict, QStringLiteral("This account was anonymised"));
        if (before.role == role)
            return RoleOutcome{before, false};
        if (before.role == Role::Admin) {
            if (userId == actor.id)
                return Error::make(ErrorCode::Forbidden,
                                   QStringLiteral("You cannot give up your own admin rights here"));
            auto admins = users.lockAdmins();
            if (!admins)
                return admins.error();
            if (*admins <= 1)
                return Error::make(ErrorCode::LastAdmin, QStringLiteral("Cannot demote the last admin"));
        }
        EB_TRY(users.setAdmin(userId, role == Role::Admin));
        EB_TRY(RoleRepository(m_db).setRole(userId, role, actor.id));
        LiveBatch live(m_live, m_db);
        EB_TRY(reissueAccess(m_db, userId, live));
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("USER_ROLE_SET"), audit::kUser, userId,
                           {{k::email, before.email},
                            {QStringLiteral("from"), codec::roleName(before.role)},
                            {k::role, codec::roleName(role)}}));
        auto after = reread(m_db, userId);
        if (!after)
            return after.error();
        EB_TRY(tx.commit());
        live.publish();
        return RoleOutcome{*after, true};
    });
}

Result<RoleOutcome> RoleService::assign(qint64 eventId, const UserRef &who, const Actor &actor) {
    return withTransaction(m_db, [&](Transaction &tx) -> Result<RoleOutcome> {
        EB_TRY(EventRepository(m_db).get(eventId));
        UserRepository users(m_db);
        auto found = who.id ? users.findById(*who.id) : users.findByEmail(validation::normaliseEmail(who.email));
        if (!found)
            return found.error();
        if (!found->has_value())
            return who.id ? userNotFound()
                          : Error::make(ErrorCode::NotFound, QStringLiteral("No user with that email"));
        // The role read above may be changing: read it again with the user's row locked.
        EB_TRY(users.lock((*found)->user.id));
        auto locked = users.findById((*found)->user.id);
        if (!locked)
            return locked.error();
        if (!locked->has_value())
            return userNotFound();
        const User user = (*locked)->user;
        if (user.role != Role::Organiser && user.role != Role::Staff)
            return Error::make(ErrorCode::ValidationError,
                               user.role == Role::Admin
                                   ? QStringLiteral("Admins can act on every event already")
                                   : QStringLiteral("Give this user the organiser or staff role first"));
        if (user.role == Role::Organiser && actor.role != Role::Admin)
            return Error::make(ErrorCode::Forbidden, QStringLiteral("Only an admin assigns organisers"));
        auto granted = RoleRepository(m_db).grant(eventId, user.id, user.role, actor.id);
        if (!granted)
            return granted.error();
        LiveBatch live(m_live, m_db);
        if (*granted) {
            EB_TRY(reissueAccess(m_db, user.id, live));
            EB_TRY(recordAudit(m_db, actor, QStringLiteral("EVENT_TEAM_ADD"), audit::kEvent, eventId,
                               {{k::userId, user.id}, {k::email, user.email}, {k::role, codec::roleName(user.role)}}));
        }
        auto after = reread(m_db, user.id);
        if (!after)
            return after.error();
        EB_TRY(tx.commit());
        live.publish();
        return RoleOutcome{*after, *granted};
    });
}

Result<RoleOutcome> RoleService::unassign(qint64 eventId, qint64 userId, const Actor &actor) {
    return withTransaction(m_db, [&](Transaction &tx) -> Result<RoleOutcome> {
        EB_TRY(UserRepository(m_db).lock(userId));
        RoleRepository roles(m_db);
        auto scope = roles.scopeOn(userId, eventId);
        if (!scope)
            return scope.error();
        if (!scope->has_value())
            return Error::make(ErrorCode::NotFound, QStringLiteral("That user is not on this event's team"));
        if (**scope == Role::Organiser && actor.role != Role::Admin)
            return Error::make(ErrorCode::Forbidden, QStringLiteral("Only an admin removes an organiser"));
        EB_TRY(roles.revoke(eventId, userId));
        LiveBatch live(m_live, m_db);
        EB_TRY(reissueAccess(m_db, userId, live));
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("EVENT_TEAM_REMOVE"), audit::kEvent, eventId,
                           {{k::userId, userId}, {k::role, codec::roleName(**scope)}}));
        auto after = reread(m_db, userId);
        if (!after)
            return after.error();
        EB_TRY(tx.commit());
        live.publish();
        return RoleOutcome{*after, true};
    });
}

Result<QList<TeamMember>> RoleService::team(qint64 eventId) {
    return m_db.withRetry([&]() -> Result<QList<TeamMember>> {
        EB_TRY(EventRepository(m_db).get(eventId));
        return RoleRepository(m_db).team(eventId);
    });
}

} // namespace eventbook::services
