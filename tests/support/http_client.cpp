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

Reply HttpClient::sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                           const QByteArray &bearer) {
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer});
    return send(method, url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

Reply HttpClient::del(const QUrl &url, const QByteArray &bearer) {
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer});
    return send("DELETE", url, {}, headers);
}

QList<Reply> HttpClient::sendAll(const QList<Request> &requests, int connections) {
    // QNetworkAccessManager opens at most six connections per host: use enough managers.
    const int managers = qMax(1, (connections + 5) / 6);
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    for (int i = 0; i < managers; ++i)
        nams.push_back(std::make_unique<QNetworkAccessManager>());
    QList<Reply> out(requests.size());
    qsizetype remaining = requests.size();
    QEventLoop loop;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const Request &r = requests.at(i);
        QNetworkRequest request(r.url);
        request.setTransferTimeout(60'000);
        if (!r.bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + r.bearer);
        if (!r.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nams.at(i % managers)->sendCustomRequest(request, r.method, r.body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, i]() {
            out[i].status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            out[i].body = reply->readAll();
            out[i].headers = reply->rawHeaderPairs();
            reply->deleteLater();
            if (--remaining == 0)
                loop.quit();
        });
    }
    if (remaining > 0)
        loop.exec();
    return out;
}

} // namespace eventbook::test
