#include "connection_guard.h"

#include "address_group.h"
#include "eventbook/common/error_code.h"
#include "http_response.h"
#include "server_counters.h"
#include "websocket_handshake.h"
#include "wire_headers.h"

#include <QTcpSocket>
#include <QWebSocket>

namespace eventbook::http {
namespace {
// A server's close frame (unmasked): 1002 protocol error, RFC 6455 §5.1.
QByteArray unmaskedCloseFrame() {
    const QByteArray reason("Client frames must be masked");
    QByteArray frame;
    frame.append(char(0x88));
    frame.append(char(2 + reason.size()));
    frame.append(char(1002 >> 8));
    frame.append(char(1002 & 0xFF));
    return frame + reason;
}

// "METHOD SP TARGET SP HTTP/1.0|1.1" with an optional trailing CR: METHOD is 1–16 capital letters,
// TARGET 1–16384 bytes without white space. Hand-written: it runs for every request, and a regular
// expression over a converted copy of the line was a visible share of a cached answer's cost.
bool parseRequestLine(QByteArrayView line, QByteArrayView &method, QByteArrayView &target,
                      QByteArrayView &version) {
    if (line.endsWith('\r'))
        line.chop(1);
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace < 1 || firstSpace > 16)
        return false;
    method = line.first(firstSpace);
    for (char c : method)
        if (c < 'A' || c > 'Z')
            return false;
    const QByteArrayView rest = line.sliced(firstSpace + 1);
    const qsizetype secondSpace = rest.indexOf(' ');
    if (secondSpace < 1 || secondSpace > 16384)
        return false;
    target = rest.first(secondSpace);
    for (char c : target)
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f')
            return false;
    version = rest.sliced(secondSpace + 1);
    return version == "HTTP/1.1" || version == "HTTP/1.0";
}

bool allDigits(QByteArrayView text, qsizetype maxLength) {
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const FrontDoorLimits &limits, QObject *httpServer,
                                 ServerCounters &counters, std::shared_ptr<QHash<QByteArray, int>> perAddress)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_http(httpServer)
    , m_counters(counters)
    , m_perAddress(std::move(perAddress))
    , m_address(addressGroup(socket->peerAddress())) {
    ++m_counters.openConnections;
    const int held = ++(*m_perAddress)[m_address];
    m_bodyTimer.setSingleShot(true);
    connect(&m_bodyTimer, &QTimer::timeout, this, &ConnectionGuard::checkBodyRate);
    m_headTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    m_lingerTimer.setSingleShot(true);
    connect(&m_headTimer, &QTimer::timeout, this,
            [this] { reject(ErrorCode::RequestTimeout, QStringLiteral("Request head not received in time")); });
    connect(&m_idleTimer, &QTimer::timeout, this, &ConnectionGuard::closeNow);
    connect(&m_lingerTimer, &QTimer::timeout, this, &ConnectionGuard::closeNow);
    m_upgradeTimer.setSingleShot(true);
    connect(&m_upgradeTimer, &QTimer::timeout, this, [this] {
        if (!m_established)
            closeNow(); // a handshake that passed here but never became a WebSocket
    });
    m_readConnection = connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state == State::Head || m_state == State::Body)
            m_idleTimer.start(m_limits.idleTimeoutMs);
    });
    // A new connection has to start talking within the head timeout.
    m_headTimer.start(m_limits.headTimeoutMs);
    m_idleTimer.start(m_limits.idleTimeoutMs);
    // Slowloris holds many connections open at once; one address gets a bounded share. Local
    // clients (tools, a proxy on this host) are not capped.
    if (m_limits.maxConnectionsPerAddress > 0 && held > m_limits.maxConnectionsPerAddress &&
        (m_limits.capLoopback || !socket->peerAddress().isLoopback()) &&
        !m_limits.trustedProxies.trusts(socket->peerAddress()))
        reject(ErrorCode::RateLimited,
               QStringLiteral("Too many open connections from your address (at most %1)")
                   .arg(m_limits.maxConnectionsPerAddress));
}

ConnectionGuard::~ConnectionGuard() {
    --m_counters.openConnections;
    if (--(*m_perAddress)[m_address] <= 0)
        m_perAddress->remove(m_address);
}

void ConnectionGuard::checkBodyRate() {
    if (m_state != State::Body)
        return;
    const qint64 elapsedMs = qMax<qint64>(1, m_bodyClock.elapsed());
    if (m_bodyReceived * 1000 / elapsedMs < m_limits.minBodyBytesPerSecond) {
        reject(ErrorCode::RequestTimeout,
               QStringLiteral("Request body arrived too slowly (under %1 bytes/s)")
                   .arg(m_limits.minBodyBytesPerSecond));
        return;
    }
    m_bodyTimer.start(1000); // keep watching while it lasts
}

