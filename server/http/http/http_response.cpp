#include "http_response.h"

#include "eventbook/common/json_keys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eventbook::http {
namespace k = eventbook::keys;

static QByteArray compact(const QJsonValue &v) {
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    // Scalars: wrap and strip, QJsonDocument only holds objects and arrays.
    QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

HttpResponse HttpResponse::ok(const QJsonValue &data, int status, const QString &message) {
    QJsonObject o{{k::success, true}, {k::data, data}};
    if (!message.isEmpty())
        o.insert(k::message, message);
    return HttpResponse{status, "application/json; charset=utf-8", {}, compact(o)};
}

HttpResponse HttpResponse::message(const QString &message, int status) {
    return HttpResponse{status,
                        "application/json; charset=utf-8",
                        {},
                        compact(QJsonObject{{k::success, true}, {k::message, message}})};
}

QByteArray errorBody(ErrorCode code, const QString &message, const QJsonValue &details) {
    QJsonObject err{{k::message, message}, {k::code, errorCodeName(code)}};
    if (!details.isUndefined() && !details.isNull())
        err.insert(k::details, details);
    return compact(QJsonObject{{k::success, false}, {k::error, err}});
}

HttpResponse HttpResponse::error(const Error &e) {
    return HttpResponse{errorCodeHttpStatus(e.code),
                        "application/json; charset=utf-8",
                        {},
                        errorBody(e.code, e.message, e.details)};
}

HttpResponse HttpResponse::error(ErrorCode code, const QString &message) {
    return error(Error::make(code, message));
}

HttpResponse HttpResponse::rawJson(const QJsonValue &doc, int status) {
    return HttpResponse{status, "application/json; charset=utf-8", {}, compact(doc)};
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value) {
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

} // namespace eventbook::http
