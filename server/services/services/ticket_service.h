#pragma once

#include "actor.h"
#include "eventbook/common/domain.h"
#include "eventbook/common/result.h"
#include "ticket_signer.h"

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

namespace eventbook::services {

// A confirmed booking's ticket: the booking (event and holder's name embedded) and its secret.
struct Ticket {
    Booking booking;
    QString secret;
};

// Tickets of bookings (issue 19): issued for confirmed bookings to their holder, to the event's
// organisers and door staff, and to admins; a cancelled booking's ticket is revoked.
class TicketService {
public:
    TicketService(storage::Database &db, const TicketSigner &signer)
        : m_db(db)
        , m_signer(signer) {}

    // 404 for a booking that does not exist or that the caller may not see (the same answer, so
    // ids cannot be probed); 409 TICKET_REVOKED for a cancelled one.
    Result<Ticket> forBooking(qint64 bookingId, const Actor &actor);
    // The ticket's QR code as a PNG, eight pixels a module (sharp on paper, easy for a phone or a
    // door scanner); empty when the text cannot be encoded.
    static QByteArray qrPng(const QString &secret);

private:
    storage::Database &m_db;
    const TicketSigner &m_signer;
};

} // namespace eventbook::services
