#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace eventbook::http {

// A copy of everything a handler needs from the request, so it can travel to a pool thread
// (QHttpServerRequest belongs to the socket and the main thread).
struct HttpRequest {
    QByteArray method; // upper case
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower case
    QByteArray body;
    QString clientIp;
    QString requestId;
    QString route; // the matched pattern, for logs and metrics
    QHash<QString, QString> params;

    QByteArray header(QByteArrayView lowerName) const {
        for (const auto &[name, value] : headers) {
            if (name == lowerName)
                return value;
        }
        return {};
    }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

} // namespace eventbook::http
