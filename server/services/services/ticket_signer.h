#pragma once

#include "eventbook/common/result.h"

#include <QByteArray>
#include <QString>

namespace eventbook::services {

// What a valid ticket says: which booking, at which event.
struct TicketClaims {
    qint64 bookingId = 0;
    qint64 eventId = 0;
};

// Signed tickets (issue 19): a compact text a QR code carries, "EB1." and URL-safe base64 of the
// booking id and the event id (LEB128 varints) followed by an Ed25519 signature (libsodium
// crypto_sign_detached) over a domain label and those bytes. Anyone with the public key verifies a
// ticket without the database; only the server, with the seed, makes one. A door device tells a
// damaged ticket (MALFORMED) from a forged one (FORGED) and checks the event itself.
class TicketSigner {
public:
    static constexpr int kSeedBytes = 32; // crypto_sign_SEEDBYTES
    static constexpr int kPublicKeyBytes = 32;

    // `seed`: the 32-byte Ed25519 seed (TICKET_SIGNING_KEY or DATA_DIR/ticket_signing_key).
    explicit TicketSigner(const QByteArray &seed);
    ~TicketSigner();
    TicketSigner(const TicketSigner &) = delete;
    TicketSigner &operator=(const TicketSigner &) = delete;

    QString sign(const TicketClaims &claims) const;
    // Checks the form and the signature only; whether the booking is still valid is the caller's.
    Result<TicketClaims> verify(const QString &ticket) const;
    // The public key, URL-safe base64 without padding (GET /api/checkin/key).
    QString publicKey() const;

    // Verification with a public key alone, as a door device does offline.
    static Result<TicketClaims> verifyWith(const QByteArray &publicKey, const QString &ticket);

private:
    QByteArray m_publicKey;
    QByteArray m_secretKey; // libsodium's 64-byte secret key (seed + public key), wiped on destruction
};

} // namespace eventbook::services
