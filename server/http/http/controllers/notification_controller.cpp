#include "notification_controller.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/page_codecs.h"
#include "eventbook/common/json_keys.h"
#include "http/endpoint.h"
#include "http/query_params.h"
#include "services/notification_service.h"

#include <QJsonArray>

namespace eventbook::http {
namespace k = eventbook::keys;

void NotificationController::registerRoutes(Router &router, ControllerContext &ctx) {
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/notifications"), Access::SignedIn, [&ctx](Call &c) {
        QueryParams p(c.request);
        const Paging paging = p.paging(20, 100);
        const bool unreadOnly = p.flag(QStringLiteral("unread"));
        if (!p.ok())
            return HttpResponse::error(p.error());
        auto page = services::NotificationService(ctx.database, ctx.live)
                        .list(c.user.id, paging.page, paging.limit, unreadOnly);
        if (!page)
            return HttpResponse::error(page.error());
        page->setPosition(paging.page, paging.limit);
        return HttpResponse::ok(codec::notificationPage(*page));
    });

    addEndpoint(router, ctx, "POST", QStringLiteral("/api/notifications/read-all"), Access::SignedIn,
                [&ctx](Call &c) {
                    auto marked = services::NotificationService(ctx.database, ctx.live).markAllRead(c.user.id);
                    if (!marked)
                        return HttpResponse::error(marked.error());
                    return HttpResponse::ok(QJsonObject{{QStringLiteral("marked"), *marked}}, 200,
                                            QStringLiteral("All notifications marked as read"));
                });

    addEndpoint(router, ctx, "POST", QStringLiteral("/api/notifications/:id/read"), Access::SignedIn,
                [&ctx](Call &c) {
                    auto id = c.pathId(QStringLiteral("Notification"));
                    if (!id)
                        return HttpResponse::error(id.error());
                    if (auto r = services::NotificationService(ctx.database, ctx.live).markRead(c.user.id, *id); !r)
                        return HttpResponse::error(r.error());
                    return HttpResponse::message(QStringLiteral("Notification marked as read"));
                });
}

} // namespace eventbook::http
