#include "http_server.h"

#include "compression.h"
#include "websocket_handshake.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUuid>

namespace eventbook::http {
namespace {
QByteArray methodName(QHttpServerRequest::Method m) {
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

// A version-4 UUID from Qt's global generator (seeded from the system's): unique enough to find a
// request in the logs, and without QUuid::createUuid's call into the system generator per request.
QString newRequestId() {
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString requestIdFrom(const QByteArray &header) {
    if (header.isEmpty())
        return newRequestId();
    // Echo a caller's id only when it is short and plain, so it cannot inject into logs.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    const QString candidate = QString::fromLatin1(header);
    if (safe.match(candidate).hasMatch())
        return candidate;
    return newRequestId();
}

} // namespace

HttpServer::HttpServer(Router &router, ServerCounters &counters, RequestPolicy &policy, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_counters(counters)
    , m_policy(policy) {}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    ++m_counters.requests;
    HttpRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path();
    req.query = request.query();
    for (const auto &[name, value] : request.headers())
        req.headers.append({name.toLower(), value});
    req.body = request.body();
    req.clientIp = m_policy.clientIp(request.remoteAddress(), req.header("x-forwarded-for"));
    req.requestId = requestIdFrom(req.header("x-request-id"));
    // Only a complete handshake switches protocols (the guard refused invalid ones with 400 and
    // checked the HTTP version); "Upgrade: websocket" alone is an ordinary request (GET /ws: 426).
    if (classifyUpgrade(req.method, "HTTP/1.1", req.headers).kind == UpgradeKind::WebSocket) {
        // Returning true without writing lets QAbstractHttpServer hand the socket to its
        // WebSocket server (newWebSocketConnection); false sends it to missingHandler.
        if (req.path == QLatin1StringView(kLivePath) && req.method == "GET") {
            ++m_counters.upgrades;
            return true;
        }
        return false;
    }

    Responder::Info info;
    info.method = req.method;
    info.path = req.path;
    info.requestId = req.requestId;
    info.securityHeaders = m_policy.securityHeaders();
    info.closeAfter = req.header("connection").toLower() == "close";
    info.acceptsGzip = acceptsGzip(req.header("accept-encoding"));
    if (m_draining) {
        info.closeAfter = true;
        auto responder = std::make_shared<Responder>(socket, info, m_counters);
        responder->setRoute(QStringLiteral("draining"));
        HttpResponse busy = HttpResponse::error(
            ErrorCode::ServiceUnavailable, QStringLiteral("The server is shutting down; try again shortly"));
        busy.setHeader("Retry-After", "1");
        responder->send(busy);
        return true;
    }
    const Router::Route *route = m_router.match(req.method, req.path, req.params);
    const std::optional<HttpResponse> refusal =
        m_policy.admit(req, info.extraHeaders, QDateTime::currentMSecsSinceEpoch());
    auto responder = std::make_shared<Responder>(socket, info, m_counters);
    if (refusal) {
        responder->setRoute(route ? route->pattern : QStringLiteral("unmatched"));
        responder->send(*refusal);
        return true;
    }
    if (!route) {
        responder->setRoute(QStringLiteral("unmatched"));
        responder->send(HttpResponse::error(ErrorCode::NotFound,
                                            QStringLiteral("Route %1 %2 not found")
                                                .arg(QString::fromLatin1(req.method), req.path.left(200))));
        return true;
    }
    req.route = route->pattern;
    responder->setRoute(route->pattern);
    route->handler(req, responder);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    // Reached only by WebSocket upgrades to another path (QAbstractHttpServer closes the
    // connection after this).
    Responder::Info info;
    info.method = methodName(request.method());
    info.path = request.url().path();
    info.requestId = requestIdFrom(request.value("x-request-id"));
    info.securityHeaders = m_policy.securityHeaders();
    info.closeAfter = true;
    auto responder = std::make_shared<Responder>(socket, info, m_counters);
    responder->setRoute(QStringLiteral("unmatched"));
    responder->send(HttpResponse::error(
        ErrorCode::NotFound,
        QStringLiteral("WebSocket connections are served at %1 only").arg(QLatin1StringView(kLivePath))));
}

} // namespace eventbook::http
