#pragma once

#include "front_door_limits.h"

#include <QPointer>
#include <QTcpServer>

namespace eventbook::http {

struct ServerCounters;

// The listening socket. Every accepted connection gets a ConnectionGuard before QHttpServer
// sees it (see ConnectionGuard for why).
class FrontDoor : public QTcpServer {
    Q_OBJECT
public:
    FrontDoor(FrontDoorLimits limits, ServerCounters &counters, QObject *parent = nullptr);

    void setHttpServer(QObject *server) { m_http = server; }
    int openConnections() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    FrontDoorLimits m_limits;
    ServerCounters &m_counters;
    QPointer<QObject> m_http;
};

} // namespace eventbook::http
