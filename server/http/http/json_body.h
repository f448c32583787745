#pragma once

#include "eventbook/common/result.h"
#include "http_request.h"

#include <QJsonArray>
#include <QJsonObject>

namespace eventbook::http {

// The request body as a JSON object: malformed JSON and non-objects are 400, never 500.
Result<QJsonObject> jsonObjectBody(const HttpRequest &request);

// VALIDATION_ERROR naming one missing field.
Error missingField(QLatin1StringView key);

// Reads an optional string field; a present value of another type is a validation error.
class FieldReader {
public:
    explicit FieldReader(const QJsonObject &o)
        : m_o(o) {}
    QString string(QLatin1StringView key);
    // An optional boolean field (absent: false).
    bool boolean(QLatin1StringView key);
    bool ok() const { return m_errors.isEmpty(); }
    Error error() const;

private:
    const QJsonObject &m_o;
    QJsonArray m_errors;
};

} // namespace eventbook::http
