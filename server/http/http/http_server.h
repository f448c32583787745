#pragma once

#include "request_policy.h"
#include "router.h"
#include "server_counters.h"

#include <QAbstractHttpServer>


namespace eventbook::http {

// The thin adapter over QtHttpServer: QAbstractHttpServer parses HTTP and upgrades WebSockets;
// routing, limits and responses are ours. Qt 6.4 hands handleRequest() the socket itself,
// which is what lets a late answer check that its client is still there.
class HttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    static constexpr const char *kLivePath = "/ws";
    // Shutting down: requests that arrive from now on (on connections already open) get 503
    // and the connection is closed; requests already running finish.
    void setDraining(bool draining) { m_draining = draining; }

    HttpServer(Router &router, ServerCounters &counters, RequestPolicy &policy, QObject *parent = nullptr);

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
#error "Qt >= 6.5 passes a QHttpServerResponder instead of the socket: port HttpServer::handleRequest first"
#endif

private:
    Router &m_router;
    ServerCounters &m_counters;
    RequestPolicy &m_policy;
    bool m_draining = false;
};

} // namespace eventbook::http
