#include "team_controller.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "http/endpoint.h"
#include "http/json_body.h"
#include "services/role_service.h"

#include <QJsonArray>

namespace eventbook::http {
namespace k = eventbook::keys;

namespace {
Error invalid(QLatin1StringView field, const QString &message) {
    return Error::make(ErrorCode::ValidationError, message,
                       QJsonArray{QJsonObject{{k::field, QString(field)}, {k::message, message}}});
}

HttpResponse setRole(ControllerContext &ctx, const Call &c) {
    auto id = c.pathId(QStringLiteral("User"));
    if (!id)
        return HttpResponse::error(id.error());
    auto body = c.body();
    if (!body)
        return HttpResponse::error(body.error());
    const auto role = codec::roleFromName(body->value(k::role).toString());
    if (!role)
        return HttpResponse::error(
            invalid(k::role, QStringLiteral("role must be one of admin, organiser, staff, attendee")));
    auto outcome = services::RoleService(ctx.database, ctx.live).setRole(*id, *role, c.actor());
    if (!outcome)
        return HttpResponse::error(outcome.error());
    return HttpResponse::ok(codec::userPublic(outcome->user), 200,
                            outcome->changed ? QStringLiteral("Role changed") : QStringLiteral("Role unchanged"));
}

HttpResponse addMember(ControllerContext &ctx, const Call &c) {
    auto eventId = c.pathId(QStringLiteral("Event"));
    if (!eventId)
        return HttpResponse::error(eventId.error());
    auto body = c.body();
    if (!body)
        return HttpResponse::error(body.error());
    services::UserRef who;
    const QJsonValue userId = body->value(k::userId);
    if (userId.isDouble()) {
        if (userId.toDouble() != double(userId.toInteger()) || userId.toInteger() <= 0)
            return HttpResponse::error(invalid(k::userId, QStringLiteral("userId must be a positive id")));
        who.id = userId.toInteger();
    } else if (!userId.isUndefined() && !userId.isNull()) {
        return HttpResponse::error(invalid(k::userId, QStringLiteral("userId must be a positive id")));
    } else {
        FieldReader f(*body);
        who.email = f.string(k::email);
        if (!f.ok())
            return HttpResponse::error(f.error());
        if (who.email.trimmed().isEmpty())
            return HttpResponse::error(invalid(k::userId, QStringLiteral("give userId or email")));
    }
    auto outcome = services::RoleService(ctx.database, ctx.live).assign(*eventId, who, c.actor());
    if (!outcome)
        return HttpResponse::error(outcome.error());
    return HttpResponse::ok(codec::userPublic(outcome->user), outcome->changed ? 201 : 200,
                            outcome->changed ? QStringLiteral("Added to the event's team")
                                             : QStringLiteral("Already on the event's team"));
}

QJsonObject teamJson(const QList<TeamMember> &team) {
    QJsonArray members;
    for (const TeamMember &m : team)
        members.append(codec::teamMember(m));
    return QJsonObject{{QStringLiteral("team"), members}};
}
} // namespace

void TeamController::registerRoutes(Router &router, ControllerContext &ctx) {
    addEndpoint(router, ctx, "PUT", QStringLiteral("/api/admin/users/:id/role"), Access::Admin,
                [&ctx](Call &c) { return setRole(ctx, c); });
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/events/:id/team"), Access::onEvent(Role::Organiser),
                [&ctx](Call &c) {
                    auto eventId = c.pathId(QStringLiteral("Event"));
                    if (!eventId)
                        return HttpResponse::error(eventId.error());
                    auto team = services::RoleService(ctx.database, ctx.live).team(*eventId);
                    return HttpResponse::from(team, teamJson);
                });
    addEndpoint(router, ctx, "POST", QStringLiteral("/api/events/:id/team"), Access::onEvent(Role::Organiser),
                [&ctx](Call &c) { return addMember(ctx, c); });
    addEndpoint(router, ctx, "DELETE", QStringLiteral("/api/events/:id/team/:userId"),
                Access::onEvent(Role::Organiser), [&ctx](Call &c) {
                    auto eventId = c.pathId(QStringLiteral("Event"));
                    auto userId = c.pathId(QStringLiteral("Team member"), QStringLiteral("userId"));
                    if (!eventId || !userId)
                        return HttpResponse::error(!eventId ? eventId.error() : userId.error());
                    auto outcome =
                        services::RoleService(ctx.database, ctx.live).unassign(*eventId, *userId, c.actor());
                    if (!outcome)
                        return HttpResponse::error(outcome.error());
                    return HttpResponse::ok(codec::userPublic(outcome->user), 200,
                                            QStringLiteral("Removed from the event's team"));
                });
}

} // namespace eventbook::http