void ConnectionGuard::onReadyRead() {
    if (m_state == State::Rejected) {
        m_socket->skip(m_socket->bytesAvailable()); // discard while lingering, without copying
        return;
    }
    if (m_state == State::WebSocket) {
        watchFrames();
        return;
    }
    if (!m_socket->isOpen())
        return;
    m_idleTimer.start(m_limits.idleTimeoutMs);
    scan(m_socket->bytesAvailable());
}

// Walks the unread bytes QHttpServer is about to read. Only request heads are copied (at most
// 16 KB each); bodies are counted, never copied, so the guard adds no memory of its own.
void ConnectionGuard::scan(qint64 available) {
    qint64 pos = 0;
    while (pos < available) {
        if (m_state == State::Body) {
            const qint64 take = qMin(m_bodyRemaining, available - pos);
            m_bodyRemaining -= take;
            m_bodyReceived += take;
            pos += take;
            if (m_bodyRemaining == 0) {
                m_state = State::Head;
                m_bodyTimer.stop();
            }
            continue;
        }
        if (m_state != State::Head)
            return;
        const qint64 room = m_limits.maxHeadBytes + 4 - m_head.size();
        // peek() reads from the current position: the bytes before `pos` (at most one body within
        // the route's limit) are part of the copy and dropped.
        const QByteArray window = m_socket->peek(pos + qMin(available - pos, room)).mid(pos);
        qsizetype i = 0;
        if (m_head.isEmpty()) {
            while (i < window.size() && (window.at(i) == '\r' || window.at(i) == '\n'))
                ++i; // empty lines between keep-alive requests are allowed
            if (i >= window.size()) {
                pos += i;
                continue;
            }
            if (!m_headTimer.isActive())
                m_headTimer.start(m_limits.headTimeoutMs);
        }
        const qsizetype before = m_head.size();
        m_head.append(window.constData() + i, window.size() - i);
        const qsizetype end = m_head.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
        if (end < 0 || end + 4 > m_limits.maxHeadBytes) {
            if (m_head.size() > m_limits.maxHeadBytes)
                return reject(ErrorCode::HeadersTooLarge,
                              QStringLiteral("Request head exceeds %1 bytes").arg(m_limits.maxHeadBytes));
            return; // wait for more
        }
        const qsizetype headLen = end + 4;
        pos += i + (headLen - before);
        const QByteArray head = m_head.left(headLen);
        m_head.clear();
        m_headTimer.stop();
        if (!inspectHead(head)) {
            if (m_state == State::WebSocket)
                m_trailing = available - pos; // frames sent right behind the handshake
            return;
        }
    }
}

bool ConnectionGuard::inspectHead(const QByteArray &head) {
    const QList<QByteArray> lines = head.left(head.size() - 4).split('\n');
    QByteArrayView methodView, targetView, versionView;
    if (!parseRequestLine(lines.first(), methodView, targetView, versionView)) {
        reject(ErrorCode::BadRequest, QStringLiteral("Malformed request line"));
        return false;
    }
    const QByteArray method = methodView.toByteArray();

    qint64 contentLength = 0;
    bool haveLength = false, chunked = false, expectContinue = false;
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t')) {
            reject(ErrorCode::BadRequest, QStringLiteral("Malformed header line"));
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        // Only what classifyUpgrade reads is kept: this loop runs for every request head.
        if (name == "upgrade" || name == "connection" || name.startsWith("sec-websocket-") ||
            name == "content-length" || name == "transfer-encoding")
            headers.append({name, value});
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || !allDigits(value, 18) || (haveLength && n != contentLength)) {
                reject(ErrorCode::BadRequest, QStringLiteral("Invalid Content-Length"));
                return false;
            }
            contentLength = n;
            haveLength = true;
        } else if (name == "transfer-encoding") {
            chunked = value.toLower() != "identity";
        } else if (name == "expect") {
            expectContinue = value.toLower() == "100-continue";
        }
    }
    const UpgradeVerdict upgrade = classifyUpgrade(methodView, versionView, headers);
    if (upgrade.kind == UpgradeKind::Invalid) {
        reject(ErrorCode::BadRequest,
               QStringLiteral("Invalid WebSocket handshake: %1").arg(QLatin1StringView(upgrade.problem)));
        return false;
    }
    if (chunked) {
        reject(ErrorCode::LengthRequired,
               QStringLiteral("Chunked request bodies are not accepted; send Content-Length"));
        return false;
    }
    if (contentLength > 0) { // the route's limit is looked up only for a request that has a body
        const qsizetype query = targetView.indexOf('?');
        const QString path = QString::fromLatin1(query < 0 ? targetView : targetView.first(query));
        const qint64 limit = m_limits.bodyLimit ? m_limits.bodyLimit(method, path) : 1024 * 1024;
        if (contentLength > limit) {
            reject(ErrorCode::PayloadTooLarge, QStringLiteral("Request body exceeds %1 bytes").arg(limit));
            return false;
        }
    }
    if (upgrade.kind == UpgradeKind::WebSocket) {
        // A complete RFC 6455 handshake: QWebSocket owns keep-alive from here (pings, dead
        // peers, message limits); the guard keeps checking frame masks and gives the handshake
        // a deadline to become a WebSocket.
        m_state = State::WebSocket;
        m_headTimer.stop();
        m_idleTimer.stop();
        m_upgradeTimer.start(m_limits.headTimeoutMs);
        return false;
    }
    if (expectContinue && contentLength > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_bodyRemaining = contentLength;
    m_state = contentLength > 0 ? State::Body : State::Head;
    if (m_state == State::Body) {
        m_bodyReceived = 0;
        m_bodyClock.start();
        m_bodyTimer.start(m_limits.bodyGraceMs);
    }
    return true;
}

