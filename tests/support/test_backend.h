#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace eventbook::test {

// A fresh, empty database for one test: SQLite in a temporary directory, or (when
// EVENTBOOK_TEST_BACKEND=pg, or asked for by kind) a new PostgreSQL database created next to
// EVENTBOOK_TEST_PG_URL and dropped afterwards.
class TestBackend {
public:
    enum class Kind { FromEnvironment, Sqlite, Postgres };
    explicit TestBackend(Kind kind = Kind::FromEnvironment);
    ~TestBackend();

    bool isPostgres() const { return m_postgres; }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString databaseUrl() const { return m_url; }
    QString dataDir() const { return m_dir.path(); }
    QString databaseName() const { return m_dbName; }

    // Runs SQL on the admin connection (PostgreSQL only): used to simulate outages.
    bool adminExec(const QString &sql);

private:
    bool m_postgres = false;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_dbName;
    QString m_adminConnection;
    QString m_error;
};

} // namespace eventbook::test
