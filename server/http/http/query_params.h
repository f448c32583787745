#pragma once

#include "eventbook/common/result.h"
#include "http_request.h"

#include <QJsonArray>
#include <optional>

namespace eventbook::http {

struct Paging {
    int page = 1;
    int limit = 20;
};

// Reads query parameters as HTML forms send them ('+' is a space), collecting every problem
// into one VALIDATION_ERROR with a detail per parameter.
class QueryParams {
public:
    static constexpr int kPageMax = 1'000'000;

    explicit QueryParams(const HttpRequest &request)
        : m_request(request) {}

    bool has(const QString &key) const;
    QString text(const QString &key, int maxLength = 10'000);
    int integer(const QString &key, int fallback, int min, int max);
    std::optional<qint64> id(const QString &key);
    // ISO 8601 with a zone, or a plain date (start of that day UTC, or its end with endOfDay).
    std::optional<qint64> timeMs(const QString &key, bool endOfDay);
    bool flag(const QString &key);
    Paging paging(int defaultLimit, int maxLimit);

    bool ok() const { return m_errors.isEmpty(); }
    Error error() const;

private:
    QString raw(const QString &key) const;
    void fail(const QString &key, const QString &message);
    const HttpRequest &m_request;
    QJsonArray m_errors;
};

} // namespace eventbook::http
