#include "responder.h"

#include "server_counters.h"
#include "wire_headers.h"

#include <QJsonDocument>
#include <QJsonObject>
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
        logAccess(response.status, ms, true);
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
    if (response.userId > 0)
        m_userId = response.userId;
    logAccess(response.status, ms, false);
}

void Responder::logAccess(int status, double ms, bool clientGone) const {
    // A JSON object as the message: the log handler lifts its fields into the log line.
    QJsonObject fields{{QStringLiteral("msg"), clientGone ? QStringLiteral("client gone") : QStringLiteral("request")},
                       {QStringLiteral("requestId"), m_info.requestId},
                       {QStringLiteral("method"), QString::fromLatin1(m_info.method)},
                       {QStringLiteral("route"), m_info.route},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("ms"), qRound(ms * 10) / 10.0}};
    if (m_userId > 0)
        fields.insert(QStringLiteral("userId"), m_userId);
    qCInfo(lcAccess).noquote() << QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

} // namespace eventbook::http
