#include "ticket_controller.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "http/endpoint.h"
#include "services/ticket_service.h"

namespace eventbook::http {
namespace k = eventbook::keys;

void TicketController::registerRoutes(Router &router, ControllerContext &ctx) {
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/checkin/key"), Access::Public, [&ctx](Call &) {
        return HttpResponse::ok(QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                                            {QStringLiteral("format"), QStringLiteral("EB1")},
                                            {k::publicKey, ctx.tickets.publicKey()}});
    });
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/bookings/:id/ticket"), Access::SignedIn, [&ctx](Call &c) {
        auto id = c.pathId(QStringLiteral("Booking"));
        if (!id)
            return HttpResponse::error(id.error());
        auto ticket = services::TicketService(ctx.database, ctx.tickets).forBooking(*id, c.actor());
        return HttpResponse::from(ticket, [](const services::Ticket &t) {
            QJsonObject o{{k::bookingId, t.booking.id},
                          {k::eventId, t.booking.eventId},
                          {k::status, codec::bookingStatusName(t.booking.status)},
                          {k::ticket, t.secret},
                          {k::holder, t.booking.user ? t.booking.user->name : QString()}};
            if (t.booking.event)
                o.insert(k::event, codec::event(*t.booking.event));
            return o;
        });
    });
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/bookings/:id/ticket.png"), Access::SignedIn, [&ctx](Call &c) {
        auto id = c.pathId(QStringLiteral("Booking"));
        if (!id)
            return HttpResponse::error(id.error());
        auto ticket = services::TicketService(ctx.database, ctx.tickets).forBooking(*id, c.actor());
        if (!ticket)
            return HttpResponse::error(ticket.error());
        const QByteArray png = services::TicketService::qrPng(ticket->secret);
        if (png.isEmpty())
            return HttpResponse::error(ErrorCode::Internal, QStringLiteral("The ticket could not be drawn"));
        HttpResponse r;
        r.contentType = "image/png";
        r.body = png;
        r.setHeader("Cache-Control", "private, no-store");
        r.setHeader("Content-Disposition",
                    "inline; filename=\"ticket-" + QByteArray::number(*id) + ".png\"");
        return r;
    });
}

} // namespace eventbook::http
