#include "auth_controller.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "http/bearer.h"
#include "http/json_body.h"

namespace eventbook::http {
namespace k = eventbook::keys;
using services::AuthSession;

namespace {
QJsonObject sessionJson(const AuthSession &s, bool withUser) {
    QJsonObject o{{k::token, s.accessToken},
                  {k::refreshToken, s.refreshToken},
                  {k::refreshExpiresAt, codec::formatTime(s.refreshExpiresAt)}};
    if (withUser)
        o.insert(k::user, codec::userPublic(s.user));
    return o;
}

// Parses the body on the main thread (cheap, bounded by the front door) and runs `work` with
// the fields on a pool thread.
template <typename Work>
void withBody(ControllerContext &ctx, Executor::Pool pool, HttpRequest &req,
              const std::shared_ptr<Responder> &r, Work work) {
    auto body = jsonObjectBody(req);
    if (!body) {
        r->send(HttpResponse::error(body.error()));
        return;
    }
    ctx.executor.respond(pool, r,
                         [work = std::move(work), body = std::move(body.value()), ip = req.clientIp]() {
                             return work(body, ip);
                         });
}
} // namespace

void AuthController::registerRoutes(Router &router, ControllerContext &ctx) {
    router.add(
        "POST", QStringLiteral("/api/auth/register"),
        [&ctx](HttpRequest &req, const std::shared_ptr<Responder> &r) {
            withBody(
                ctx, Executor::Pool::Hashing, req, r, [&ctx](const QJsonObject &body, const QString &ip) {
                    FieldReader f(body);
                    services::RegisterInput in{f.string(k::email), f.string(k::password), f.string(k::name)};
                    if (!f.ok())
                        return HttpResponse::error(f.error());
                    auto session = ctx.auth.registerUser(in, ip);
                    return HttpResponse::from(
                        session, [](const AuthSession &s) { return sessionJson(s, true); }, 201);
                });
        });

    router.add("POST", QStringLiteral("/api/auth/login"),
               [&ctx](HttpRequest &req, const std::shared_ptr<Responder> &r) {
                   withBody(ctx, Executor::Pool::Hashing, req, r,
                            [&ctx](const QJsonObject &body, const QString &ip) {
                                FieldReader f(body);
                                const QString email = f.string(k::email);
                                const QString password = f.string(k::password);
                                if (!f.ok())
                                    return HttpResponse::error(f.error());
                                if (email.isEmpty() || password.isEmpty())
                                    return HttpResponse::error(
                                        missingField(email.isEmpty() ? k::email : k::password));
                                auto session = ctx.auth.login(email, password, ip);
                                return HttpResponse::from(
                                    session, [](const AuthSession &s) { return sessionJson(s, true); });
                            });
               });

    router.add("POST", QStringLiteral("/api/auth/refresh"),
               [&ctx](HttpRequest &req, const std::shared_ptr<Responder> &r) {
                   withBody(ctx, Executor::Pool::Database, req, r,
                            [&ctx](const QJsonObject &body, const QString &) {
                                FieldReader f(body);
                                const QString token = f.string(k::refreshToken);
                                if (!f.ok())
                                    return HttpResponse::error(f.error());
                                if (token.isEmpty())
                                    return HttpResponse::error(missingField(k::refreshToken));
                                auto session = ctx.auth.refresh(token);
                                return HttpResponse::from(
                                    session, [](const AuthSession &s) { return sessionJson(s, false); });
                            });
               });

    router.add("POST", QStringLiteral("/api/auth/logout"),
               [&ctx](HttpRequest &req, const std::shared_ptr<Responder> &r) {
                   withBody(ctx, Executor::Pool::Database, req, r,
                            [&ctx](const QJsonObject &body, const QString &) {
                                FieldReader f(body);
                                const QString token = f.string(k::refreshToken);
                                if (!f.ok())
                                    return HttpResponse::error(f.error());
                                if (auto done = ctx.auth.logout(token); !done)
                                    return HttpResponse::error(done.error());
                                return HttpResponse::message(QStringLiteral("Logged out"));
                            });
               });

    router.add("GET", QStringLiteral("/api/auth/me"),
               [&ctx](HttpRequest &req, const std::shared_ptr<Responder> &r) {
                   ctx.executor.respond(Executor::Pool::Database, r, [&ctx, req]() {
                       auto who = authenticate(ctx.auth, req);
                       if (!who)
                           return HttpResponse::error(who.error());
                       auto user = ctx.auth.me(who->id);
                       HttpResponse response =
                           HttpResponse::from(user, [](const User &u) { return codec::userProfile(u); });
                       response.userId = who->id;
                       return response;
                   });
               });
}

} // namespace eventbook::http
