#include "auth_controller.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "http/endpoint.h"
#include "http/json_body.h"
#include "http/session_json.h"

namespace eventbook::http {
namespace k = eventbook::keys;
using services::AuthSession;

namespace {
QJsonObject withUser(const AuthSession &s) {
    return sessionJson(s, true);
}
QJsonObject tokensOnly(const AuthSession &s) {
    return sessionJson(s, false);
}
} // namespace

void AuthController::registerRoutes(Router &router, ControllerContext &ctx) {
    // Register and login hash a password: the whole request runs on the hashing pool.
    addEndpoint(
        router, ctx, "POST", QStringLiteral("/api/auth/register"), Access::Public,
        [&ctx](Call &c) {
            auto body = c.body();
            if (!body)
                return HttpResponse::error(body.error());
            FieldReader f(*body);
            services::RegisterInput in{f.string(k::email), f.string(k::password), f.string(k::name)};
            if (!f.ok())
                return HttpResponse::error(f.error());
            return HttpResponse::from(ctx.auth.registerUser(in, c.request.clientIp), withUser, 201);
        },
        Executor::Pool::Hashing);

    addEndpoint(
        router, ctx, "POST", QStringLiteral("/api/auth/login"), Access::Public,
        [&ctx](Call &c) {
            auto fields = c.requiredStrings({k::email, k::password});
            if (!fields)
                return HttpResponse::error(fields.error());
            return HttpResponse::from(ctx.auth.login(fields->at(0), fields->at(1), c.request.clientIp),
                                      withUser);
        },
        Executor::Pool::Hashing);

    addEndpoint(router, ctx, "POST", QStringLiteral("/api/auth/refresh"), Access::Public, [&ctx](Call &c) {
        auto fields = c.requiredStrings({k::refreshToken});
        if (!fields)
            return HttpResponse::error(fields.error());
        return HttpResponse::from(ctx.auth.refresh(fields->first()), tokensOnly);
    });

    addEndpoint(router, ctx, "POST", QStringLiteral("/api/auth/logout"), Access::Public, [&ctx](Call &c) {
        auto body = c.body();
        if (!body)
            return HttpResponse::error(body.error());
        FieldReader f(*body);
        const QString token = f.string(k::refreshToken); // optional: logging out is idempotent
        const bool allDevices = f.boolean(k::allDevices);  // every session of the token's user
        if (!f.ok())
            return HttpResponse::error(f.error());
        if (auto done = ctx.auth.logout(token, allDevices); !done)
            return HttpResponse::error(done.error());
        return HttpResponse::message(QStringLiteral("Logged out"));
    });

    addEndpoint(router, ctx, "GET", QStringLiteral("/api/auth/me"), Access::SignedIn, [&ctx](Call &c) {
        return HttpResponse::from(ctx.auth.me(c.user.id),
                                  [](const User &u) { return codec::userProfile(u); });
    });
}

} // namespace eventbook::http
