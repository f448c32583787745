#include "ticket_service.h"

#include "eventbook/common/qr_code.h"
#include "mail/png_image.h"

#include "storage/booking_repository.h"
#include "storage/database.h"
#include "storage/role_repository.h"

namespace eventbook::services {
using namespace eventbook::storage;

Result<Ticket> TicketService::forBooking(qint64 bookingId, const Actor &actor) {
    return m_db.withRetry([&]() -> Result<Ticket> {
        const Error notFound = Error::make(ErrorCode::NotFound, QStringLiteral("Booking not found"));
        auto found = BookingRepository(m_db).findById(bookingId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return notFound;
        const Booking &b = **found;
        if (!actor.isAdmin && b.userId != actor.id) {
            auto scope = RoleRepository(m_db).scopeOn(actor.id, b.eventId);
            if (!scope)
                return scope.error();
            // A scope only counts while the account still has that role (a demoted organiser's
            // scopes are gone already; this is belt and braces).
            if (!scope->has_value() || actor.role < Role::Staff)
                return notFound;
        }
        if (b.status != BookingStatus::Confirmed)
            return Error::make(ErrorCode::Conflict, QStringLiteral("This booking is cancelled; its ticket is revoked"));
        return Ticket{b, m_signer.sign({b.id, b.eventId})};
    });
}

QByteArray TicketService::qrPng(const QString &secret) {
    const auto qr = QrCode::encode(secret.toLatin1());
    if (!qr)
        return {};
    int side = 0;
    const QByteArray pixels = qr->greyscale(8, &side);
    return ::eventbook::mail::greyscalePng(pixels, side, side);
}

} // namespace eventbook::services
