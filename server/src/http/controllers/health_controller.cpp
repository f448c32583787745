#include "health_controller.h"

#include "eventbook/common/json_keys.h"
#include "storage/migrator.h"
#include "storage/sql_error.h"

#include <QFile>
#include <QJsonObject>

namespace eventbook::http {
namespace k = eventbook::keys;

void HealthController::registerRoutes(Router &router, ControllerContext &ctx) {
    router.add("GET", QStringLiteral("/healthz"), [](HttpRequest &, const std::shared_ptr<Responder> &r) {
        r->send(HttpResponse::rawJson(QJsonObject{{k::status, QStringLiteral("ok")}}));
    });

    // Reached by a plain GET: upgrade requests to /ws never get here (HttpServer hands them over).
    router.add("GET", QStringLiteral("/ws"), [](HttpRequest &, const std::shared_ptr<Responder> &r) {
        HttpResponse response = HttpResponse::error(
            ErrorCode::BadRequest, QStringLiteral("/ws is a WebSocket endpoint; connect with a WebSocket client"));
        response.status = 426;
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
        ctx.executor.respond(Executor::Pool::Database, r, [&ctx]() {
            const auto ping = ctx.database.ping();
            if (!ping)
                return HttpResponse::rawJson(QJsonObject{{k::status, QStringLiteral("unavailable")},
                                                         {k::database, QStringLiteral("down")}},
                                             503);
            storage::Migrator migrator(ctx.database);
            const auto version = migrator.currentVersion();
            const int latest = storage::Migrator::latestVersion(ctx.database.dialect());
            if (!version || *version != latest)
                return HttpResponse::rawJson(QJsonObject{{k::status, QStringLiteral("unavailable")},
                                                         {k::database, QStringLiteral("up")},
                                                         {k::migrations, QStringLiteral("pending")}},
                                             503);
            // Reads working is not enough: after a write was refused (disk full, read-only) or when
            // space runs low, ready means a write goes through.
            if (ctx.database.storageLow())
                return HttpResponse::rawJson(
                    QJsonObject{{k::status, QStringLiteral("unavailable")},
                                {k::database, QStringLiteral("read-only")},
                                {k::message, QStringLiteral("The data directory has less than 1 MiB free")}},
                    503);
            if (storage::writesRefusedAtMs() != 0) {
                if (auto probe = ctx.database.probeWrite(); !probe)
                    return HttpResponse::rawJson(QJsonObject{{k::status, QStringLiteral("unavailable")},
                                                             {k::database, QStringLiteral("read-only")},
                                                             {k::message, probe.error().message}},
                                                 503);
                storage::clearWritesRefused();
            }
            return HttpResponse::rawJson(QJsonObject{{k::status, QStringLiteral("ready")},
                                                     {k::database, QStringLiteral("up")},
                                                     {k::migrations, latest}});
        });
    });
}

} // namespace eventbook::http
