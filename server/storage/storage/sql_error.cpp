#include "sql_error.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <atomic>

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

namespace {
std::atomic<qint64> g_writesRefusedAtMs{0};
}

bool isStorageRefusal(const QSqlError &e) {
    const QString code = e.nativeErrorCode();
    // SQLite: 13 SQLITE_FULL, 8 SQLITE_READONLY and its extended codes, 10 SQLITE_IOERR (and
    // extended, low byte 10); PostgreSQL: class 53 (53100 disk_full and the other resource limits).
    if (code.size() == 5) // a SQLSTATE; 25006 is a read-only transaction (a standby)
        return code.startsWith(QLatin1StringView("53")) || code == QLatin1StringView("25006");
    bool isNumber = false;
    const int n = code.toInt(&isNumber);
    return isNumber && ((n & 0xFF) == 13 || (n & 0xFF) == 8 || (n & 0xFF) == 10);
}

void noteWritesRefused() {
    g_writesRefusedAtMs.store(QDateTime::currentMSecsSinceEpoch(), std::memory_order_relaxed);
}

qint64 writesRefusedAtMs() {
    return g_writesRefusedAtMs.load(std::memory_order_relaxed);
}

void clearWritesRefused() {
    g_writesRefusedAtMs.store(0, std::memory_order_relaxed);
}

Error toError(const QSqlError &e, const char *what) {
    if (isStorageRefusal(e)) {
        noteWritesRefused();
        qCCritical(lcStorage, "%s: the database cannot write: [%s] %s", what, qPrintable(e.nativeErrorCode()),
                   qPrintable(e.text()));
        return Error::make(ErrorCode::ServiceUnavailable,
                           QStringLiteral("The database cannot store changes right now (disk full or "
                                          "read-only); try again later"));
    }
    if (isConnectionLost(e)) {
        qCWarning(lcStorage, "%s: database connection lost: %s", what, qPrintable(e.text()));
        return Error::make(ErrorCode::ServiceUnavailable, QStringLiteral("Database unavailable, try again shortly"))
            .retryable(Error::Retry::Reconnect);
    }
    if (isRetryable(e)) {
        // Busy (SQLite) or a serialisation failure / deadlock (PostgreSQL): withRetry() runs the
        // transaction again; if every attempt meets it, the client is told to try later.
        qCInfo(lcStorage, "%s: the database is busy: [%s] %s", what, qPrintable(e.nativeErrorCode()),
               qPrintable(e.text()));
        return Error::make(ErrorCode::ServiceUnavailable, QStringLiteral("The database is busy; try again"))
            .retryable(Error::Retry::Again);
    }
    qCCritical(lcStorage, "%s failed: [%s] %s", what, qPrintable(e.nativeErrorCode()), qPrintable(e.text()));
    return Error::make(ErrorCode::Internal, QStringLiteral("Internal server error"));
}

} // namespace eventbook::storage
