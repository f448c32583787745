#pragma once

#include "front_door_limits.h"

#include <QPointer>
#include <QHash>
#include <QSslConfiguration>
#include <optional>
#include <QTcpServer>
#include <memory>

namespace eventbook::http {

struct ServerCounters;
class ConnectionGuard;

// The listening socket. Every accepted connection gets a ConnectionGuard before QHttpServer
// sees it (see ConnectionGuard for why).
class FrontDoor : public QTcpServer {
    Q_OBJECT
public:
    FrontDoor(FrontDoorLimits limits, ServerCounters &counters, QObject *parent = nullptr);

    void setHttpServer(QObject *server) { m_http = server; }
    // HTTPS and WSS: every connection starts with a TLS handshake.
    void setTls(const QSslConfiguration &config) { m_tls = config; }
    int openConnections() const;
    // The hub took the WebSocket of this peer: its guard stops the handshake's deadline.
    void webSocketAccepted(const QHostAddress &peer, quint16 port);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    FrontDoorLimits m_limits;
    ServerCounters &m_counters;
    QPointer<QObject> m_http;
    std::optional<QSslConfiguration> m_tls;
    static QByteArray connectionKey(const QHostAddress &peer, quint16 port);
    // Handshakes handed to QWebSocketServer and not yet taken by the hub, by peer address and port.
    QHash<QByteArray, QPointer<ConnectionGuard>> m_handshakes;
    // Shared with the guards, which may outlive the listening socket (upgraded connections).
    std::shared_ptr<QHash<QByteArray, int>> m_perAddress = std::make_shared<QHash<QByteArray, int>>();
};

} // namespace eventbook::http
