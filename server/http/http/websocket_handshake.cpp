#include "websocket_handshake.h"

namespace eventbook::http {

bool headerHasToken(QByteArrayView value, QByteArrayView token) {
    for (QByteArrayView part : QLatin1StringView(value).tokenize(u',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

UpgradeVerdict classifyUpgrade(QByteArrayView method, QByteArrayView version,
                               const QList<std::pair<QByteArray, QByteArray>> &headers) {
    QByteArrayView upgrade, wsVersion, key, contentLength;
    bool connectionUpgrade = false, haveUpgrade = false, chunked = false;
    int keys = 0;
    for (const auto &[name, value] : headers) {
        if (name == "upgrade") {
            upgrade = value;
            haveUpgrade = true;
        } else if (name == "connection") {
            connectionUpgrade = connectionUpgrade || headerHasToken(value, "upgrade");
        } else if (name == "sec-websocket-version") {
            wsVersion = value;
        } else if (name == "sec-websocket-key") {
            key = value;
            ++keys;
        } else if (name == "content-length") {
            contentLength = value;
        } else if (name == "transfer-encoding") {
            chunked = true;
        }
    }
    // HTTP parsers switch protocols only when both headers are there; without both this is plain
    // HTTP, answered (and limited) like any other request.
    if (!haveUpgrade || !connectionUpgrade)
        return {};
    const auto invalid = [](const char *problem) { return UpgradeVerdict{UpgradeKind::Invalid, problem}; };
    if (upgrade.trimmed().compare(QByteArrayView("websocket"), Qt::CaseInsensitive) != 0)
        return invalid("only \"Upgrade: websocket\" is supported");
    if (method != "GET")
        return invalid("a WebSocket handshake must be a GET request");
    if (version != "HTTP/1.1")
        return invalid("a WebSocket handshake needs HTTP/1.1");
    if (wsVersion.trimmed() != "13")
        return invalid("Sec-WebSocket-Version must be 13");
    if (keys != 1)
        return invalid("a WebSocket handshake needs one Sec-WebSocket-Key");
    const QByteArray trimmedKey = key.trimmed().toByteArray();
    const auto decoded = QByteArray::fromBase64Encoding(trimmedKey, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16 || trimmedKey.size() != 24)
        return invalid("Sec-WebSocket-Key must be 16 bytes in base64");
    if (chunked || (!contentLength.isEmpty() && contentLength.trimmed() != "0"))
        return invalid("a WebSocket handshake has no body");
    return {UpgradeKind::WebSocket, nullptr};
}

} // namespace eventbook::http
