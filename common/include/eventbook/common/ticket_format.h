#pragma once

#include "eventbook/common/result.h"

#include <QByteArray>
#include <QString>

// The ticket format (issue 19): "EB1." and URL-safe base64 of the booking id and the event id
// (LEB128 varints) followed by an Ed25519 signature (libsodium) over a domain label and those
// bytes. The server signs (services::TicketSigner); the server and the door desk verify with the
// public key alone, so a desk needs no secret and no database to tell a genuine ticket.
namespace eventbook::ticket {

inline constexpr int kPublicKeyBytes = 32;
inline constexpr int kSignatureBytes = 64;

struct Claims {
    qint64 bookingId = 0;
    qint64 eventId = 0;
};

// The bytes a ticket's signature covers.
QByteArray signedMessage(const Claims &claims);
// A ticket's text from its claims and their signature.
QString compose(const Claims &claims, const QByteArray &signature);
// VALIDATION_ERROR for a text that is not a ticket (damaged, cut off, another spelling of the same
// bytes); FORBIDDEN when the signature does not verify with `publicKey`.
Result<Claims> verify(const QByteArray &publicKey, const QString &ticket);
// The key as GET /api/checkin/key gives it (URL-safe base64); empty when it is not 32 bytes.
QByteArray publicKeyFromText(const QString &text);

} // namespace eventbook::ticket
