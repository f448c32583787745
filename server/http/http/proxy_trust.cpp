#include "proxy_trust.h"

namespace eventbook::http {
namespace {
// IPv4-mapped IPv6 peers (a dual-stack socket) are compared as the IPv4 address they carry.
QHostAddress plain(const QHostAddress &address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

std::optional<ProxyTrust> ProxyTrust::parse(const QString &value) {
    const QString v = value.trimmed().toLower();
    ProxyTrust trust;
    if (v.isEmpty() || v == QLatin1StringView("false") || v == QLatin1StringView("0") ||
        v == QLatin1StringView("no") || v == QLatin1StringView("off"))
        return trust;
    if (v == QLatin1StringView("true") || v == QLatin1StringView("1") || v == QLatin1StringView("yes") ||
        v == QLatin1StringView("on"))
        return loopback();
    for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
        if (!entry.contains(QLatin1Char('/'))) {
            const QHostAddress host(entry);
            if (host.isNull())
                return std::nullopt;
            subnet = {host, host.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        if (subnet.first.isNull())
            return std::nullopt;
        trust.m_subnets.append(subnet);
    }
    if (trust.m_subnets.isEmpty())
        return std::nullopt;
    return trust;
}

ProxyTrust ProxyTrust::loopback() {
    ProxyTrust trust;
    trust.m_subnets = {QHostAddress::parseSubnet(QStringLiteral("127.0.0.0/8")),
                       QHostAddress::parseSubnet(QStringLiteral("::1/128"))};
    return trust;
}

bool ProxyTrust::trusts(const QHostAddress &peer) const {
    const QHostAddress address = plain(peer);
    for (const auto &subnet : m_subnets) {
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress ProxyTrust::client(const QHostAddress &peer, const QByteArray &forwardedFor) const {
    if (!trusts(peer) || forwardedFor.isEmpty())
        return peer;
    QHostAddress client = peer;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop(QString::fromLatin1(it->trimmed()));
        if (hop.isNull())
            break; // garbage ends what can be believed; the last good hop stands
        client = hop;
        if (!trusts(hop))
            break;
    }
    return client;
}

QString ProxyTrust::describe() const {
    QStringList parts;
    for (const auto &[address, bits] : m_subnets)
        parts.append(address.toString() + QLatin1Char('/') + QString::number(bits));
    return parts.join(QLatin1Char(','));
}

} // namespace eventbook::http
