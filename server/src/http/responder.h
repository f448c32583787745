#pragma once

#include "http_response.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>

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
    };

    Responder(QTcpSocket *socket, Info info, ServerCounters &counters);
    ~Responder();

    void send(const HttpResponse &response);
    bool sent() const { return m_sent; }
    void setRoute(const QString &route) { m_info.route = route; }

private:
    void logAccess(int status, double ms, bool clientGone) const;

    QPointer<QTcpSocket> m_socket;
    Info m_info;
    ServerCounters &m_counters;
    QElapsedTimer m_timer;
    qint64 m_userId = 0;
    bool m_sent = false;
};

} // namespace eventbook::http
