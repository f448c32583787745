#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace eventbook::http {

// Which peers may say who the client is (X-Forwarded-For): the proxies named in TRUST_PROXY.
// "true" means a proxy on this host (127.0.0.0/8 and ::1); otherwise a comma-separated list of
// addresses and CIDR subnets ("10.0.0.0/8,::1"). A header from any other peer is ignored.
class ProxyTrust {
public:
    // nullopt for a value that is neither a switch nor a list of addresses.
    static std::optional<ProxyTrust> parse(const QString &value);
    static ProxyTrust loopback();

    bool enabled() const { return !m_subnets.isEmpty(); }
    bool trusts(const QHostAddress &peer) const;
    // The client behind `peer`: walking X-Forwarded-For from the right, the first address that
    // is not one of our proxies (entries further left are whatever the client claimed).
    QHostAddress client(const QHostAddress &peer, const QByteArray &forwardedFor) const;
    QString describe() const;

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};

} // namespace eventbook::http
