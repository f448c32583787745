#pragma once

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>
#include <functional>

namespace eventbook::test {

// A /ws client for tests: records every message it receives, in order.
class WsClient {
public:
    WsClient();
    ~WsClient();

    // Opens ws://127.0.0.1:port/ws and waits for the handshake (false on failure).
    bool open(quint16 port, const QString &path = QStringLiteral("/ws"));
    bool openUrl(const QUrl &url);
    // Sends AUTH and waits for AUTH_OK (true) or AUTH_ERROR (false).
    bool auth(const QByteArray &token);
    void sendJson(const QJsonObject &message);
    void sendText(const QString &text);

    using Match = std::function<bool(const QJsonObject &payload)>;
    // The first message of `type` (and matching `match`) received so far, waiting up to
    // `timeoutMs` for it; an empty object when none came.
    QJsonObject waitFor(const QString &type, const Match &match = {}, int timeoutMs = 5000);
    // Messages of `type` received so far that match.
    QList<QJsonObject> received(const QString &type, const Match &match = {}) const;
    const QList<QJsonObject> &all() const { return m_messages; }
    void clear() { m_messages.clear(); }

    QWebSocket &socket() { return m_socket; }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    int closeCode() const { return m_closeCode; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
    int m_closeCode = -1;
};

} // namespace eventbook::test
