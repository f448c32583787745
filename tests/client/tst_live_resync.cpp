// LiveClient passes the server's RESYNC on without reconnecting. The server sends RESYNC when it
// lost its PostgreSQL LISTEN connection (changes may have been missed), so this restarts the
// shared test cluster under a running server: PostgreSQL only, and nothing may run beside it.
#include "api/live_client.h"
#include "server_fixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace eventbook;
using client::LiveClient;

class TestLiveResync : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_env;

private Q_SLOTS:
    void init() {
        const QString problem = m_env.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(m_env.server->backend().isPostgres(), "runs on PostgreSQL only (EVENTBOOK_TEST_BACKEND=pg)");
    }
    void cleanup() { m_env.stop(); }

    void serverResyncIsPassedOn() {
        const QByteArray restart = qgetenv("EVENTBOOK_TEST_PG_RESTART");
        QVERIFY2(!restart.isEmpty(), "EVENTBOOK_TEST_PG_RESTART is not set (scripts/eventbook.sh test sets it)");
        LiveClient live;
        live.setBackoff(50, 400);
        live.setServerUrl(m_env.url());
        live.start();
        QTRY_COMPARE(live.state(), LiveClient::State::Live);
        QSignalSpy resync(&live, &LiveClient::resyncNeeded);
        QSignalSpy states(&live, &LiveClient::stateChanged);
        QProcess pgctl;
        pgctl.setStandardOutputFile(QProcess::nullDevice());
        pgctl.start(QStringLiteral("sh"), {QStringLiteral("-c"), QString::fromLocal8Bit(restart)});
        QVERIFY(pgctl.waitForFinished(120'000));
        QVERIFY2(pgctl.exitCode() == 0, pgctl.readAllStandardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(resync.count() >= 1, 30'000);
        QCOMPARE(states.count(), 0); // the socket itself never dropped
    }
};

QTEST_GUILESS_MAIN(TestLiveResync)
#include "tst_live_resync.moc"
