#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace eventbook::test {

struct Reply {
    int status = 0; // 0: no HTTP answer (connection error or timeout)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const;
    QJsonObject data() const { return json().value(QLatin1StringView("data")).toObject(); }
    QString errorCode() const;
    QByteArray header(const QByteArray &name) const;
};

struct Request {
    QByteArray method;
    QUrl url;
    QByteArray bearer;
    QByteArray body; // JSON when not empty
};

// Blocking HTTP for tests: runs a local event loop until the answer (the in-process server
// keeps serving meanwhile) or a 30 s limit.
class HttpClient {
public:
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QUrl &url, const QByteArray &bearer = {});
    Reply postJson(const QUrl &url, const QJsonObject &body, const QByteArray &bearer = {});
    Reply sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                   const QByteArray &bearer = {});
    Reply del(const QUrl &url, const QByteArray &bearer = {});

    // Sends every request at once over about `connections` parallel connections and returns
    // the replies in request order.
    static QList<Reply> sendAll(const QList<Request> &requests, int connections);

private:
    QNetworkAccessManager m_nam;
};

} // namespace eventbook::test
