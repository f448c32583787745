#include "booking_controller.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "http/endpoint.h"
#include "http/query_params.h"
#include "services/booking_service.h"
#include "services/csv_export.h"

#include <QJsonArray>

namespace eventbook::http {
namespace k = eventbook::keys;

namespace {
QJsonArray bookingsJson(const QList<Booking> &bookings) {
    QJsonArray out;
    for (const Booking &b : bookings)
        out.append(codec::booking(b));
    return out;
}

// Door staff see who is coming and whether they still are: the name, nothing else of the person.
QJsonArray doorList(const QList<Booking> &bookings) {
    QJsonArray out;
    for (const Booking &b : bookings) {
        QJsonObject o{{k::id, b.id},
                      {k::eventId, b.eventId},
                      {k::userId, b.userId},
                      {k::status, codec::bookingStatusName(b.status)},
                      {k::createdAt, codec::formatTime(b.createdAt)},
                      {k::cancelledAt, codec::timeOrNull(b.cancelledAt)}};
        if (b.user)
            o.insert(k::user, QJsonObject{{k::id, b.user->id}, {k::name, b.user->name}});
        out.append(o);
    }
    return out;
}

// The booking embeds its event as it is after the change, so a client can update its seat
// count without another request.
HttpResponse outcomeResponse(const Result<services::BookingOutcome> &outcome, int status,
                             const QString &message) {
    if (!outcome)
        return HttpResponse::error(outcome.error());
    return HttpResponse::ok(codec::booking(outcome->booking), status, message);
}

void streamCsv(ControllerContext &ctx, HttpRequest &req, const std::shared_ptr<Responder> &r) {
    ctx.executor.stream(r, [&ctx, req = std::move(req)](StreamSink &sink) {
        auto admitted = checkAccess(ctx, Access::role(Role::Organiser), req);
        if (!admitted)
            return HttpResponse::error(admitted.error());
        const services::AuthUser *user = &admitted->user;
        QueryParams p(req);
        const auto eventId = p.id(QStringLiteral("eventId"));
        if (!p.ok())
            return HttpResponse::error(p.error());
        // An organiser exports one of their events; every booking there is is an admin's export.
        if (!eventId && user->role != Role::Admin)
            return HttpResponse::error(Error::make(ErrorCode::Forbidden,
                                                   QStringLiteral("Organisers export one event: give eventId")));
        if (eventId) {
            if (auto standing = checkEventScope(ctx, *user, *eventId, Role::Organiser); !standing)
                return HttpResponse::error(standing.error());
        }
        services::CsvExport csv(ctx.database);
        if (eventId) {
            if (auto found = csv.checkEvent(*eventId); !found)
                return HttpResponse::error(found.error());
        }
        HttpResponse head;
        head.contentType = "text/csv; charset=utf-8";
        const QByteArray fileName =
            eventId ? "bookings-event-" + QByteArray::number(*eventId) + ".csv" : QByteArray("bookings.csv");
        head.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + '"');
        head.setHeader("Cache-Control", "no-store");
        head.userId = user->id;
        sink.begin(head);
        auto written = csv.write(eventId, [&sink](const QByteArray &piece) { return sink.write(piece); });
        if (!written)
            return HttpResponse::error(written.error());
        return head;
    });
}
void countBooking(Metrics &metrics, const Result<services::BookingOutcome> &outcome) {
    if (outcome) {
        metrics.countBooking();
        return;
    }
    switch (outcome.error().code) {
    case ErrorCode::AlreadyBooked:
        metrics.countConflict(Metrics::Conflict::AlreadyBooked);
        break;
    case ErrorCode::EventFull:
        metrics.countConflict(Metrics::Conflict::EventFull);
        break;
    case ErrorCode::EventPast:
        metrics.countConflict(Metrics::Conflict::EventPast);
        break;
    default:
        break;
    }
}
} // namespace

void BookingController::registerRoutes(Router &router, ControllerContext &ctx) {
    addEndpoint(router, ctx, "POST", QStringLiteral("/api/events/:id/book"), Access::SignedIn,
                [&ctx](Call &c) {
                    auto id = c.pathId(QStringLiteral("Event"));
                    if (!id)
                        return HttpResponse::error(id.error());
                    auto outcome = services::BookingService(ctx.database, ctx.live).book(*id, c.actor());
                    countBooking(ctx.counters.metrics, outcome);
                    return outcomeResponse(outcome, 201, QStringLiteral("Booking confirmed"));
                });

    addEndpoint(router, ctx, "DELETE", QStringLiteral("/api/events/:id/book"), Access::SignedIn,
                [&ctx](Call &c) {
                    auto id = c.pathId(QStringLiteral("Event"));
                    if (!id)
                        return HttpResponse::error(id.error());
                    auto outcome = services::BookingService(ctx.database, ctx.live).cancel(*id, c.actor());
                    if (outcome)
                        ctx.counters.metrics.countCancellation();
                    return outcomeResponse(outcome, 200, QStringLiteral("Booking cancelled"));
                });

    addEndpoint(router, ctx, "DELETE", QStringLiteral("/api/events/:id/bookings/:bookingId"),
                Access::onEvent(Role::Organiser), [&ctx](Call &c) {
                    auto id = c.pathId(QStringLiteral("Event"));
                    if (!id)
                        return HttpResponse::error(id.error());
                    auto bookingId = c.pathId(QStringLiteral("Booking"), QStringLiteral("bookingId"));
                    if (!bookingId)
                        return HttpResponse::error(bookingId.error());
                    auto outcome =
                        services::BookingService(ctx.database, ctx.live).remove(*id, *bookingId, c.actor());
                    if (outcome)
                        ctx.counters.metrics.countCancellation();
                    return outcomeResponse(outcome, 200, QStringLiteral("Booking cancelled"));
                });

    addEndpoint(router, ctx, "GET", QStringLiteral("/api/bookings/my"), Access::SignedIn, [&ctx](Call &c) {
        auto bookings = services::BookingService(ctx.database, ctx.live).mine(c.user.id);
        return HttpResponse::from(bookings, bookingsJson);
    });

    addEndpoint(router, ctx, "GET", QStringLiteral("/api/events/:id/bookings"), Access::onEvent(Role::Staff),
                [&ctx](Call &c) {
                    auto id = c.pathId(QStringLiteral("Event"));
                    if (!id)
                        return HttpResponse::error(id.error());
                    auto bookings = services::BookingService(ctx.database, ctx.live).forEvent(*id);
                    if (!bookings || c.eventRole != Role::Staff)
                        return HttpResponse::from(bookings, bookingsJson);
                    return HttpResponse::ok(doorList(*bookings));
                });

    router.add("GET", QStringLiteral("/api/admin/bookings.csv"),
               [&ctx](HttpRequest &req, const std::shared_ptr<Responder> &r) { streamCsv(ctx, req, r); });
}

} // namespace eventbook::http
