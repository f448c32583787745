#pragma once

#include "http_response.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>
#include <functional>

namespace eventbook::http {

struct ServerCounters;

// The way back to one client. Held by the pool task that computes the answer; writes only
// if the socket still exists (a client that hung up must not crash us: QPointer, not a raw
// pointer, and never a QFuture route on Qt 6.4). Main thread only.
class Responder {
public:
    struct Info {
        QByteArray method;
        QString path;
        QString route;
        QString requestId;
        bool closeAfter = false;
        bool acceptsGzip = false;
        // Added to whatever is answered (CORS, rate-limit state).
        QList<QPair<QByteArray, QByteArray>> extraHeaders;
        QByteArray securityHeaders; // the policy's (RequestPolicy::securityHeaders)
    };

    Responder(QTcpSocket *socket, Info info, ServerCounters &counters);
    ~Responder();

    void send(const HttpResponse &response);
    bool sent() const { return m_sent; }

    // A body of unknown length in chunked transfer encoding: the head once, then pieces.
    // Each returns false when the client has gone. `flushed` runs once the socket's send
    // buffer has drained below a bound (at once when it already is, or the client is gone),
    // which is how a producer on another thread is held back by a slow client.
    bool beginStream(const HttpResponse &head);
    bool writeChunk(const QByteArray &data, std::function<void()> flushed);
    // Ends the body; with ok=false the connection is dropped so the client sees a truncated
    // transfer instead of a complete-looking file.
    void endStream(bool ok);
    void setRoute(const QString &route) { m_info.route = route; }
    // Set before the responder is shared with a pool thread, read-only afterwards.
    bool acceptsGzip() const { return m_info.acceptsGzip; }

private:
    QByteArray head(const HttpResponse &response, bool chunked) const;
    bool connected() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }
    void logAccess(int status, double ms, bool clientGone) const;

    QPointer<QTcpSocket> m_socket;
    Info m_info;
    ServerCounters &m_counters;
    QElapsedTimer m_timer;
    qint64 m_userId = 0;
    bool m_sent = false;
    bool m_streaming = false;
    int m_streamStatus = 0;
};

} // namespace eventbook::http
