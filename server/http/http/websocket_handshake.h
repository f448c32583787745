#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <utility>

namespace eventbook::http {

// What a request head asks for, judged the same way by the front door's guard and by the router,
// so that a socket leaves HTTP (and the guard's limits) only for a complete RFC 6455 handshake.
enum class UpgradeKind {
    None,      // an ordinary HTTP request (an Upgrade header without "Connection: upgrade" is one)
    WebSocket, // GET, HTTP/1.1, Upgrade: websocket, Connection: upgrade, version 13, a 16-byte key, no body
    Invalid,   // asks to switch protocols but is not such a handshake: refused with 400
};

struct UpgradeVerdict {
    UpgradeKind kind = UpgradeKind::None;
    const char *problem = nullptr; // why an Invalid handshake is refused, for the error message
};

// `headers` are (lower-case name, value) pairs; `version` is "HTTP/1.1" or "HTTP/1.0".
UpgradeVerdict classifyUpgrade(QByteArrayView method, QByteArrayView version,
                               const QList<std::pair<QByteArray, QByteArray>> &headers);

// True when the comma-separated header value holds `token` (case-insensitive), as
// "Connection: keep-alive, Upgrade" holds "upgrade".
bool headerHasToken(QByteArrayView value, QByteArrayView token);

} // namespace eventbook::http
