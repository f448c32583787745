#include "migrator.h"

#include "time_codec.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace eventbook::storage {

static QStringList splitStatements(const QString &sql) {
    QStringList out;
    static const QRegularExpression separator(QStringLiteral(R"(;\s*(\n|$))"));
    for (const QString &part : sql.split(separator)) {
        QStringList lines;
        for (const QString &line : part.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1StringView("--")))
                lines.append(line);
        }
        const QString statement = lines.join(QLatin1Char('\n')).trimmed();
        if (!statement.isEmpty())
            out.append(statement);
    }
    return out;
}

QList<Migrator::Migration> Migrator::available(Dialect dialect) {
    const QString dir =
        dialect == Dialect::Sqlite ? QStringLiteral(":/sql/sqlite") : QStringLiteral(":/sql/postgres");
    QList<Migration> out;
    static const QRegularExpression fileName(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
    const auto entries = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        const auto m = fileName.match(entry);
        if (!m.hasMatch())
            continue;
        QFile f(QDir(dir).filePath(entry));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    return out;
}

int Migrator::latestVersion(Dialect dialect) {
    // The migrations are compiled in: read them once, not on every readiness probe.
    static const auto latest = [](Dialect d) {
        const auto all = available(d);
        return all.isEmpty() ? 0 : all.last().version;
    };
    static const int sqlite = latest(Dialect::Sqlite);
    static const int postgres = latest(Dialect::Postgres);
    return dialect == Dialect::Sqlite ? sqlite : postgres;
}

Result<int> Migrator::currentVersion() {
    return m_db.withRetry([this]() -> Result<int> {
        auto q = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
        if (!q)
            return q.error();
        EB_TRY(q->exec("read schema version"));
        return q->next() ? q->value(0).toInt() : 0;
    });
}

Result<void> Migrator::apply(const Migration &m, bool &applied) {
    applied = false;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (m_db.dialect() == Dialect::Postgres) {
        // Serialises concurrent starters; the loser sees the version recorded and skips it.
        if (auto r = m_db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(7426001)"), "migration lock");
            !r)
            return r;
    }
    auto check = m_db.prepare(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = :v"));
    if (!check)
        return check.error();
    check->bind(QStringLiteral(":v"), m.version);
    if (auto r = check->exec("check migration"); !r)
        return r;
    if (check->next())
        return {};
    for (const QString &statement : splitStatements(m.sql)) {
        if (auto r = m_db.execute(statement, "migration statement"); !r)
            return r;
    }
    auto record = m_db.prepare(
        QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)"));
    if (!record)
        return record.error();
    record->bind(QStringLiteral(":v"), m.version)
        .bind(QStringLiteral(":n"), m.name)
        .bind(QStringLiteral(":t"), nowMs());
    if (auto r = record->exec("record migration"); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    applied = true;
    return {};
}

Result<int> Migrator::migrate() {
    const QString create = QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        "applied_at BIGINT NOT NULL)");
    if (auto r = m_db.withRetry([&] { return m_db.execute(create, "create schema_migrations"); }); !r)
        return r.error();
    const auto current = currentVersion();
    if (!current)
        return current.error();
    const auto all = available(m_db.dialect());
    if (!all.isEmpty() && *current > all.last().version)
        return Error::make(
            ErrorCode::Internal,
            QStringLiteral("The database schema (version %1) is newer than this server (version %2)")
                .arg(*current)
                .arg(all.last().version));
    int count = 0;
    for (const auto &m : all) {
        if (m.version <= *current)
            continue;
        bool applied = false;
        if (auto r = m_db.withRetry([&] { return apply(m, applied); }); !r)
            return r.error();
        if (applied) {
            qCInfo(lcStorage, "applied migration %04d_%s", m.version, qPrintable(m.name));
            ++count;
        }
    }
    return count;
}

} // namespace eventbook::storage
