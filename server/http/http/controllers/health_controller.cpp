#include "health_controller.h"

#include "eventbook/common/json_keys.h"
#include "services/health_service.h"

#include <QFile>
#include <QJsonObject>

namespace eventbook::http {
namespace k = eventbook::keys;

namespace {
HttpResponse readinessResponse(ControllerContext &ctx) {
    using State = services::Readiness::State;
    const services::Readiness ready = services::HealthService(ctx.database).readiness();
    const int unavailable = errorCodeHttpStatus(ErrorCode::ServiceUnavailable);
    switch (ready.state) {
    case State::DatabaseDown:
        return HttpResponse::rawJson(
            QJsonObject{{k::status, QStringLiteral("unavailable")}, {k::database, QStringLiteral("down")}},
            unavailable);
    case State::MigrationsPending:
        return HttpResponse::rawJson(QJsonObject{{k::status, QStringLiteral("unavailable")},
                                                 {k::database, QStringLiteral("up")},
                                                 {k::migrations, QStringLiteral("pending")}},
                                     unavailable);
    case State::ReadOnly:
        return HttpResponse::rawJson(QJsonObject{{k::status, QStringLiteral("unavailable")},
                                                 {k::database, QStringLiteral("read-only")},
                                                 {k::message, ready.message}},
                                     unavailable);
    case State::Ready:
        break;
    }
    return HttpResponse::rawJson(QJsonObject{{k::status, QStringLiteral("ready")},
                                             {k::database, QStringLiteral("up")},
                                             {k::migrations, ready.migrations}});
}
} // namespace

void HealthController::registerRoutes(Router &router, ControllerContext &ctx) {
    router.add("GET", QStringLiteral("/healthz"), [](HttpRequest &, const std::shared_ptr<Responder> &r) {
        r->send(HttpResponse::rawJson(QJsonObject{{k::status, QStringLiteral("ok")}}));
    });

    // Reached by a plain GET: upgrade requests to /ws never get here (HttpServer hands them over).
    router.add("GET", QStringLiteral("/ws"), [](HttpRequest &, const std::shared_ptr<Responder> &r) {
        HttpResponse response = HttpResponse::error(
            ErrorCode::UpgradeRequired, QStringLiteral("/ws is a WebSocket endpoint; connect with a WebSocket client"));
        response.setHeader("Upgrade", "websocket");
        r->send(response);
    });

    router.add(
        "GET", QStringLiteral("/api/openapi.yaml"), [](HttpRequest &, const std::shared_ptr<Responder> &r) {
            static const QByteArray spec = [] {
                QFile f(QStringLiteral(":/docs/openapi.yaml"));
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }();
            HttpResponse response{200, "application/yaml; charset=utf-8", {}, spec};
            r->send(spec.isEmpty()
                        ? HttpResponse::error(ErrorCode::Internal, QStringLiteral("Specification missing"))
                        : response);
        });

    router.add("GET", QStringLiteral("/readyz"), [&ctx](HttpRequest &, const std::shared_ptr<Responder> &r) {
        ctx.executor.respond(Executor::Pool::Database, r, [&ctx]() { return readinessResponse(ctx); });
    });
}

} // namespace eventbook::http
