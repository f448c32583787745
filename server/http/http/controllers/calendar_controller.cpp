#include "calendar_controller.h"

#include "http/endpoint.h"
#include "services/calendar_service.h"

namespace eventbook::http {

namespace {
HttpResponse calendarFile(const Result<QByteArray> &ics, const QByteArray &fileName, const QByteArray &caching) {
    if (!ics)
        return HttpResponse::error(ics.error());
    HttpResponse r;
    r.contentType = "text/calendar; charset=utf-8";
    r.body = *ics;
    r.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + '"');
    r.setHeader("Cache-Control", caching);
    return r;
}
} // namespace

void CalendarController::registerRoutes(Router &router, ControllerContext &ctx) {
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/events/:id/calendar.ics"), Access::Public, [&ctx](Call &c) {
        auto id = c.pathId(QStringLiteral("Event"));
        if (!id)
            return HttpResponse::error(id.error());
        return calendarFile(services::CalendarService(ctx.database, ctx.mail).eventCalendar(*id),
                            "event-" + QByteArray::number(*id) + ".ics", "public, max-age=60");
    });
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/bookings/:id/calendar.ics"), Access::SignedIn,
                [&ctx](Call &c) {
                    auto id = c.pathId(QStringLiteral("Booking"));
                    if (!id)
                        return HttpResponse::error(id.error());
                    return calendarFile(
                        services::CalendarService(ctx.database, ctx.mail).bookingCalendar(*id, c.actor()),
                        "booking-" + QByteArray::number(*id) + ".ics", "private, no-store");
                });
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/calendar/feed/:file"), Access::Public, [&ctx](Call &c) {
        QString secret = c.request.params.value(QStringLiteral("file"));
        if (!secret.endsWith(QLatin1String(".ics")))
            return HttpResponse::error(ErrorCode::NotFound, QStringLiteral("No such calendar feed"));
        secret.chop(4);
        // The secret is in the URL: no shared cache may keep the answer.
        return calendarFile(services::CalendarService(ctx.database, ctx.mail).feed(secret), "eventbook.ics",
                            "private, max-age=300");
    });
}

} // namespace eventbook::http
