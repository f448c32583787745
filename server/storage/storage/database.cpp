#include "database.h"

#include "sql_error.h"
#include "transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QStorageInfo>
#include <QThread>
#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace eventbook::storage {
namespace {
QAtomicInt g_instanceCounter;
} // namespace

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_sql(m_config.dialect)
    , m_prefix(QStringLiteral("eventbook-%1-").arg(g_instanceCounter.fetchAndAddRelaxed(1))) {}

Database::~Database() {
    // Pool threads have exited by now (the executor is destroyed first); their connections
    // are only handles left to release.
    QMutexLocker lock(&m_mutex);
    for (auto &[thread, tc] : m_connections) {
        finalizeRawStatements(*tc);
        tc->statements.clear();
        tc->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(tc->name); // closes it; no handle is left on any thread
    }
}

Database::ThreadConnection &Database::threadConnection() {
    QMutexLocker lock(&m_mutex);
    auto &slot = m_connections[QThread::currentThreadId()];
    if (!slot) {
        slot = std::make_unique<ThreadConnection>();
        slot->name = m_prefix + QString::number(quintptr(QThread::currentThreadId()), 16);
    }
    return *slot;
}

Result<void> Database::open(QSqlDatabase &db) {
    if (m_config.dialect == Dialect::Sqlite) {
        const QFileInfo file(m_config.sqlitePath);
        if (!QDir().mkpath(file.absolutePath()))
            return Error::make(
                ErrorCode::ServiceUnavailable,
                QStringLiteral("Cannot create the data directory %1").arg(file.absolutePath()));
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.name);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setConnectOptions(m_config.options);
    }
    if (!db.open()) {
        qCWarning(lcStorage, "cannot open %s: %s", qPrintable(m_config.redacted()),
                  qPrintable(db.lastError().text()));
        return Error::make(ErrorCode::ServiceUnavailable, QStringLiteral("Database unavailable, try again shortly"))
            .retryable(Error::Retry::Reconnect);
    }
    if (m_config.dialect == Dialect::Sqlite) {
        // WAL lets readers run beside the single writer; foreign keys are off by default in SQLite.
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
            QSqlQuery q(db);
            if (!q.exec(QString::fromLatin1(pragma)))
                return toError(q.lastError(), pragma);
        }
    }
    return {};
}

Result<QSqlDatabase> Database::connection() {
    return connectionFor(threadConnection());
}

Result<QSqlDatabase> Database::connectionFor(ThreadConnection &tc) {
    if (!tc.db.isValid()) {
        tc.db = QSqlDatabase::addDatabase(m_config.dialect == Dialect::Sqlite ? QStringLiteral("QSQLITE")
                                                                              : QStringLiteral("QPSQL"),
                                          tc.name);
        if (!tc.db.isValid())
            return Error::make(ErrorCode::Internal, QStringLiteral("SQL driver not available"));
    }
    if (!tc.db.isOpen()) {
        tc.statements.clear();
        EB_TRY(open(tc.db));
    }
    return tc.db;
}

void Database::resetThreadConnection() {
    ThreadConnection &tc = threadConnection();
    finalizeRawStatements(tc);
    tc.statements.clear();
    tc.lastDataVersion = -1;
    QSqlDatabase &db = tc.db;
    if (db.isValid())
        db.close();
}

Result<Query> Database::prepare(const QString &sql) {
    ThreadConnection &tc = threadConnection();
    auto db = connectionFor(tc);
    if (!db)
        return db.error();
    auto it = tc.statements.find(sql);
    if (it == tc.statements.end()) {
        auto q = std::make_unique<QSqlQuery>(*db);
        if (!q->prepare(sql)) {
            return toError(q->lastError(), "prepare");
        }
        it = tc.statements.emplace(sql, std::move(q)).first;
    }
    return Query(it->second.get());
}

Result<void> Database::execute(const QString &sql, const char *what) {
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    if (!q.exec(sql)) {
        return toError(q.lastError(), what);
    }
    return {};
}

Result<QVariant> Database::scalar(const QString &sql) {
    auto q = prepare(sql);
    if (!q)
        return q.error();
    EB_TRY(q->exec("read one value"));
    if (!q->next())
        return Error::make(ErrorCode::Internal, QStringLiteral("Internal server error"));
    return q->value(0);
}

