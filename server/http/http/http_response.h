#pragma once

#include "eventbook/common/result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace eventbook::http {

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 userId = 0; // who asked, for the access log; never sent

    // {"success": true, "data": …, "message"?: …}
    static HttpResponse ok(const QJsonValue &data, int status = 200, const QString &message = {});
    // {"success": true, "message": …}
    static HttpResponse message(const QString &message, int status = 200);
    // {"success": false, "error": {"message", "code", "details"?}}
    static HttpResponse error(const Error &error);
    static HttpResponse error(ErrorCode code, const QString &message);
    // A bare JSON document (health endpoints answer without the envelope, as the original did).
    static HttpResponse rawJson(const QJsonValue &doc, int status = 200);

    template <typename T, typename F>
    static HttpResponse from(const Result<T> &result, F &&toJson, int status = 200) {
        if (!result)
            return error(result.error());
        return ok(toJson(result.value()), status);
    }

    void setHeader(const QByteArray &name, const QByteArray &value);
};

QByteArray reasonPhrase(int status);
QByteArray errorBody(ErrorCode code, const QString &message,
                     const QJsonValue &details = QJsonValue(QJsonValue::Undefined));

} // namespace eventbook::http
