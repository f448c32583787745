#include "responder.h"

#include "compression.h"
#include "log_line.h"
#include "log_sink.h"
#include "server_counters.h"
#include "wire_headers.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAccess, "eventbook.server.access")

namespace eventbook::http {

Responder::Responder(QTcpSocket *socket, Info info, ServerCounters &counters)
    : m_socket(socket)
    , m_info(std::move(info))
    , m_counters(counters) {
    m_timer.start();
}

Responder::~Responder() {
    if (!m_sent) // a handler forgot to answer: the client must not hang
        send(HttpResponse::error(ErrorCode::Internal, QStringLiteral("Internal server error")));
}

QByteArray Responder::head(const HttpResponse &response, bool chunked) const {
    QByteArray out;
    out.reserve(512 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty() && response.status != 304)
        out += "Content-Type: " + response.contentType + "\r\n";
    if (chunked)
        out += "Transfer-Encoding: chunked\r\n";
    else if (response.status != 304)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "X-Request-Id: " + m_info.requestId.toLatin1() + "\r\n";
    out += m_info.securityHeaders;
    for (const auto &[name, value] : m_info.extraHeaders)
        out += name + ": " + value + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (m_info.closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    return out;
}

void Responder::send(const HttpResponse &answer) {
    if (m_sent)
        return;
    HttpResponse response = answer;
    encodeForClient(response, m_info.acceptsGzip); // a no-op for answers the pool already encoded
    m_sent = true;
    const double ms = double(m_timer.nsecsElapsed()) / 1e6;
    if (response.userId > 0)
        m_userId = response.userId;
    if (!connected()) {
        ++m_counters.responsesDropped;
        logAccess(response.status, ms, true);
        return;
    }
    QByteArray out = head(response, false);
    if (m_info.method != "HEAD" && response.status != 304)
        out += response.body;
    m_socket->write(out);
    if (m_info.closeAfter)
        m_socket->disconnectFromHost();
    logAccess(response.status, ms, false);
}

bool Responder::beginStream(const HttpResponse &response) {
    if (m_sent)
        return false;
    m_sent = true;
    m_streaming = true;
    m_streamStatus = response.status;
    if (response.userId > 0)
        m_userId = response.userId;
    if (!connected())
        return false;
    m_socket->write(head(response, true));
    return true;
}

bool Responder::writeChunk(const QByteArray &data, std::function<void()> flushed) {
    constexpr qint64 kHighWater = 256 * 1024;
    if (!m_streaming || !connected()) {
        flushed();
        return false;
    }
    if (!data.isEmpty() && m_info.method != "HEAD")
        m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    if (m_socket->bytesToWrite() < kHighWater) {
        flushed();
        return true;
    }
    // Released when the kernel has taken enough of the buffer, or when the socket goes away.
    struct Pending {
        std::function<void()> flushed;
        QList<QMetaObject::Connection> connections;
    };
    auto pending = std::make_shared<Pending>();
    pending->flushed = std::move(flushed);
    auto release = [pending]() {
        for (const auto &c : std::as_const(pending->connections))
            QObject::disconnect(c);
        if (auto f = std::exchange(pending->flushed, nullptr))
            f();
    };
    QTcpSocket *socket = m_socket.data();
    pending->connections = {
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket,
                         [socket, release](qint64) {
                             if (socket->bytesToWrite() < kHighWater)
                                 release();
                         }),
        QObject::connect(socket, &QObject::destroyed, socket, release),
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, release),
    };
    return true;
}

void Responder::endStream(bool ok) {
    if (!m_streaming)
        return;
    m_streaming = false;
    const double ms = double(m_timer.nsecsElapsed()) / 1e6;
    if (!connected()) {
        ++m_counters.responsesDropped;
        logAccess(m_streamStatus, ms, true);
        return;
    }
    if (ok) {
        if (m_info.method != "HEAD")
            m_socket->write("0\r\n\r\n");
        if (m_info.closeAfter)
            m_socket->disconnectFromHost();
    } else {
        m_socket->abort();
    }
    logAccess(m_streamStatus, ms, false);
}

void Responder::logAccess(int status, double ms, bool clientGone) const {
    m_counters.metrics.observeRequest(m_info.method, m_info.route, status, ms / 1000.0);
    if (!lcAccess().isInfoEnabled())
        return;
    // Formatted here rather than through qCInfo: the fields are known, and a JSON document round
    // trip per request was a measurable share of a cached answer's cost (docs/benchmarks.md).
    LogLine line("info", "eventbook.server.access",
                 clientGone ? QStringView(u"client gone") : QStringView(u"request"));
    line.text("requestId", m_info.requestId)
        .text("method", QString::fromLatin1(m_info.method))
        .text("route", m_info.route)
        .number("status", status)
        .number("ms", qRound(ms * 10) / 10.0);
    if (m_userId > 0)
        line.number("userId", double(m_userId));
    LogSink::writeSoon(line.take());
}

} // namespace eventbook::http