void ConnectionGuard::reject(ErrorCode code, const QString &message) {
    const int status = errorCodeHttpStatus(code);
    m_state = State::Rejected;
    ++m_counters.rejectedAtDoor;
    m_headTimer.stop();
    m_idleTimer.stop();
    m_bodyTimer.stop();
    if (m_http)
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, m_http, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // release what QHttpServer had buffered of this request
    // From here on nothing is kept: a small read buffer pushes back on the sender through TCP.
    m_socket->setReadBufferSize(64 * 1024);
    m_socket->skip(m_socket->bytesAvailable());
    const QByteArray body = errorBody(code, message);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n" +
                    "Content-Type: application/json; charset=utf-8\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n" + m_limits.securityHeaders +
                    "Connection: close\r\n\r\n" + body);
    m_lingerTimer.start(m_limits.lingerMs);
}

bool ConnectionGuard::readyReadCut() {
    // QAbstractHttpServer has just cut every readyRead connection to hand the handshake to
    // QWebSocketServer; connecting again now puts the guard ahead of QWebSocket.
    if (m_state != State::WebSocket || m_readConnection)
        return false;
    m_readConnection = connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    return true;
}

void ConnectionGuard::markEstablished() {
    if (m_state != State::WebSocket || m_established)
        return;
    m_established = true;
    m_upgradeTimer.stop();
    // QWebSocket reads in a slot of its own (queued on Qt 6.4), after the guard's. A call queued
    // behind that slot learns what it left unread, which the guard has scanned already.
    const auto noteUnread = [this] {
        QMetaObject::invokeMethod(
            this, [this] { m_scannedUnread = m_socket->bytesAvailable(); }, Qt::QueuedConnection);
    };
    connect(m_socket, &QTcpSocket::readyRead, this, noteUnread);
    m_scannedUnread = m_socket->bytesAvailable();
    noteUnread();
}

void ConnectionGuard::watchFrames() {
    const qint64 available = m_socket->bytesAvailable();
    qint64 start = qMin(m_scannedUnread, available);
    if (m_trailing >= 0) {
        start = qMax<qint64>(0, available - m_trailing);
        m_trailing = -1;
    }
    if (available > start) {
        const QByteArray unread = m_socket->peek(available);
        if (m_frames.feed(QByteArrayView(unread).sliced(start)) == WebSocketFrameScanner::Verdict::Unmasked) {
            refuseUnmasked();
            return;
        }
    }
    m_scannedUnread = available;
}

void ConnectionGuard::refuseUnmasked() {
    m_state = State::Rejected;
    ++m_counters.rejectedAtDoor;
    m_upgradeTimer.stop();
    // Nobody else reads this frame: QWebSocket is cut off before its turn in this same signal.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    m_readConnection = connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    m_socket->setReadBufferSize(64 * 1024);
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(unmaskedCloseFrame());
    m_lingerTimer.start(m_limits.lingerMs);
}

void ConnectionGuard::closeNow() {
    m_headTimer.stop();
    m_idleTimer.stop();
    m_bodyTimer.stop();
    m_lingerTimer.stop();
    m_upgradeTimer.stop();
    const bool ownedByWebSocket = m_established;
    m_socket->abort();
    if (!ownedByWebSocket) // a QWebSocket deletes its own socket
        m_socket->deleteLater();
}

} // namespace eventbook::http
