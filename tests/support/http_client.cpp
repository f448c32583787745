#include "http_client.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace eventbook::test {

QJsonObject Reply::json() const {
    return QJsonDocument::fromJson(body).object();
}

QString Reply::errorCode() const {
    return json().value(QLatin1StringView("error")).toObject().value(QLatin1StringView("code")).toString();
}

QByteArray Reply::header(const QByteArray &name) const {
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

Reply HttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers) {
    QNetworkRequest request(url);
    request.setTransferTimeout(30'000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

Reply HttpClient::get(const QUrl &url, const QByteArray &bearer) {
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer});
    return send("GET", url, {}, headers);
}

Reply HttpClient::postJson(const QUrl &url, const QJsonObject &body, const QByteArray &bearer) {
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer});
    return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

} // namespace eventbook::test
