// The server binary on storage that fails (issue 17, server 5): an unusable data directory is
// named with the operating system's reason in one line, and a full disk turns /readyz to 503
// until there is room again. The file systems are small tmpfs mounts in a private mount
// namespace of the server process (`unshare -m`, which the test command runs as root).
#include "fixtures.h"
#include "http_client.h"
#include "server_process.h"
#include "test_server.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace eventbook;
using test::operator""_k;
using test::Reply;

namespace {
const QString kServer = QStringLiteral(EVENTBOOK_SERVER_BINARY);
const QString kAdminPassword = QStringLiteral("Adm1n#Storage-check");

// Runs `eventbook-server serve` to its end (it must not start) and returns its stderr.
QString failedStart(const QString &program, const QStringList &args, const QHash<QString, QString> &env,
                    int *exitCode) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("PORT"), QStringLiteral("0"));
    e.insert(QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    e.insert(QStringLiteral("JWT_SECRET"), QString::fromLatin1(test::kTestJwtSecret));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(program, args);
    if (!p.waitForFinished(20'000)) {
        p.kill();
        p.waitForFinished();
        *exitCode = -1;
        return QStringLiteral("(still running)");
    }
    *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardError()).trimmed();
}
} // namespace

class TestStorageFaults : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    test::HttpClient m_http;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void unusableDataDirectoryIsNamed_data() {
        QTest::addColumn<QString>("setup"); // shell run before the server in its mount namespace
        QTest::addColumn<QString>("dataDir");
        QTest::addColumn<QString>("expected");
        const QString base = m_tmp.path();
        QTest::newRow("a file, not a directory")
            << QStringLiteral("touch %1/plain").arg(base) << base + QStringLiteral("/plain/data")
            << QStringLiteral("Cannot create the data directory %1/plain/data: Not a directory").arg(base);
        QTest::newRow("database file is a directory")
            << QStringLiteral("mkdir -p %1/dbdir/eventbook.db").arg(base) << base + QStringLiteral("/dbdir")
            << QStringLiteral("Cannot open the database file %1/dbdir/eventbook.db: Is a directory").arg(base);
        QTest::newRow("database file is not SQLite")
            << QStringLiteral("mkdir -p %1/junk && echo junk > %1/junk/eventbook.db").arg(base)
            << base + QStringLiteral("/junk")
            << QStringLiteral("Cannot open the database file %1/junk/eventbook.db: it is not an SQLite database")
                   .arg(base);
        QTest::newRow("read-only file system")
            << QStringLiteral("mkdir -p %1/ro && mount -t tmpfs -o size=2m tmpfs %1/ro && mkdir %1/ro/data && "
                              "mount -o remount,ro %1/ro")
                   .arg(base)
            << base + QStringLiteral("/ro/data")
            << QStringLiteral("Cannot write in the data directory %1/ro/data: Read-only file system").arg(base);
    }
    void unusableDataDirectoryIsNamed() {
        QFETCH(QString, setup);
        QFETCH(QString, dataDir);
        QFETCH(QString, expected);
        int code = 0;
        const QString err = failedStart(QStringLiteral("unshare"),
                                        {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                                         setup + QStringLiteral(" && exec \"$0\" serve"), kServer},
                                        {{QStringLiteral("DATA_DIR"), dataDir}}, &code);
        QVERIFY2(code != 0 && code != -1, qPrintable(err));
        const QString last = err.split(QLatin1Char('\n')).last();
        QVERIFY2(last.contains(expected), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("Internal server error")), qPrintable(err));
    }

    void fullDiskTurnsReadinessOffUntilThereIsRoom() {
        const QString mount = m_tmp.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mount));
        test::ServerProcess server(kServer, {{QStringLiteral("DATA_DIR"), mount + QStringLiteral("/data")},
                                             {QStringLiteral("JWT_SECRET"), QString::fromLatin1(test::kTestJwtSecret)},
                                             {QStringLiteral("RATE_LIMITS"), QStringLiteral("off")},
                                             {QStringLiteral("EVENTBOOK_ADMIN_EMAIL"), QStringLiteral("root@example.com")},
                                             {QStringLiteral("EVENTBOOK_ADMIN_PASSWORD"), kAdminPassword}});
        server.setCommand(QStringLiteral("unshare"),
                          {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("mount -t tmpfs -o size=6m tmpfs \"$1\" && exec \"$0\" serve"), kServer,
                           mount});
        QVERIFY(server.start());
        QCOMPARE(m_http.get(server.url(QStringLiteral("/readyz"))).status, 200);
        // The first account is the bootstrap admin (id 1): a token signed with the test secret.
        const QByteArray admin = test::Fixtures::signToken(1, true);
        const auto createEvent = [&] {
            return m_http.postJson(server.url(QStringLiteral("/api/events")),
                                   test::Fixtures::eventBody({{"description"_k, QString(9000, QLatin1Char('d'))}}),
                                   admin);
        };
        QCOMPARE(createEvent().status, 201);

        // Fill the server's file system (seen through /proc/<pid>/root, in its namespace).
        const QString filler = QStringLiteral("/proc/%1/root%2/filler").arg(server.processId()).arg(mount);
        {
            QFile f(filler);
            QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
            const QByteArray block(64 * 1024, 'f');
            while (f.write(block) == block.size() && f.flush()) {
            }
        }
        const Reply ready = m_http.get(server.url(QStringLiteral("/readyz")));
        QCOMPARE(ready.status, 503);
        QCOMPARE(ready.json().value("database"_k).toString(), QStringLiteral("read-only"));
        // Writes are refused in the envelope (never a 500), however many are tried.
        int refused = 0;
        for (int i = 0; i < 400 && refused == 0; ++i) {
            const Reply r = createEvent();
            QVERIFY2(r.status == 201 || r.status == 503, r.body.constData());
            if (r.status == 503) {
                QCOMPARE(r.errorCode(), QStringLiteral("SERVICE_UNAVAILABLE"));
                ++refused;
            }
        }
        QCOMPARE(refused, 1);
        QCOMPARE(m_http.get(server.url(QStringLiteral("/healthz"))).status, 200); // alive, just not ready

        QVERIFY(QFile::remove(filler));
        QTRY_COMPARE_WITH_TIMEOUT(m_http.get(server.url(QStringLiteral("/readyz"))).status, 200, 10000);
        QCOMPARE(createEvent().status, 201);
        QVERIFY(server.stop());
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storage_faults.moc"
