#pragma once

#include "proxy_trust.h"
#include "wire_headers.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>

namespace eventbook::http {

struct FrontDoorLimits {
    qint64 maxHeadBytes = 16 * 1024;
    int headTimeoutMs = 10'000;
    int idleTimeoutMs = 60'000;
    int lingerMs = 2'000;
    // A body still arriving after this long must have averaged at least minBodyBytesPerSecond.
    int bodyGraceMs = 30'000;
    qint64 minBodyBytesPerSecond = 1024;
    // Open connections one peer address may hold (0: no cap). Behind a trusted proxy every
    // client shares the proxy's address, so the cap is off there (the proxy limits instead).
    int maxConnectionsPerAddress = 256;
    // Local clients (tools, a proxy on this host) are spared the cap unless this says otherwise,
    // and so are the trusted proxies (TRUST_PROXY), whose connections carry many clients.
    bool capLoopback = false;
    ProxyTrust trustedProxies;
    // Largest body the route accepts; asked once the head is complete.
    std::function<qint64(const QByteArray &method, const QString &path)> bodyLimit;
    // On every refusal, as on every answer (the request policy's).
    QByteArray securityHeaders = http::securityHeaders();
};

} // namespace eventbook::http
