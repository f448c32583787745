#include "profile_controller.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "http/endpoint.h"
#include "http/json_body.h"
#include "http/session_json.h"
#include "services/profile_service.h"

#include <QJsonArray>

namespace eventbook::http {
namespace k = eventbook::keys;

namespace {
services::ProfileService profiles(ControllerContext &ctx) {
    return services::ProfileService(ctx.database, ctx.hasher, ctx.auth, ctx.live);
}

Error wrongType(QLatin1StringView key, const QString &what) {
    const QString message = QString(key) + QLatin1Char(' ') + what;
    return Error::make(ErrorCode::ValidationError, message,
                       QJsonArray{QJsonObject{{k::field, QString(key)}, {k::message, message}}});
}

HttpResponse updateProfile(ControllerContext &ctx, const Call &c) {
    auto body = c.body();
    if (!body)
        return HttpResponse::error(body.error());
    services::ProfileInput in;
    FieldReader f(*body);
    if (body->contains(k::name))
        in.name = f.string(k::name);
    if (body->contains(k::bio))
        in.bio = f.string(k::bio);
    if (body->contains(k::avatarUrl))
        in.avatarUrl = f.string(k::avatarUrl); // null clears it
    if (!f.ok())
        return HttpResponse::error(f.error());
    if (body->contains(k::preferences)) {
        const QJsonValue prefs = body->value(k::preferences);
        if (!prefs.isObject() && !prefs.isNull())
            return HttpResponse::error(wrongType(k::preferences, QStringLiteral("must be an object")));
        in.preferences = prefs.toObject();
    }
    auto user = profiles(ctx).update(c.user.id, in, c.actor());
    return HttpResponse::from(user, [](const User &u) { return codec::userProfile(u); });
}
} // namespace

void ProfileController::registerRoutes(Router &router, ControllerContext &ctx) {
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/profile"), Access::SignedIn, [&ctx](Call &c) {
        auto user = ctx.auth.me(c.user.id);
        return HttpResponse::from(user, [](const User &u) { return codec::userProfile(u); });
    });

    addEndpoint(
        router, ctx, "PUT", QStringLiteral("/api/profile"), Access::SignedIn,
        [&ctx](Call &c) { return updateProfile(ctx, c); }, Executor::Pool::Database, kImageBodyLimit);

    addEndpoint(
        router, ctx, "POST", QStringLiteral("/api/profile/password"), Access::SignedIn,
        [&ctx](Call &c) {
            auto fields = c.requiredStrings({k::currentPassword, k::newPassword});
            if (!fields)
                return HttpResponse::error(fields.error());
            auto session = profiles(ctx).changePassword(c.user.id, fields->at(0), fields->at(1), c.actor());
            if (!session)
                return HttpResponse::error(session.error());
            return HttpResponse::ok(sessionJson(*session, false), 200,
                                    QStringLiteral("Password changed; other sessions were signed out"));
        },
        Executor::Pool::Hashing);

    addEndpoint(
        router, ctx, "POST", QStringLiteral("/api/profile/email"), Access::SignedIn,
        [&ctx](Call &c) {
            auto fields = c.requiredStrings({k::newEmail, k::password});
            if (!fields)
                return HttpResponse::error(fields.error());
            auto user = profiles(ctx).changeEmail(c.user.id, fields->at(0), fields->at(1), c.actor());
            if (!user)
                return HttpResponse::error(user.error());
            return HttpResponse::ok(codec::userProfile(*user), 200, QStringLiteral("Email changed"));
        },
        Executor::Pool::Hashing);

    addEndpoint(
        router, ctx, "DELETE", QStringLiteral("/api/profile"), Access::SignedIn,
        [&ctx](Call &c) {
            auto fields = c.requiredStrings({k::password});
            if (!fields)
                return HttpResponse::error(fields.error());
            if (auto r = profiles(ctx).deleteAccount(c.user.id, fields->first(), c.actor()); !r)
                return HttpResponse::error(r.error());
            return HttpResponse::message(QStringLiteral("Account deleted"));
        },
        Executor::Pool::Hashing);
}

} // namespace eventbook::http
