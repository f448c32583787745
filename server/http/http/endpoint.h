#pragma once

#include "controllers/controller_context.h"
#include "eventbook/common/result.h"
#include "executor.h"
#include "http_request.h"
#include "router.h"
#include "services/actor.h"
#include "services/auth_types.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace eventbook::http {

enum class Access { Public, SignedIn, Admin };

// What a handler sees on the pool thread: the request, and the caller once access was checked.
struct Call {
    const HttpRequest &request;
    services::AuthUser user; // id 0 for anonymous callers of public routes

    services::Actor actor() const { return {user.id, user.isAdmin, request.clientIp}; }
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

// Runs the access check on the calling (pool) thread.
Result<services::AuthUser> checkAccess(ControllerContext &ctx, Access access, const HttpRequest &request);

} // namespace eventbook::http
