#include "ticket_signer.h"

#include "crypto_random.h"

#include <sodium.h>

#include <limits>
#include <optional>

namespace eventbook::services {

namespace {
const QLatin1StringView kPrefix("EB1.");
// Signed together with the ids, so a signature made for anything else never verifies as a ticket.
const QByteArray kDomain = QByteArrayLiteral("eventbook-ticket-v1");
constexpr int kMaxVarint = 10;

void appendVarint(QByteArray &out, quint64 v) {
    do {
        quint8 byte = quint8(v & 0x7f);
        v >>= 7;
        if (v)
            byte |= 0x80;
        out.append(char(byte));
    } while (v);
}

// Reads one LEB128 number at `pos`; nullopt when it is cut off, too long or not minimal.
std::optional<quint64> readVarint(const QByteArray &in, qsizetype &pos) {
    quint64 v = 0;
    for (int i = 0; i < kMaxVarint && pos < in.size(); ++i) {
        const quint8 byte = quint8(in.at(pos++));
        if (i == 9 && byte > 1)
            return std::nullopt;
        v |= quint64(byte & 0x7f) << (7 * i);
        if (!(byte & 0x80))
            return (byte == 0 && i > 0) ? std::nullopt : std::optional<quint64>(v);
    }
    return std::nullopt;
}

Error malformed() {
    return Error::make(ErrorCode::ValidationError, QStringLiteral("This is not an EventBook ticket (damaged or cut off)"));
}

Error forged() {
    return Error::make(ErrorCode::Forbidden, QStringLiteral("The ticket's signature is not valid: it was not issued "
                                                            "by this server or has been altered"));
}

QByteArray signedBytes(const QByteArray &ids) {
    return kDomain + ids;
}

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
    QByteArray ids;
    appendVarint(ids, quint64(claims.bookingId));
    appendVarint(ids, quint64(claims.eventId));
    const QByteArray message = signedBytes(ids);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secretKey.constData()));
    const QByteArray raw = ids + signature;
    return kPrefix + QString::fromLatin1(raw.toBase64(kBase64));
}

Result<TicketClaims> TicketSigner::verify(const QString &ticket) const {
    return verifyWith(m_publicKey, ticket);
}

QString TicketSigner::publicKey() const {
    return QString::fromLatin1(m_publicKey.toBase64(kBase64));
}

Result<TicketClaims> TicketSigner::verifyWith(const QByteArray &publicKey, const QString &ticket) {
    ensureSodium();
    const QString text = ticket.trimmed();
    // Ids of up to 2^63 and a signature: never more than this; longer input is refused unread.
    if (!text.startsWith(kPrefix) || text.size() > 140 || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return malformed();
    const QByteArray encoded = text.mid(kPrefix.size()).toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(encoded, kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    // One spelling per ticket: base64 with other trailing bits would decode to the same bytes.
    if (!decoded || decoded.decoded.size() <= crypto_sign_BYTES || decoded.decoded.toBase64(kBase64) != encoded)
        return malformed();
    const QByteArray &raw = decoded.decoded;
    const QByteArray ids = raw.left(raw.size() - crypto_sign_BYTES);
    const QByteArray signature = raw.right(crypto_sign_BYTES);
    qsizetype pos = 0;
    const auto booking = readVarint(ids, pos);
    const auto event = booking ? readVarint(ids, pos) : std::nullopt;
    if (!booking || !event || pos != ids.size() || *booking == 0 || *event == 0 ||
        *booking > quint64(std::numeric_limits<qint64>::max()) || *event > quint64(std::numeric_limits<qint64>::max()))
        return malformed();
    const QByteArray message = signedBytes(ids);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                    reinterpret_cast<const unsigned char *>(message.constData()),
                                    quint64(message.size()),
                                    reinterpret_cast<const unsigned char *>(publicKey.constData())) != 0)
        return forged();
    return TicketClaims{qint64(*booking), qint64(*event)};
}

} // namespace eventbook::services
