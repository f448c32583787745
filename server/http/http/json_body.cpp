#include "json_body.h"

#include "eventbook/common/json_keys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace eventbook::http {

Result<QJsonObject> jsonObjectBody(const HttpRequest &request) {
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &err);
    if (err.error != QJsonParseError::NoError)
        return Error::make(
            ErrorCode::BadRequest,
            QStringLiteral("Malformed JSON body at offset %1: %2").arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        return Error::make(ErrorCode::BadRequest, QStringLiteral("Request body must be a JSON object"));
    return doc.object();
}

Error missingField(QLatin1StringView key) {
    const QString field(key);
    return Error::make(
        ErrorCode::ValidationError, field + QStringLiteral(" is required"),
        QJsonArray{QJsonObject{{keys::field, field}, {keys::message, QStringLiteral("is required")}}});
}

QString FieldReader::string(QLatin1StringView key) {
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        m_errors.append(
            QJsonObject{{keys::field, QString(key)},
                        {keys::message, QString(QString(key) + QStringLiteral(" must be a string"))}});
        return {};
    }
    return v.toString();
}

bool FieldReader::boolean(QLatin1StringView key) {
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool()) {
        m_errors.append(
            QJsonObject{{keys::field, QString(key)},
                        {keys::message, QString(QString(key) + QStringLiteral(" must be true or false"))}});
        return false;
    }
    return v.toBool();
}

Error FieldReader::error() const {
    return Error::make(ErrorCode::ValidationError,
                       m_errors.first().toObject().value(keys::message).toString(), m_errors);
}

} // namespace eventbook::http
