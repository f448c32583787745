#pragma once

#include "query.h"
#include "eventbook/common/domain.h"

#include <optional>

namespace eventbook::storage {

// What a request's token is checked against: two small columns, not the whole row (whose avatar can
// be a data URI of a megabyte or more).
struct UserAccess {
    Role role = Role::Attendee;
    int tokenVersion = 0;
    bool sessionLive = true; // the session asked about still has an unrevoked refresh token
};

// The columns that decide whether a token still stands, for the user aliased `alias`: is_admin,
// token_version, whether the session (bound as :f) is live, the granted role. Shared by the token
// check and the door's ticket read, which asks them in the same round trip as the ticket.
QString userAccessColumns(const QString &alias, bool withSession);
UserAccess readUserAccess(const Query &q, int first);
// The caller's scope on the event bound as :se (NULL: none), for the user aliased `alias`.
QString eventScopeColumn(const QString &alias);
std::optional<Role> readEventScope(const QVariant &value);
// A stored scope's role (event_roles.role); a name this build does not know reads as staff, the least.
Role scopeRole(const QVariant &value);

Role roleOfUser(bool isAdmin, const QVariant &granted);

// A caller's access columns exactly as a read returned them (the granted role and the event scope
// as stored), so that a later statement can write only while they are all still the same: what the
// access rules judged is then what the write acts on, without the rules restated in SQL.
struct AccessSeen {
    bool isAdmin = false;
    int tokenVersion = 0;
    QVariant granted; // user_roles.role, or NULL
    QVariant scope;   // event_roles.role on the event, or NULL
};
// From a row with userAccessColumns at `first` and eventScopeColumn at `scopeColumn`.
AccessSeen readAccessSeen(const Query &q, int first, int scopeColumn);
// True while the user aliased `alias` still has the access columns bound by bindAccessSeen, its
// session (bound as :f) is live and its scope on the event bound as :se is as seen.
QString accessStillSeen(const QString &alias, bool withSession);
void bindAccessSeen(Query &q, const AccessSeen &seen);

} // namespace eventbook::storage
