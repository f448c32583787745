#include "endpoint.h"

#include "bearer.h"
#include "json_body.h"

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

Result<services::AuthUser> checkAccess(ControllerContext &ctx, Access access, const HttpRequest &request) {
    switch (access) {
    case Access::Public:
        return services::AuthUser{};
    case Access::SignedIn:
        return authenticate(ctx.auth, request);
    case Access::Admin:
        return authenticateAdmin(ctx.auth, request);
    }
    return services::AuthUser{};
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
                auto user = checkAccess(ctx, access, req);
                if (!user)
                    return HttpResponse::error(user.error());
                Call call{req, *user};
                HttpResponse response = work(call);
                response.userId = user->id;
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
