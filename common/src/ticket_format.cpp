#include "eventbook/common/ticket_format.h"

#include <sodium.h>

#include <limits>
#include <optional>

namespace eventbook::ticket {
namespace {
const QLatin1StringView kPrefix("EB1.");
// Signed together with the ids, so a signature made for anything else never verifies as a ticket.
const QByteArray kDomain = QByteArrayLiteral("eventbook-ticket-v1");
constexpr int kMaxVarint = 10;
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
static_assert(kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES && kSignatureBytes == crypto_sign_BYTES);

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

QByteArray ids(const Claims &claims) {
    QByteArray out;
    appendVarint(out, quint64(claims.bookingId));
    appendVarint(out, quint64(claims.eventId));
    return out;
}

Error malformed() {
    return Error::make(ErrorCode::ValidationError, QStringLiteral("This is not an EventBook ticket (damaged or cut off)"));
}

Error forged() {
    return Error::make(ErrorCode::Forbidden, QStringLiteral("The ticket's signature is not valid: it was not issued "
                                                            "by this server or has been altered"));
}
} // namespace

QByteArray signedMessage(const Claims &claims) {
    return kDomain + ids(claims);
}

QString compose(const Claims &claims, const QByteArray &signature) {
    const QByteArray raw = ids(claims) + signature;
    return kPrefix + QString::fromLatin1(raw.toBase64(kBase64));
}

QByteArray publicKeyFromText(const QString &text) {
    const QByteArray key = QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
    return key.size() == kPublicKeyBytes ? key : QByteArray();
}

Result<Claims> verify(const QByteArray &publicKey, const QString &ticket) {
    if (sodium_init() < 0)
        return Error::make(ErrorCode::Internal, QStringLiteral("libsodium could not start"));
    const QString text = ticket.trimmed();
    // Ids of up to 2^63 and a signature: never more than this; longer input is refused unread.
    if (!text.startsWith(kPrefix) || text.size() > 140 || publicKey.size() != kPublicKeyBytes)
        return malformed();
    const QByteArray encoded = text.mid(kPrefix.size()).toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(encoded, kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    // One spelling per ticket: base64 with other trailing bits would decode to the same bytes.
    if (!decoded || decoded.decoded.size() <= kSignatureBytes || decoded.decoded.toBase64(kBase64) != encoded)
        return malformed();
    const QByteArray &raw = decoded.decoded;
    const QByteArray idBytes = raw.left(raw.size() - kSignatureBytes);
    const QByteArray signature = raw.right(kSignatureBytes);
    qsizetype pos = 0;
    const auto booking = readVarint(idBytes, pos);
    const auto event = booking ? readVarint(idBytes, pos) : std::nullopt;
    if (!booking || !event || pos != idBytes.size() || *booking == 0 || *event == 0 ||
        *booking > quint64(std::numeric_limits<qint64>::max()) || *event > quint64(std::numeric_limits<qint64>::max()))
        return malformed();
    const QByteArray message = kDomain + idBytes;
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                    reinterpret_cast<const unsigned char *>(message.constData()),
                                    quint64(message.size()),
                                    reinterpret_cast<const unsigned char *>(publicKey.constData())) != 0)
        return forged();
    return Claims{qint64(*booking), qint64(*event)};
}

} // namespace eventbook::ticket
