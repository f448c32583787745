#include "front_door.h"

#include "connection_guard.h"
#include "server_counters.h"

#include <QTcpSocket>

namespace eventbook::http {

FrontDoor::FrontDoor(FrontDoorLimits limits, ServerCounters &counters, QObject *parent)
    : QTcpServer(parent)
    , m_limits(std::move(limits))
    , m_counters(counters) {
    setListenBacklogSize(1024);
}

void FrontDoor::incomingConnection(qintptr descriptor) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new ConnectionGuard(socket, m_limits, m_http, m_counters, m_perAddress);
    addPendingConnection(socket);
    // newConnection() is emitted by QTcpServer after this returns; QHttpServer connects its
    // own readyRead slot then, after the guard's.
}

int FrontDoor::openConnections() const {
    return int(m_counters.openConnections.load());
}

} // namespace eventbook::http
