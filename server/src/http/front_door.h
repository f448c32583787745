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

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    FrontDoorLimits m_limits;
    ServerCounters &m_counters;
    QPointer<QObject> m_http;
    std::optional<QSslConfiguration> m_tls;
    // Shared with the guards, which may outlive the listening socket (upgraded connections).
    std::shared_ptr<QHash<QString, int>> m_perAddress = std::make_shared<QHash<QString, int>>();
};

} // namespace eventbook::http
