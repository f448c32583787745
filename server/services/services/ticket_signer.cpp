#include "ticket_signer.h"

#include "crypto_random.h"

#include <sodium.h>


namespace eventbook::services {

namespace {
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

TicketSigner::TicketSigner(const QByteArray &seed) {
    ensureSodium();
    m_publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    m_secretKey.resize(crypto_sign_SECRETKEYBYTES);
    Q_ASSERT(seed.size() == crypto_sign_SEEDBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(m_publicKey.data()),
                             reinterpret_cast<unsigned char *>(m_secretKey.data()),
                             reinterpret_cast<const unsigned char *>(seed.constData()));
}

TicketSigner::~TicketSigner() {
    sodium_memzero(m_secretKey.data(), size_t(m_secretKey.size()));
}

QString TicketSigner::sign(const TicketClaims &claims) const {
    const QByteArray message = ticket::signedMessage(claims);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secretKey.constData()));
    return ticket::compose(claims, signature);
}

Result<TicketClaims> TicketSigner::verify(const QString &ticket) const {
    return verifyWith(m_publicKey, ticket);
}

QString TicketSigner::publicKey() const {
    return QString::fromLatin1(m_publicKey.toBase64(kBase64));
}

Result<TicketClaims> TicketSigner::verifyWith(const QByteArray &publicKey, const QString &text) {
    return ticket::verify(publicKey, text);
}

} // namespace eventbook::services
