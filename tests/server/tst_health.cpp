// /readyz follows the database: 503 while it is unusable, 200 again without a restart.
#include "http/executor.h"
#include "http_client.h"
#include "storage/migrator.h"
#include "test_server.h"

#include <QTest>

using namespace eventbook;

class TestHealth : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::TestServer> m_server;
    test::HttpClient m_http;

    int readyStatus() { return m_http.get(m_server->url(QStringLiteral("/readyz"))).status; }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<test::TestServer>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    void pendingMigrationsMakeItUnready() {
        QCOMPARE(readyStatus(), 200);
        auto &db = m_server->app().database();
        const int latest = storage::Migrator::latestVersion(db.dialect());
        QVERIFY(
            db.execute(QStringLiteral("DELETE FROM schema_migrations WHERE version = %1").arg(latest), "test")
                .ok());
        const test::Reply r = m_http.get(m_server->url(QStringLiteral("/readyz")));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json().value(QLatin1StringView("migrations")).toString(), QStringLiteral("pending"));
        QVERIFY(
            db.execute(
                  QStringLiteral(
                      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (%1, 'initial', 0)")
                      .arg(latest),
                  "test")
                .ok());
        QCOMPARE(readyStatus(), 200);
        QCOMPARE(m_http.get(m_server->url(QStringLiteral("/healthz"))).status, 200);
    }

    void databaseOutageAndRecovery() {
        QCOMPARE(readyStatus(), 200);
        auto &backend = m_server->backend();
        if (backend.isPostgres()) {
            // Refuse new sessions and end the live ones: what clients see while PostgreSQL restarts.
            QVERIFY(backend.adminExec(
                QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(backend.databaseName())));
            QVERIFY(backend.adminExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                     "WHERE datname = '%1'")
                                          .arg(backend.databaseName())));
            const test::Reply down = m_http.get(m_server->url(QStringLiteral("/readyz")));
            QCOMPARE(down.status, 503);
            QCOMPARE(down.json().value(QLatin1StringView("database")).toString(), QStringLiteral("down"));
            // Liveness is not readiness: the process itself is fine.
            QCOMPARE(m_http.get(m_server->url(QStringLiteral("/healthz"))).status, 200);
            // Login needs the database: a clear 503 envelope, not a 500 or a hang.
            const test::Reply login =
                m_http.postJson(m_server->url(QStringLiteral("/api/auth/refresh")),
                                {{QStringLiteral("refreshToken"), QStringLiteral("x")}});
            QCOMPARE(login.status, 503);
            QCOMPARE(login.errorCode(), QStringLiteral("SERVICE_UNAVAILABLE"));
            QVERIFY(backend.adminExec(
                QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(backend.databaseName())));
        } else {
            // SQLite has no server to lose; the per-thread connection can still be closed under us.
            for (int i = 0; i < 8; ++i)
                m_server->app().executor().pool(http::Executor::Pool::Database).start([this] {
                    if (auto db = m_server->app().database().connection(); db.ok())
                        db->close();
                });
            QVERIFY(m_server->app().executor().pool(http::Executor::Pool::Database).waitForDone(5000));
        }
        QTRY_COMPARE_WITH_TIMEOUT(readyStatus(), 200, 15000);
        const test::Reply reg =
            m_http.postJson(m_server->url(QStringLiteral("/api/auth/register")),
                            {{QStringLiteral("email"), QStringLiteral("back@example.com")},
                             {QStringLiteral("password"), QStringLiteral("Xk9$mzq!Lp")},
                             {QStringLiteral("name"), QStringLiteral("Back")}});
        QCOMPARE(reg.status, 201);
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
