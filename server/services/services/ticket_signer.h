#pragma once

#include "eventbook/common/result.h"
#include "eventbook/common/ticket_format.h"

#include <QByteArray>
#include <QString>

namespace eventbook::services {

// What a valid ticket says: which booking, at which event.
using TicketClaims = ticket::Claims;

// Signs tickets (issue 19; the format is Common's eventbook/common/ticket_format.h) with libsodium's
// crypto_sign_detached. Anyone with the public key verifies a ticket without the database; only
// the server, with the seed, makes one.
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
