#include "front_door.h"

#include "connection_guard.h"
#include "guarded_socket.h"
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
    std::function<void(std::function<void()>)> hook;
    if (m_tls) {
        // The guard and QHttpServer see only decrypted bytes: QSslSocket's readyRead and peek()
        // deliver plaintext. A failed or stalled handshake ends in the guard's head timeout.
        auto *tls = new GuardedSocket<QSslSocket>(this);
        tls->setSslConfiguration(*m_tls);
        socket = tls;
        hook = [tls](std::function<void()> f) { tls->onReadyReadCut(std::move(f)); };
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        connect(tls, &QSslSocket::sslErrors, tls, [tls](const QList<QSslError> &) { tls->abort(); });
        tls->startServerEncryption();
    } else {
        auto *plain = new GuardedSocket<QTcpSocket>(this);
        socket = plain;
        hook = [plain](std::function<void()> f) { plain->onReadyReadCut(std::move(f)); };
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    QPointer<ConnectionGuard> guard = new ConnectionGuard(socket, m_limits, m_http, m_counters, m_perAddress);
    hook([this, guard, socket] {
        if (guard && guard->readyReadCut())
            m_handshakes.insert(connectionKey(socket->peerAddress(), socket->peerPort()), guard);
    });
    addPendingConnection(socket);
    // newConnection() is emitted by QTcpServer after this returns; QHttpServer connects its
    // own readyRead slot then, after the guard's.
}

QByteArray FrontDoor::connectionKey(const QHostAddress &peer, quint16 port) {
    return peer.toString().toLatin1() + ' ' + QByteArray::number(port);
}

void FrontDoor::webSocketAccepted(const QHostAddress &peer, quint16 port) {
    if (QPointer<ConnectionGuard> guard = m_handshakes.take(connectionKey(peer, port)))
        guard->markEstablished();
    if (m_handshakes.size() > 64) // guards whose handshake went nowhere closed on their deadline
        m_handshakes.removeIf([](const auto &entry) { return entry.value().isNull(); });
}

int FrontDoor::openConnections() const {
    return int(m_counters.openConnections.load());
}

} // namespace eventbook::http
