#include "server_check.h"

#include "eventbook/common/json_keys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace eventbook::client {
namespace k = eventbook::keys;
namespace {
constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024;
}

ServerCheck::ServerCheck(QObject *parent)
    : QObject(parent) {}

void ServerCheck::check(const QUrl &server, Done done) {
    if (m_running) {
        m_running->disconnect(this);
        m_running->abort();
        m_running->deleteLater();
        m_running = nullptr;
    }
    QUrl url = server;
    QString path = server.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/events"));
    url.setQuery(QStringLiteral("limit=1"));
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_nam.get(request);
    m_running = reply;
    const QString where = server.toString();
    connect(reply, &QNetworkReply::finished, this, [this, reply, where, done] {
        reply->deleteLater();
        m_running = nullptr;
        if (reply->error() != QNetworkReply::NoError &&
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0) {
            done(Error::make(ErrorCode::ServiceUnavailable,
                             tr("No server answers at %1 (%2).").arg(where, reply->errorString())));
            return;
        }
        const QByteArray body = reply->read(kMaxAnswerBytes);
        const QJsonObject envelope = QJsonDocument::fromJson(body).object();
        const bool eventbook = envelope.value(k::success).toBool() &&
                               envelope.value(k::data).toObject().value(k::events).isArray();
        if (!eventbook) {
            done(Error::make(ErrorCode::BadRequest,
                             tr("%1 answers, but it is not an EventBook server (it has no event list at /api/events).")
                                 .arg(where)));
            return;
        }
        done(Unit{});
    });
}

} // namespace eventbook::client