void Database::setListening(bool on) {
    if (on)
        ++m_listenEpoch; // before it is visible as on: no page of an older epoch matches again
    m_listening.store(on, std::memory_order_release);
}

Result<QByteArray> Database::dataVersion() {
    if (m_config.dialect == Dialect::Postgres) {
        if (listening()) {
            return QByteArray('n' + QByteArray::number(m_listenEpoch.load()) + '.' +
                              QByteArray::number(m_commits.load() + m_foreignChanges.load()));
        }
        // Any commit anywhere changes the snapshot: a transaction in progress is in its list
        // until it ends, and one not yet started lies beyond its xmax.
        auto snapshot = scalar(QStringLiteral("SELECT pg_current_snapshot()::text"));
        if (!snapshot)
            return snapshot.error();
        return snapshot->toString().toLatin1();
    }
    ThreadConnection &tc = threadConnection();
    auto version = sqliteDataVersion(tc);
    if (!version)
        return version.error();
    // data_version moves when another connection (another thread or process) commits; this
    // process's own commits are counted separately, so the sum moves on every write.
    const qint64 seen = *version;
    // A connection's first reading counts as a change too: a foreign commit may have come
    // before it that no other connection has noticed yet.
    if (tc.lastDataVersion != seen) {
        ++m_foreignChanges;
        tc.lastDataVersion = seen;
    }
    return QByteArray::number(m_commits.load() + m_foreignChanges.load());
}

std::optional<QByteArray> Database::localDataVersion() {
    if (m_config.dialect != Dialect::Sqlite && !listening())
        return std::nullopt;
    auto version = dataVersion();
    return version ? std::optional<QByteArray>(*version) : std::nullopt;
}

// PRAGMA data_version through SQLite's own API, on a statement kept per connection: the same
// answer as through QtSql without its per-call QVariant, record and field work — it runs for every
// cached answer, on the main thread (profiled: a sixth of a cached list's cost). Anything unusual
// (no raw handle, busy, an error) takes the QtSql path, which reports errors the usual way.
Result<qint64> Database::sqliteDataVersion(ThreadConnection &tc) {
    auto db = connectionFor(tc);
    if (!db)
        return db.error();
    if (!tc.dataVersionStatement) {
        const QVariant handle = db->driver()->handle();
        sqlite3 *raw = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                           ? *static_cast<sqlite3 *const *>(handle.constData())
                           : nullptr;
        if (raw && sqlite3_prepare_v2(raw, "PRAGMA data_version", -1, &tc.dataVersionStatement, nullptr) !=
                       SQLITE_OK)
            tc.dataVersionStatement = nullptr;
    }
    if (tc.dataVersionStatement) {
        const int rc = sqlite3_step(tc.dataVersionStatement);
        const qint64 value = rc == SQLITE_ROW ? sqlite3_column_int64(tc.dataVersionStatement, 0) : -1;
        sqlite3_reset(tc.dataVersionStatement);
        if (rc == SQLITE_ROW)
            return value;
    }
    auto value = scalar(QStringLiteral("PRAGMA data_version"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

void Database::finalizeRawStatements(ThreadConnection &tc) {
    if (tc.dataVersionStatement) {
        sqlite3_finalize(tc.dataVersionStatement);
        tc.dataVersionStatement = nullptr;
    }
}

Result<void> Database::probeWrite() {
    return withRetry([this]() -> Result<void> {
        Transaction tx(*this);
        if (!tx.ok())
            return tx.error();
        auto q =
            prepare(QStringLiteral("UPDATE schema_migrations SET applied_at = applied_at WHERE version = "
                                   "(SELECT MAX(version) FROM schema_migrations)"));
        if (!q)
            return q.error();
        if (auto r = q->exec("write probe"); !r)
            return r;
        return tx.commit();
    });
}

bool Database::storageLow() const {
    if (m_config.dialect != Dialect::Sqlite)
        return false;
    const QStorageInfo volume(QFileInfo(m_config.sqlitePath).absolutePath());
    return volume.isValid() && volume.bytesAvailable() >= 0 && volume.bytesAvailable() < 1024 * 1024;
}

Result<void> Database::ping() {
    return withRetry([this]() -> Result<void> {
        auto q = prepare(QStringLiteral("SELECT 1"));
        if (!q)
            return q.error();
        return q->exec("ping");
    });
}

} // namespace eventbook::storage
