#include "endpoint.h"

#include "bearer.h"
#include "json_body.h"
#include "services/token_admission.h"

namespace eventbook::http {

Result<QJsonObject> Call::body() const {
    return jsonObjectBody(request);
}

Result<QStringList> Call::requiredStrings(std::initializer_list<QLatin1StringView> keys) const {
    auto object = body();
    if (!object)
        return object.error();
    FieldReader f(*object);
    QStringList values;
    for (QLatin1StringView key : keys)
        values.append(f.string(key));
    if (!f.ok())
        return f.error();
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i).isEmpty())
            return missingField(*(keys.begin() + i));
    }
    return values;
}

Result<qint64> Call::pathId(const QString &what, const QString &param) const {
    bool ok = false;
    const QString text = request.params.value(param);
    const qint64 id = text.size() <= 18 ? text.toLongLong(&ok) : 0;
    if (!ok || id <= 0 || text.startsWith(QLatin1Char('+')))
        return Error::make(ErrorCode::NotFound, QStringLiteral("%1 not found").arg(what));
    return id;
}

Result<Role> checkEventScope(ControllerContext &ctx, const services::AuthUser &user, qint64 eventId, Role minimum) {
    if (user.role == Role::Admin || user.role < minimum) // decided without reading a scope
        return services::standingOnEvent(user, std::nullopt, minimum);
    auto scope = ctx.auth.scopeOn(user.id, eventId);
    if (!scope)
        return scope.error();
    return services::standingOnEvent(user, *scope, minimum);
}

Result<Admission> checkAccess(ControllerContext &ctx, Access access, const HttpRequest &request,
                              const QString &param) {
    if (access.kind == Access::Kind::Public)
        return Admission{};
    if (access.kind == Access::Kind::RowCheckedByWork) {
        auto claims = bearerClaims(ctx.auth, request);
        if (!claims)
            return claims.error();
        Admission admitted;
        admitted.user.id = claims->userId;
        admitted.user.sessionId = claims->sessionId;
        admitted.user.expiresAt = claims->expiresAt;
        admitted.unchecked = *claims;
        return admitted;
    }
    auto user = authenticate(ctx.auth, request);
    if (!user)
        return user.error();
    Admission admitted{*user, user->role};
    switch (access.kind) {
    case Access::Kind::Public:
    case Access::Kind::SignedIn:
    case Access::Kind::RowCheckedByWork:
        break;
    case Access::Kind::Role:
        if (user->role < access.minimum)
            return services::roleRequired(access.minimum);
        break;
    case Access::Kind::OnEvent: {
        const Call probe{request, *user};
        auto eventId = probe.pathId(QStringLiteral("Event"), param);
        if (!eventId)
            return eventId.error();
        auto standing = checkEventScope(ctx, *user, *eventId, access.minimum);
        if (!standing)
            return standing.error();
        admitted.eventRole = *standing;
        break;
    }
    }
    return admitted;
}

namespace {
void addRoute(Router &router, ControllerContext &ctx, const QByteArray &method, const QString &pattern,
              Access access, Work work, Executor::Pool pool, qint64 bodyLimit, Shortcut shortcut) {
    router.add(
        method, pattern,
        [&ctx, access, pool, work = std::move(work),
         shortcut = std::move(shortcut)](HttpRequest &req, const std::shared_ptr<Responder> &r) {
            if (shortcut) {
                if (std::optional<HttpResponse> answer = shortcut(req)) {
                    r->send(*answer); // encodes for the client itself
                    return;
                }
            }
            ctx.executor.respond(pool, r, [&ctx, access, work, req = std::move(req)]() {
                auto admitted = checkAccess(ctx, access, req);
                if (!admitted)
                    return HttpResponse::error(admitted.error());
                Call call{req, admitted->user, admitted->eventRole, admitted->unchecked};
                HttpResponse response = work(call);
                response.userId = admitted->user.id;
                return response;
            });
        },
        bodyLimit);
}
} // namespace

void addEndpoint(Router &router, ControllerContext &ctx, const QByteArray &method, const QString &pattern,
                 Access access, Work work, Executor::Pool pool, qint64 bodyLimit) {
    addRoute(router, ctx, method, pattern, access, std::move(work), pool, bodyLimit, {});
}

void addCachedEndpoint(Router &router, ControllerContext &ctx, const QString &pattern, Shortcut shortcut,
                       Work work) {
    addRoute(router, ctx, "GET", pattern, Access::Public, std::move(work), Executor::Pool::Database,
             kDefaultBodyLimit, std::move(shortcut));
}

} // namespace eventbook::http
