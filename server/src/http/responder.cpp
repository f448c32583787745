#include "responder.h"

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

void Responder::send(const HttpResponse &response) {
    if (m_sent)
        return;
    m_sent = true;
    const double ms = double(m_timer.nsecsElapsed()) / 1e6;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        ++m_counters.responsesDropped;
        qCInfo(lcAccess, "%s %s -> client gone (would be %d) %.1fms rid=%s", m_info.method.constData(),
               qPrintable(m_info.route), response.status, ms, qPrintable(m_info.requestId));
        return;
    }
    const bool head = m_info.method == "HEAD";
    QByteArray out;
    out.reserve(512 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "X-Request-Id: " + m_info.requestId.toLatin1() + "\r\n";
    out += securityHeaders();
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (m_info.closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!head)
        out += response.body;
    m_socket->write(out);
    if (m_info.closeAfter)
        m_socket->disconnectFromHost();
    qCInfo(lcAccess, "%s %s %d %.1fms rid=%s uid=%lld", m_info.method.constData(), qPrintable(m_info.route),
           response.status, ms, qPrintable(m_info.requestId), m_userId);
}

} // namespace eventbook::http
