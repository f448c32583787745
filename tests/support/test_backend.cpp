#include "test_backend.h"

#include "storage/database_config.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace eventbook::test {
namespace {
QAtomicInt g_counter;
}

TestBackend::TestBackend(Kind kind) {
    m_postgres = kind == Kind::Postgres ||
                 (kind == Kind::FromEnvironment && qEnvironmentVariable("EVENTBOOK_TEST_BACKEND") == QLatin1StringView("pg"));
    if (!m_postgres) {
        m_url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("test.db"));
        return;
    }
    const QString adminUrl = qEnvironmentVariable("EVENTBOOK_TEST_PG_URL");
    if (adminUrl.isEmpty()) {
        m_error = QStringLiteral(
            "a PostgreSQL test needs EVENTBOOK_TEST_PG_URL (scripts/eventbook.sh test sets it)");
        return;
    }
    auto cfg = storage::DatabaseConfig::fromUrl(adminUrl, QString());
    if (!cfg) {
        m_error = cfg.error().message;
        return;
    }
    const int n = g_counter.fetchAndAddRelaxed(1);
    m_dbName = QStringLiteral("eb_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(n);
    m_adminConnection = QStringLiteral("test-admin-") + m_dbName;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
        admin.setHostName(cfg->host);
        admin.setPort(cfg->port);
        admin.setDatabaseName(cfg->name);
        admin.setUserName(cfg->user);
        admin.setPassword(cfg->password);
        if (!admin.open()) {
            m_error = QStringLiteral("cannot reach PostgreSQL at %1: %2")
                          .arg(cfg->redacted(), admin.lastError().text());
            return;
        }
    }
    if (!adminExec(QStringLiteral("CREATE DATABASE ") + m_dbName))
        return;
    QUrl url(adminUrl);
    url.setPath(QLatin1Char('/') + m_dbName);
    m_url = url.toString();
}

bool TestBackend::adminExec(const QString &sql) {
    QSqlQuery q(QSqlDatabase::database(m_adminConnection, false));
    if (!q.exec(sql)) {
        m_error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
        return false;
    }
    return true;
}

TestBackend::~TestBackend() {
    if (!m_postgres || m_adminConnection.isEmpty())
        return;
    if (!m_dbName.isEmpty() && m_url.size() > 0)
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_dbName));
    QSqlDatabase::database(m_adminConnection, false).close();
    QSqlDatabase::removeDatabase(m_adminConnection);
}

} // namespace eventbook::test
