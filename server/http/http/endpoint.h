#pragma once

#include "controllers/controller_context.h"
#include "eventbook/common/result.h"
#include "executor.h"
#include "http_request.h"
#include "router.h"
#include "services/actor.h"
#include "services/auth_types.h"
#include "services/token_signer.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace eventbook::http {

// Who may call a route (API.md "Roles"): nobody in particular, anyone signed in, or at least a role,
// either anywhere (`role`) or on the event named by the path's `:id` (`onEvent`). Admins pass
// every check; an organiser or staff member passes an event check only with a scope on that event.
// `rowCheckedByWork`: only the token's signature and expiry are checked before the work runs, which
// must check the user's row itself (the door's redeem reads it with the ticket: one round trip less
// per scan); until then the Call's user is not admitted and carries no role, only `unchecked`.
struct Access {
    enum class Kind { Public, SignedIn, Role, OnEvent, RowCheckedByWork };
    Kind kind = Kind::Public;
    Role minimum = Role::Attendee;

    static constexpr Access role(Role r) { return {Kind::Role, r}; }
    static constexpr Access onEvent(Role r) { return {Kind::OnEvent, r}; }
    static constexpr Access rowCheckedByWork(Role r) { return {Kind::RowCheckedByWork, r}; }
    static const Access Public;
    static const Access SignedIn;
    static const Access Admin;
};
inline constexpr Access Access::Public{Access::Kind::Public, Role::Attendee};
inline constexpr Access Access::SignedIn{Access::Kind::SignedIn, Role::Attendee};
inline constexpr Access Access::Admin{Access::Kind::Role, Role::Admin};

// What a handler sees on the pool thread: the request, and the caller once access was checked.
struct Call {
    const HttpRequest &request;
    services::AuthUser user; // id 0 for anonymous callers of public routes
    // The caller's standing on the path's event (onEvent routes): Admin for admins, else the scope.
    Role eventRole = Role::Attendee;
    // rowCheckedByWork routes: the genuine token's claims, whose row the work has still to check.
    std::optional<services::AccessClaims> unchecked{};

    services::Actor actor() const { return {user.id, user.isAdmin, request.clientIp, user.role}; }
    // The JSON object body: 400 for malformed JSON or anything but an object.
    Result<QJsonObject> body() const;
    // The body's string fields, each required and non-empty, in the order asked.
    Result<QStringList> requiredStrings(std::initializer_list<QLatin1StringView> keys) const;
    // A path parameter that must be a positive id; anything else is NOT_FOUND for `what`.
    Result<qint64> pathId(const QString &what, const QString &param = QStringLiteral("id")) const;
};

using Work = std::function<HttpResponse(Call &)>;

// Registers a route whose work runs on a pool thread after the access check: 401 without a
// valid token, 403 for a non-admin on an admin route. Checks come before the body is parsed,
// so an anonymous caller learns nothing about validation.
void addEndpoint(Router &router, ControllerContext &ctx, const QByteArray &method, const QString &pattern,
                 Access access, Work work, Executor::Pool pool = Executor::Pool::Database,
                 qint64 bodyLimit = kDefaultBodyLimit);

// Answers a request on the main thread when that needs no waiting (a cached public page whose
// freshness is known in microseconds); std::nullopt sends it on to the pool as usual. Skipping the
// two thread hand-offs is most of the cost of a cached answer.
using Shortcut = std::function<std::optional<HttpResponse>(const HttpRequest &)>;

// A public GET that first tries `shortcut` on the main thread, then runs `work` on the pool.
void addCachedEndpoint(Router &router, ControllerContext &ctx, const QString &pattern, Shortcut shortcut,
                       Work work);

struct Admission {
    services::AuthUser user;
    Role eventRole = Role::Attendee;
    std::optional<services::AccessClaims> unchecked{};
};

// Runs the access check on the calling (pool) thread: 401 without a valid token, 403 without the
// role or the event scope. An onEvent check reads the event id from the path (`param`).
Result<Admission> checkAccess(ControllerContext &ctx, Access access, const HttpRequest &request,
                              const QString &param = QStringLiteral("id"));
// The same check for an event named elsewhere (a query parameter).
Result<Role> checkEventScope(ControllerContext &ctx, const services::AuthUser &user, qint64 eventId, Role minimum);

} // namespace eventbook::http
