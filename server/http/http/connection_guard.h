#pragma once

#include "eventbook/common/error_code.h"
#include "front_door_limits.h"
#include "websocket_frame_scanner.h"

#include <QObject>
#include <QPointer>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <memory>

class QTcpSocket;

namespace eventbook::http {

struct ServerCounters;

// Watches one connection before QHttpServer does (its readyRead slot is connected first) and
// refuses what QHttpServer 6.4 would buffer without limit: heads over 16 KB (431), bodies over
// the route's limit (413), chunked bodies (411), heads not complete in time (408). A refused
// socket is cut off from QHttpServer, drained for a moment so the client reads the answer
// (lingering close), then closed.
class ConnectionGuard : public QObject {
    Q_OBJECT
public:
    // `perAddress` counts the peer address's open connections; the guard holds one of them for
    // its socket's lifetime and refuses the socket (429) when the address already holds its cap.
    ConnectionGuard(QTcpSocket *socket, const FrontDoorLimits &limits, QObject *httpServer,
                    ServerCounters &counters, std::shared_ptr<QHash<QByteArray, int>> perAddress);
    ~ConnectionGuard() override;

    // The socket's readyRead connections were cut (GuardedSocket): QAbstractHttpServer is
    // handing a checked handshake to its WebSocket server. True when the guard took up watching.
    bool readyReadCut();
    // The handshake became a WebSocket (the hub took it); until then a deadline runs.
    void markEstablished();

private:
    enum class State { Head, Body, WebSocket, Rejected };

    void onReadyRead();
    void scan(qint64 available);
    bool inspectHead(const QByteArray &head);
    void reject(ErrorCode code, const QString &message);
    void closeNow();
    void checkBodyRate();
    void watchFrames();
    void refuseUnmasked();

    QTcpSocket *m_socket;
    const FrontDoorLimits &m_limits;
    QPointer<QObject> m_http;
    ServerCounters &m_counters;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    QTimer m_headTimer;
    QTimer m_idleTimer;
    QTimer m_lingerTimer;
    QTimer m_bodyTimer;
    QElapsedTimer m_bodyClock;
    qint64 m_bodyReceived = 0;
    std::shared_ptr<QHash<QByteArray, int>> m_perAddress;
    QByteArray m_address; // addressGroup(): IPv6 peers count per /64
    QMetaObject::Connection m_readConnection;
    QTimer m_upgradeTimer;
    bool m_established = false; // the hub took the WebSocket (which owns the socket now)
    WebSocketFrameScanner m_frames;
    qint64 m_scannedUnread = 0; // unread bytes at the front of the buffer already scanned
    qint64 m_trailing = -1;     // bytes behind the handshake head, scanned at the hand-over
};

} // namespace eventbook::http
