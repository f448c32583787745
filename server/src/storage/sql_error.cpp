#include "sql_error.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStorage, "eventbook.server.storage")

namespace eventbook::storage {

bool isConnectionLost(const QSqlError &e) {
    if (e.type() == QSqlError::ConnectionError)
        return true;
    const QString code = e.nativeErrorCode();
    if (code.startsWith(QLatin1StringView("08")) || code.startsWith(QLatin1StringView("57P")))
        return true;
    const QString text = e.text();
    return text.contains(QLatin1StringView("server closed the connection")) ||
           text.contains(QLatin1StringView("no connection to the server")) ||
           text.contains(QLatin1StringView("terminating connection")) ||
           text.contains(QLatin1StringView("connection to server")) ||
           text.contains(QLatin1StringView("could not connect"));
}

bool isUniqueViolation(const QSqlError &e) {
    const QString code = e.nativeErrorCode();
    // PostgreSQL SQLSTATE 23505; SQLite extended codes 2067 (UNIQUE) and 1555 (PRIMARY KEY).
    return code == QLatin1StringView("23505") || code == QLatin1StringView("2067") ||
           code == QLatin1StringView("1555") ||
           e.text().contains(QLatin1StringView("UNIQUE constraint failed"));
}

bool isRetryable(const QSqlError &e) {
    const QString code = e.nativeErrorCode();
    return code == QLatin1StringView("40001") || code == QLatin1StringView("40P01") ||
           code == QLatin1StringView("5") || code == QLatin1StringView("6") ||
           e.text().contains(QLatin1StringView("database is locked"));
}

Error toError(const QSqlError &e, const char *what) {
    if (isConnectionLost(e)) {
        qCWarning(lcStorage, "%s: database connection lost: %s", what, qPrintable(e.text()));
        return Error::make(ErrorCode::ServiceUnavailable,
                           QStringLiteral("Database unavailable, try again shortly"));
    }
    qCCritical(lcStorage, "%s failed: [%s] %s", what, qPrintable(e.nativeErrorCode()), qPrintable(e.text()));
    return Error::make(ErrorCode::Internal, QStringLiteral("Internal server error"));
}

} // namespace eventbook::storage
