#include "waitlist_controller.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "eventbook/common/waitlist_codecs.h"
#include "http/endpoint.h"
#include "services/waitlist_service.h"

#include <QJsonArray>

namespace eventbook::http {
namespace k = eventbook::keys;

namespace {
QJsonArray entriesJson(const QList<WaitlistEntry> &entries) {
    QJsonArray out;
    for (const WaitlistEntry &w : entries)
        out.append(codec::waitlistEntry(w));
    return out;
}

services::WaitlistService service(ControllerContext &ctx) {
    return services::WaitlistService(ctx.database, ctx.live);
}
} // namespace

void WaitlistController::registerRoutes(Router &router, ControllerContext &ctx) {
    addEndpoint(router, ctx, "POST", QStringLiteral("/api/events/:id/waitlist"), Access::SignedIn, [&ctx](Call &c) {
        auto id = c.pathId(QStringLiteral("Event"));
        if (!id)
            return HttpResponse::error(id.error());
        auto entry = service(ctx).join(*id, c.actor());
        if (!entry)
            return HttpResponse::error(entry.error());
        WaitlistEntry mine = *entry;
        mine.userId = 0; // the caller knows who they are
        return HttpResponse::ok(codec::waitlistEntry(mine), 201,
                                QStringLiteral("You are number %1 on the waiting list").arg(entry->position));
    });

    addEndpoint(router, ctx, "DELETE", QStringLiteral("/api/events/:id/waitlist"), Access::SignedIn,
                [&ctx](Call &c) {
                    auto id = c.pathId(QStringLiteral("Event"));
                    if (!id)
                        return HttpResponse::error(id.error());
                    auto event = service(ctx).leave(*id, c.actor());
                    if (!event)
                        return HttpResponse::error(event.error());
                    return HttpResponse::ok(QJsonObject{{k::eventId, *id}, {k::event, codec::event(*event)}}, 200,
                                            QStringLiteral("You left the waiting list"));
                });

    addEndpoint(router, ctx, "GET", QStringLiteral("/api/waitlist/my"), Access::SignedIn, [&ctx](Call &c) {
        auto entries = service(ctx).mine(c.user.id);
        if (!entries)
            return HttpResponse::error(entries.error());
        QList<WaitlistEntry> mine = *entries;
        for (WaitlistEntry &w : mine)
            w.userId = 0;
        return HttpResponse::ok(entriesJson(mine));
    });

    addEndpoint(router, ctx, "GET", QStringLiteral("/api/events/:id/waitlist"), Access::onEvent(Role::Organiser),
                [&ctx](Call &c) {
                    auto id = c.pathId(QStringLiteral("Event"));
                    if (!id)
                        return HttpResponse::error(id.error());
                    return HttpResponse::from(service(ctx).queue(*id), entriesJson);
                });
}

} // namespace eventbook::http
