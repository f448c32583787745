#include "query_params.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "eventbook/common/validation.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace eventbook::http {

bool QueryParams::has(const QString &key) const {
    return m_request.query.hasQueryItem(key);
}

QString QueryParams::raw(const QString &key) const {
    QString encoded = m_request.query.queryItemValue(key, QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

void QueryParams::fail(const QString &key, const QString &message) {
    const QString text = key + QLatin1Char(' ') + message;
    m_errors.append(QJsonObject{{keys::field, key}, {keys::message, text}});
}

QString QueryParams::text(const QString &key, int maxLength) {
    const QString value = raw(key).trimmed();
    if (value.size() > maxLength) {
        fail(key, QStringLiteral("must be at most %1 characters").arg(maxLength));
        return {};
    }
    // NUL and other control characters are never meaningful in a filter (and PostgreSQL
    // refuses NUL in text): a clear 400 instead of a database error.
    if (validation::hasControlChars(value, false)) {
        fail(key, QStringLiteral("must not contain control characters"));
        return {};
    }
    return value;
}

int QueryParams::integer(const QString &key, int fallback, int min, int max) {
    const QString value = raw(key).trimmed();
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 n = value.size() <= 12 ? value.toLongLong(&ok) : 0;
    if (!ok || n < min || n > max) {
        fail(key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
        return fallback;
    }
    return int(n);
}

std::optional<qint64> QueryParams::id(const QString &key) {
    const QString value = raw(key).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 n = value.size() <= 18 ? value.toLongLong(&ok) : 0;
    if (!ok || n <= 0) {
        fail(key, QStringLiteral("must be a positive id"));
        return std::nullopt;
    }
    return n;
}

std::optional<qint64> QueryParams::timeMs(const QString &key, bool endOfDay) {
    const QString value = raw(key).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (auto t = codec::parseTime(value))
        return t->toMSecsSinceEpoch();
    static const QRegularExpression plainDate(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (plainDate.match(value).hasMatch()) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (d.isValid()) {
            const QDateTime start(d, QTime(0, 0), Qt::UTC);
            return endOfDay ? start.addDays(1).toMSecsSinceEpoch() - 1 : start.toMSecsSinceEpoch();
        }
    }
    fail(key, QStringLiteral("must be a date (2026-12-01) or an ISO 8601 time with a zone"));
    return std::nullopt;
}

bool QueryParams::flag(const QString &key) {
    const QString value = raw(key).trimmed().toLower();
    if (value.isEmpty() || value == QLatin1StringView("false") || value == QLatin1StringView("0"))
        return false;
    if (value == QLatin1StringView("true") || value == QLatin1StringView("1"))
        return true;
    fail(key, QStringLiteral("must be true or false"));
    return false;
}

Paging QueryParams::paging(int defaultLimit, int maxLimit) {
    Paging p;
    p.page = integer(QStringLiteral("page"), 1, 1, kPageMax);
    p.limit = integer(QStringLiteral("limit"), defaultLimit, 1, maxLimit);
    return p;
}

Error QueryParams::error() const {
    return Error::make(ErrorCode::ValidationError,
                       m_errors.first().toObject().value(keys::message).toString(), m_errors);
}

} // namespace eventbook::http
