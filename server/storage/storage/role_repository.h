#pragma once

#include "database.h"
#include "eventbook/common/domain.h"

#include <QHash>
#include <optional>

namespace eventbook::storage {

// The grants of migration 0003: user_roles (a user's organiser or staff role) and event_roles (the
// events that role applies to). Admins stay users.is_admin. Runs inside the caller's transaction.
class RoleRepository {
public:
    explicit RoleRepository(Database &db)
        : m_db(db) {}

    // Organiser or Staff writes the grant; Attendee or Admin removes it. Every event scope of the
    // user goes with a change of role (a staff member made organiser starts with no events).
    Result<void> setRole(qint64 userId, Role role, qint64 grantedBy);
    // The user's role on one event (their scope), or nullopt when they have none there.
    Result<std::optional<Role>> scopeOn(qint64 userId, qint64 eventId);
    // The user's scopes, with the events' titles, by event date.
    Result<QList<EventScope>> scopesOf(qint64 userId);
    // The scopes of several users at once (a page of the Users list).
    Result<QHash<qint64, QList<EventScope>>> scopesOf(const QList<qint64> &userIds);
    // Fills `user.scopes`. Only organisers and staff hold scopes (a change of role drops them), so
    // for anyone else this asks nothing.
    Result<void> attachScopes(User &user);
    // The events on which the user holds at least `minimum` (Organiser: the ones they run).
    Result<QList<qint64>> eventsOf(qint64 userId, Role minimum);
    // Adds or changes a scope; false when it was already exactly that.
    Result<bool> grant(qint64 eventId, qint64 userId, Role role, qint64 grantedBy);
    // False when there was none.
    Result<bool> revoke(qint64 eventId, qint64 userId);
    Result<QList<TeamMember>> team(qint64 eventId);
    // Users holding a scope on the event: who must hear it was deleted.
    Result<QList<qint64>> teamIds(qint64 eventId);

private:
    Database &m_db;
};

} // namespace eventbook::storage
