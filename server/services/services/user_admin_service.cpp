#include "user_admin_service.h"

#include "audit_trail.h"
#include "image_store.h"
#include "waitlist_promotion.h"
#include "storage/outbox_repository.h"
#include "storage/database.h"
#include "storage/user_repository.h"
#include "eventbook/common/json_keys.h"
#include "eventbook/common/validation.h"
#include "storage/booking_repository.h"
#include "storage/refresh_token_repository.h"
#include "storage/role_repository.h"
#include "storage/transaction.h"

#include <QJsonObject>

namespace eventbook::services {
using namespace eventbook::storage;
namespace k = eventbook::keys;

namespace {
Error userNotFound() {
    return Error::make(ErrorCode::NotFound, QStringLiteral("User not found"));
}
} // namespace

Result<UserPage> UserAdminService::list(const UserQuery &query) {
    return m_db.withRetry([&]() -> Result<UserPage> {
        auto page = UserRepository(m_db).list(query);
        if (!page)
            return page;
        QList<qint64> scoped;
        for (const User &u : page->users) {
            if (u.role == Role::Organiser || u.role == Role::Staff)
                scoped.append(u.id);
        }
        auto scopes = RoleRepository(m_db).scopesOf(scoped);
        if (!scopes)
            return scopes.error();
        for (User &u : page->users)
            u.scopes = scopes->value(u.id);
        return page;
    });
}

Result<RoleChange> UserAdminService::changeRole(const UserRecord &record, bool admin, const Actor &actor,
                                                LiveBatch &live) {
    User user = record.user;
    if (user.isAdmin == admin)
        return RoleChange{user, false}; // idempotent
    if (user.anonymised)
        return Error::make(ErrorCode::Conflict, QStringLiteral("This account was anonymised"));
    UserRepository users(m_db);
    if (!admin) {
        auto admins = UserRepository(m_db).lockAdmins();
        if (!admins)
            return admins.error();
        if (*admins <= 1)
            return Error::make(ErrorCode::LastAdmin, QStringLiteral("Cannot demote the last admin"));
    }
    EB_TRY(users.setAdmin(user.id, admin));
    // An organiser or staff member made admin keeps no narrower grant to come back to.
    EB_TRY(RoleRepository(m_db).setRole(user.id, admin ? Role::Admin : Role::Attendee, actor.id));
    if (!admin) {
        EB_TRY(RefreshTokenRepository(m_db).revokeAllForUser(user.id));
    }
    // Open sockets re-check at once: a demoted admin stops hearing the admin audience.
    EB_TRY(live.add(LiveEvent::accessRevoked(user.id)));
    if (auto r =
            recordAudit(m_db, actor, admin ? QStringLiteral("USER_PROMOTE") : QStringLiteral("USER_DEMOTE"),
                        audit::kUser, user.id, {{k::email, user.email}});
        !r)
        return r.error();
    user.isAdmin = admin;
    user.role = admin ? Role::Admin : Role::Attendee;
    user.scopes.clear();
    return RoleChange{user, true};
}

Result<RoleChange> UserAdminService::changeRoleOf(const FindUser &find, const Error &notFound, bool admin,
                                                  const Actor &actor) {
    return withTransaction(m_db, [&](Transaction &tx) -> Result<RoleChange> {
        UserRepository users(m_db);
        auto found = find(users);
        if (!found)
            return found.error();
        if (!found->has_value())
            return notFound;
        LiveBatch live(m_live, m_db);
        auto change = changeRole(**found, admin, actor, live);
        if (!change)
            return change;
        EB_TRY(tx.commit());
        live.publish();
        return change;
    });
}

Result<RoleChange> UserAdminService::setAdmin(qint64 userId, bool admin, const Actor &actor) {
    return changeRoleOf([userId](UserRepository &users) { return users.findById(userId); }, userNotFound(),
                        admin, actor);
}

Result<RoleChange> UserAdminService::setAdminByEmail(const QString &email, bool admin, const Actor &actor) {
    const QString normalised = validation::normaliseEmail(email);
    return changeRoleOf([&normalised](UserRepository &users) { return users.findByEmail(normalised); },
                        Error::make(ErrorCode::NotFound, QStringLiteral("No user with email %1").arg(email)),
                        admin, actor);
}

Result<User> UserAdminService::remove(qint64 userId, const Actor &actor, bool allowSelf) {
    if (!allowSelf && userId == actor.id)
        return Error::make(ErrorCode::Forbidden, QStringLiteral("You cannot delete your own account here; "
                                                                "use your profile instead"));
    return withTransaction(m_db, [&](Transaction &tx) -> Result<User> {
        UserRepository users(m_db);
        auto found = users.get(userId);
        if (!found)
            return found.error();
        const User user = found->user;
        if (user.isAdmin) {
            auto admins = UserRepository(m_db).lockAdmins();
            if (!admins)
                return admins.error();
            if (*admins <= 1)
                return Error::make(ErrorCode::LastAdmin, QStringLiteral("Cannot delete the last admin"));
        }
        auto released = BookingRepository(m_db).cancelAllForUser(userId);
        if (!released)
            return released.error();
        LiveBatch live(m_live, m_db);
        QList<std::pair<qint64, qint64>> seats;
        for (const auto &seat : *released)
            seats.append({seat.bookingId, seat.eventId});
        EB_TRY(settleLeavingUser(m_db, userId, seats, actor, live));
        EB_TRY(OutboxRepository(m_db).forgetUser(userId)); // before the row goes: its mails are found by it
        EB_TRY(users.remove(userId));
        EB_TRY(images::forget(m_db, user.avatarUrl));
        EB_TRY(recordAudit(
            m_db, actor, QStringLiteral("USER_DELETE"), audit::kUser, userId,
            {{k::email, user.email}, {QStringLiteral("cancelledBookings"), qint64(released->size())}}));
        EB_TRY(live.add(LiveEvent::accessRevoked(userId)));
        EB_TRY(tx.commit());
        live.publish();
        return user;
    });
}

} // namespace eventbook::services
