#include "front_door.h"

#include "connection_guard.h"
#include "server_counters.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace eventbook::http {

FrontDoor::FrontDoor(FrontDoorLimits limits, ServerCounters &counters, QObject *parent)
    : QTcpServer(parent)
    , m_limits(std::move(limits))
    , m_counters(counters) {
    setListenBacklogSize(1024);
}

void FrontDoor::incomingConnection(qintptr descriptor) {
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        // The guard and QHttpServer see only decrypted bytes: QSslSocket's readyRead and peek()
        // deliver plaintext. A failed or stalled handshake ends in the guard's head timeout.
        auto *tls = new QSslSocket(this);
        tls->setSslConfiguration(*m_tls);
        socket = tls;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        connect(tls, &QSslSocket::sslErrors, tls, [tls](const QList<QSslError> &) { tls->abort(); });
        tls->startServerEncryption();
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
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
