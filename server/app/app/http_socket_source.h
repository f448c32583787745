#pragma once

#include "http/http_server.h"
#include "realtime/socket_source.h"

namespace eventbook::app {

// The live hub's socket source is the HTTP server's queue of upgraded /ws connections. This
// adapter is the one place that knows both, so neither layer depends on the other.
class HttpSocketSource final : public realtime::SocketSource {
public:
    explicit HttpSocketSource(http::HttpServer &http)
        : m_http(http) {}
    bool hasPendingSocket() const override { return m_http.hasPendingWebSocketConnections(); }
    std::unique_ptr<QWebSocket> nextPendingSocket() override { return m_http.nextPendingWebSocketConnection(); }

private:
    http::HttpServer &m_http;
};

} // namespace eventbook::app
