#include "live_connection.h"

#include "eventbook/common/json_keys.h"

#include <QDateTime>
#include <algorithm>
#include <limits>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace eventbook::realtime {
namespace k = eventbook::keys;

LiveConnection::LiveConnection(QWebSocket *socket, const LiveSettings &settings, LiveCounters &counters,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_settings(settings)
    , m_counters(counters) {
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(quint64(settings.maxMessageBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(settings.maxMessageBytes));
    m_lastHeard.start();
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        signOut();
        Q_EMIT signedOut();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        m_lastHeard.restart();
        Q_EMIT textReceived(message);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        m_lastHeard.restart();
        sendError(QStringLiteral("Binary frames are not supported; send JSON text frames"));
    });
    connect(socket, &QWebSocket::pong, this, [this] { m_lastHeard.restart(); });
    connect(socket, &QWebSocket::disconnected, this, &LiveConnection::gone);
    ++m_counters.connections;
    ++m_counters.accepted;
}

LiveConnection::~LiveConnection() {
    --m_counters.connections;
}

bool LiveConnection::send(QByteArrayView type, QByteArrayView payload) {
    if (m_dropping)
        return false;
    QByteArray frame;
    frame.reserve(type.size() + payload.size() + 48);
    frame.append("{\"type\":\"").append(type).append("\",\"payload\":").append(payload);
    frame.append(",\"seq\":").append(QByteArray::number(++m_seq)).append('}');
    m_socket->sendTextMessage(QString::fromUtf8(frame));
    ++m_counters.messagesSent;
    if (m_socket->bytesToWrite() > m_settings.sendQueueBytes) {
        ++m_counters.slowDropped;
        drop(1008, QStringLiteral("Too many unread messages"));
        return false;
    }
    return true;
}

void LiveConnection::sendError(const QString &message) {
    send("ERROR", QJsonDocument(QJsonObject{{k::message, message}}).toJson(QJsonDocument::Compact));
}

void LiveConnection::signIn(qint64 userId, bool isAdmin, const QList<qint64> &events, qint64 expiresAtSecs,
                            const QString &sessionId) {
    m_userId = userId;
    m_isAdmin = isAdmin;
    m_events = QSet<qint64>(events.begin(), events.end());
    m_sessionId = sessionId;
    const qint64 leftMs = expiresAtSecs * 1000 - QDateTime::currentMSecsSinceEpoch();
    m_expiry.start(int(std::clamp<qint64>(leftMs, 0, std::numeric_limits<int>::max())));
}

void LiveConnection::signOut() {
    m_userId = 0;
    m_isAdmin = false;
    m_events.clear();
    m_sessionId.clear();
    m_expiry.stop();
}

bool LiveConnection::heartbeat() {
    if (m_dropping)
        return false;
    if (m_lastHeard.elapsed() > m_settings.deadPeerMs) {
        ++m_counters.deadPeers;
        m_dropping = true;
        m_socket->abort(); // a silent peer reads no close frame
        return false;
    }
    m_socket->ping();
    return true;
}

void LiveConnection::close(int code, const QString &reason) {
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void LiveConnection::drop(int code, const QString &reason) {
    m_dropping = true;
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
    // The close frame waits behind everything the client has not read; do not wait for it long.
    QTimer::singleShot(2000, this, [this] { m_socket->abort(); });
}

} // namespace eventbook::realtime
