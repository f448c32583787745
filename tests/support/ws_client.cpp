#include "ws_client.h"

#include <QJsonDocument>
#include <QTest>

namespace eventbook::test {

WsClient::WsClient() {
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
        m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    QObject::connect(&m_socket, &QWebSocket::disconnected, [this] { m_closeCode = m_socket.closeCode(); });
}

WsClient::~WsClient() {
    m_socket.disconnect();
    m_socket.abort();
}

bool WsClient::open(quint16 port, const QString &path) {
    return openUrl(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(path)));
}

bool WsClient::openUrl(const QUrl &url) {
    m_socket.open(url);
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState ||
                                           m_socket.state() == QAbstractSocket::UnconnectedState; },
                           10'000) &&
           m_socket.state() == QAbstractSocket::ConnectedState;
}

bool WsClient::auth(const QByteArray &token) {
    const qsizetype before = m_messages.size();
    sendJson({{QStringLiteral("type"), QStringLiteral("AUTH")},
              {QStringLiteral("payload"), QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token)}}}});
    QString answer;
    (void)QTest::qWaitFor(
        [&] {
            for (qsizetype i = before; i < m_messages.size(); ++i) {
                const QString type = m_messages.at(i).value(QLatin1StringView("type")).toString();
                if (type == QLatin1StringView("AUTH_OK") || type == QLatin1StringView("AUTH_ERROR")) {
                    answer = type;
                    return true;
                }
            }
            return false;
        },
        10'000);
    return answer == QLatin1StringView("AUTH_OK");
}

void WsClient::sendJson(const QJsonObject &message) {
    sendText(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void WsClient::sendText(const QString &text) {
    m_socket.sendTextMessage(text);
}

QList<QJsonObject> WsClient::received(const QString &type, const Match &match) const {
    QList<QJsonObject> out;
    for (const QJsonObject &m : m_messages) {
        if (m.value(QLatin1StringView("type")).toString() != type)
            continue;
        if (!match || match(m.value(QLatin1StringView("payload")).toObject()))
            out.append(m);
    }
    return out;
}

QJsonObject WsClient::waitFor(const QString &type, const Match &match, int timeoutMs) {
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&] {
            const auto hits = received(type, match);
            if (hits.isEmpty())
                return false;
            found = hits.first();
            return true;
        },
        timeoutMs);
    return found;
}

} // namespace eventbook::test
