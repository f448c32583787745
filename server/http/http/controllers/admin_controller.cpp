#include "admin_controller.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "http/endpoint.h"
#include "http/json_body.h"
#include "eventbook/common/page_codecs.h"
#include "http/query_params.h"
#include "services/notification_service.h"
#include "services/report_service.h"
#include "services/user_admin_service.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace eventbook::http {
namespace k = eventbook::keys;

namespace {
HttpResponse listUsers(ControllerContext &ctx, const Call &c) {
    QueryParams p(c.request);
    const Paging paging = p.paging(20, 100);
    UserQuery query{paging.page, paging.limit, p.text(QStringLiteral("search"), 500).toCaseFolded()};
    if (!p.ok())
        return HttpResponse::error(p.error());
    auto page = services::UserAdminService(ctx.database, ctx.live).list(query);
    if (!page)
        return HttpResponse::error(page.error());
    page->setPosition(paging.page, paging.limit);
    return HttpResponse::ok(codec::userPage(*page));
}

HttpResponse auditLogs(ControllerContext &ctx, const Call &c) {
    QueryParams p(c.request);
    const Paging paging = p.paging(20, 100);
    AuditQuery query;
    query.page = paging.page;
    query.limit = paging.limit;
    query.action = p.text(QStringLiteral("action"), 64).toUpper();
    query.actorId = p.id(QStringLiteral("actorId"));
    query.targetType = p.text(QStringLiteral("targetType"), 64).toLower();
    query.startMs = p.timeMs(QStringLiteral("start"), false);
    query.endMs = p.timeMs(QStringLiteral("end"), true);
    if (!p.ok())
        return HttpResponse::error(p.error());
    auto page = services::ReportService(ctx.database).auditLog(query);
    if (!page)
        return HttpResponse::error(page.error());
    page->setPosition(paging.page, paging.limit);
    return HttpResponse::ok(codec::auditPage(*page));
}

HttpResponse roleChange(ControllerContext &ctx, const Call &c, bool admin) {
    auto id = c.pathId(QStringLiteral("User"));
    if (!id)
        return HttpResponse::error(id.error());
    auto change = services::UserAdminService(ctx.database, ctx.live).setAdmin(*id, admin, c.actor());
    if (!change)
        return HttpResponse::error(change.error());
    const QString message = admin ? (change->changed ? QStringLiteral("User promoted to admin")
                                                     : QStringLiteral("User is already an admin"))
                                  : (change->changed ? QStringLiteral("Admin rights removed")
                                                     : QStringLiteral("User is not an admin"));
    return HttpResponse::ok(codec::userPublic(change->user), 200, message);
}

// An id the body may give: a positive number, or digits as HTML forms send them.
Result<std::optional<qint64>> optionalId(const QJsonObject &body, QLatin1StringView key) {
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return std::optional<qint64>();
    const qint64 id = v.isDouble() && v.toDouble() == double(v.toInteger()) ? v.toInteger() : v.toString().toLongLong();
    if (id <= 0)
        return Error::make(ErrorCode::ValidationError, QStringLiteral("%1 must be a positive id").arg(key),
                           QJsonArray{QJsonObject{{k::field, QString(key)},
                                                  {k::message, QStringLiteral("must be a positive id")}}});
    return std::optional<qint64>(id);
}

HttpResponse sendNotification(ControllerContext &ctx, const Call &c) {
    auto body = c.body();
    if (!body)
        return HttpResponse::error(body.error());
    services::NotificationInput in;
    for (auto [key, target] : {std::pair{k::userId, &in.userId}, std::pair{k::eventId, &in.eventId}}) {
        auto id = optionalId(*body, key);
        if (!id)
            return HttpResponse::error(id.error());
        *target = *id;
    }
    // An organiser speaks to the attendees of their own events, never to one user or to everyone.
    if (c.user.role != Role::Admin) {
        if (!in.eventId || in.userId)
            return HttpResponse::error(Error::make(
                ErrorCode::Forbidden, QStringLiteral("Organisers send to the attendees of one of their events: "
                                                     "give eventId")));
        if (auto standing = checkEventScope(ctx, c.user, *in.eventId, Role::Organiser); !standing)
            return HttpResponse::error(standing.error());
    }
    FieldReader f(*body);
    in.title = f.string(k::title);
    in.body = f.string(k::body);
    const QString message = f.string(k::message); // the original server's name for the body
    in.type = f.string(k::type);
    if (!f.ok())
        return HttpResponse::error(f.error());
    if (in.body.isEmpty())
        in.body = message;
    auto reached = services::NotificationService(ctx.database, ctx.live).send(in, c.actor());
    if (!reached)
        return HttpResponse::error(reached.error());
    return HttpResponse::ok(QJsonObject{{k::recipients, *reached}}, 201, QStringLiteral("Notification sent"));
}
} // namespace

void AdminController::registerRoutes(Router &router, ControllerContext &ctx) {
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/admin/stats"), Access::role(Role::Organiser), [&ctx](Call &c) {
        auto stats = services::ReportService(ctx.database).stats(c.actor());
        return HttpResponse::from(stats, [](const DashboardStats &s) { return codec::dashboardStats(s); });
    });
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/admin/stats/daily"), Access::role(Role::Organiser),
                [&ctx](Call &c) {
        QueryParams p(c.request);
        const int days = p.integer(QStringLiteral("days"), 30, 1, 366);
        if (!p.ok())
            return HttpResponse::error(p.error());
        auto daily = services::ReportService(ctx.database).daily(c.actor(), days);
        return HttpResponse::from(daily, [](const QList<DailyBookings> &list) {
            QJsonArray out;
            for (const DailyBookings &d : list)
                out.append(codec::dailyBookings(d));
            return QJsonObject{{k::days, out}};
        });
    });
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/admin/users"), Access::Admin,
                [&ctx](Call &c) { return listUsers(ctx, c); });
    addEndpoint(router, ctx, "POST", QStringLiteral("/api/admin/users/:id/promote"), Access::Admin,
                [&ctx](Call &c) { return roleChange(ctx, c, true); });
    addEndpoint(router, ctx, "POST", QStringLiteral("/api/admin/users/:id/demote"), Access::Admin,
                [&ctx](Call &c) { return roleChange(ctx, c, false); });
    addEndpoint(router, ctx, "DELETE", QStringLiteral("/api/admin/users/:id"), Access::Admin,
                [&ctx](Call &c) {
                    auto id = c.pathId(QStringLiteral("User"));
                    if (!id)
                        return HttpResponse::error(id.error());
                    auto removed = services::UserAdminService(ctx.database, ctx.live).remove(*id, c.actor(), false);
                    if (!removed)
                        return HttpResponse::error(removed.error());
                    return HttpResponse::ok(codec::userPublic(*removed), 200, QStringLiteral("User deleted"));
                });
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/admin/audit-logs"), Access::Admin,
                [&ctx](Call &c) { return auditLogs(ctx, c); });
    addEndpoint(router, ctx, "POST", QStringLiteral("/api/admin/notifications"), Access::role(Role::Organiser),
                [&ctx](Call &c) { return sendNotification(ctx, c); });
}

} // namespace eventbook::http
