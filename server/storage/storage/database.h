#pragma once

#include "database_config.h"
#include "sql_dialect.h"
#include "eventbook/common/result.h"
#include "query.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <atomic>
#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3_stmt;

namespace eventbook::storage {

// Owns one named QSqlDatabase connection per thread that uses it (QtSql connections are not
// thread-safe), opened lazily, each with a cache of prepared statements; a connection that
// was lost (database restart) is reopened on the next use.
class Database {
public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Dialect dialect() const { return m_config.dialect; }
    const SqlDialect &sql() const { return m_sql; }
    const DatabaseConfig &config() const { return m_config; }

    Result<QSqlDatabase> connection();
    Result<Query> prepare(const QString &sql);
    Result<void> execute(const QString &sql, const char *what);
    // The first column of the first row of a statement without parameters.
    Result<QVariant> scalar(const QString &sql);
    Result<void> ping();
    // Whether a write can be stored now: a write that changes nothing, committed (it needs room in
    // the journal like any other). Run by /readyz after a refused write or when space runs low.
    Result<void> probeWrite();
    // SQLite: the data directory's file system has under 1 MiB free.
    bool storageLow() const;
    // Drops the calling thread's connection; the next use opens a fresh one.
    void resetThreadConnection();

    // A token that changes whenever any committed write may have changed the data, made by
    // this process or by another one on the same database. Read it before reading the data it
    // vouches for; caches keyed by it are never served after this process's own commit, nor
    // after another's once it is known here.
    // SQLite: PRAGMA data_version plus this process's commits (exact).
    // PostgreSQL while the LISTEN connection is up (setListening): this process's commits plus
    // the `eventbook_pages` notifications received (sql/postgres/0007_images.sql), no round trip;
    // another instance's commit is seen once its notification arrives (milliseconds:
    // docs/benchmarks.md). Otherwise the transaction snapshot, a round trip (exact).
    Result<QByteArray> dataVersion();
    // The same, when reading it is local work that cannot keep a thread waiting (SQLite: its
    // shared-memory WAL index, microseconds; PostgreSQL: while listening), so the main thread may
    // ask; nullopt otherwise or on any failure.
    std::optional<QByteArray> localDataVersion();
    void noteCommit() { ++m_commits; }
    // PostgreSQL, from the LISTEN thread: a notification said another commit changed the pages.
    void noteForeignChange() { ++m_foreignChanges; }
    // PostgreSQL, from the LISTEN thread: whether notifications are known to arrive. Each time
    // it turns on is a new epoch: whatever was missed while it was off cannot be served.
    void setListening(bool on);
    bool listening() const { return m_listening.load(std::memory_order_acquire); }

    // SQLite has one writer at a time. This process's writers queue here, woken the moment the
    // previous one commits, instead of in SQLite's busy handler, which sleeps and polls (measured:
    // docs/benchmarks.md). Another process's writers still meet the busy timeout. Null for PostgreSQL.
    QMutex *writerQueue() { return m_config.dialect == Dialect::Sqlite ? &m_writers : nullptr; }

    // Runs `work` (which returns a Result); when it failed because the connection was lost or
    // the database was busy, reopens and runs it again, a bounded number of times.
    template <typename F> auto withRetry(F &&work) -> decltype(work()) {
        for (int attempt = 0;; ++attempt) {
            auto result = work();
            if (result.ok() || attempt >= kMaxRetries)
                return result;
            const Error::Retry retry = result.error().retry;
            if (retry == Error::Retry::Never)
                return result;
            if (retry == Error::Retry::Reconnect) {
                if (attempt >= 1)
                    return result;
                resetThreadConnection();
            }
        }
    }

private:
    static constexpr int kMaxRetries = 3;
    struct ThreadConnection {
        QString name;
        QSqlDatabase db; // this thread's handle, so no query goes through Qt's global connection registry
        // unique_ptr: QSqlQuery is move-only and Query keeps a pointer to it.
        std::unordered_map<QString, std::unique_ptr<QSqlQuery>> statements;
        qint64 lastDataVersion = -1;                  // SQLite: this connection's last PRAGMA data_version
        sqlite3_stmt *dataVersionStatement = nullptr; // SQLite: kept prepared; finalised before any close
    };
    Result<qint64> sqliteDataVersion(ThreadConnection &tc);
    static void finalizeRawStatements(ThreadConnection &tc);
    ThreadConnection &threadConnection();
    Result<QSqlDatabase> connectionFor(ThreadConnection &tc);
    Result<void> open(QSqlDatabase &db);

    DatabaseConfig m_config;
    SqlDialect m_sql;
    QString m_prefix;
    QMutex m_mutex;
    QMutex m_writers;
    std::unordered_map<Qt::HANDLE, std::unique_ptr<ThreadConnection>> m_connections;
    std::atomic<quint64> m_commits{0};
    std::atomic<quint64> m_foreignChanges{0};
    std::atomic<quint64> m_listenEpoch{0};
    std::atomic<bool> m_listening{false};
};

} // namespace eventbook::storage
