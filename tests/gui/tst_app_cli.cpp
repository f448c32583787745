// The `eventbook` binary's command line: --version, refusing a bad --server or --theme in one
// clear line, and --screenshot rendering every page to PNG against a real server (signed out,
// then signed in with EVENTBOOK_EMAIL/EVENTBOOK_PASSWORD) and exiting by itself.
#include "fixtures.h"
#include "test_server.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace eventbook;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the app while this thread keeps serving the in-process server.
Run runApp(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    QProcessEnvironment e = env;
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(EVENTBOOK_APP_BINARY), args);
    if (!p.waitForStarted(10'000))
        return {};
    (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 90'000);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
} // namespace

class TestAppCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QProcessEnvironment env() const {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_home.path()); // settings land here, not in the user's
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        return e;
    }

private Q_SLOTS:
    void versionPrintsAndExits() {
        const Run r = runApp({QStringLiteral("--version")}, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("EventBook") && r.out.contains("0."), r.out.constData());
    }

    void badOptionsAreRefusedInOneLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("server scheme") << QStringList{QStringLiteral("--server"), QStringLiteral("ftp://x")} << QByteArray("--server");
        QTest::newRow("server empty") << QStringList{QStringLiteral("--server"), QStringLiteral("")} << QByteArray("--server");
        QTest::newRow("theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("purple")} << QByteArray("--theme");
        QTest::newRow("size words") << QStringList{QStringLiteral("--size"), QStringLiteral("big")} << QByteArray("--size");
        QTest::newRow("size tiny") << QStringList{QStringLiteral("--size"), QStringLiteral("100x50")} << QByteArray("--size");
        QTest::newRow("size huge") << QStringList{QStringLiteral("--size"), QStringLiteral("99999x99999")} << QByteArray("--size");
    }
    void badOptionsAreRefusedInOneLine() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, says);
        const Run r = runApp(args, env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), r.err.constData());
    }

    void screenshotRendersEveryPage() {
        test::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        test::Fixtures fx(server);
        const test::Account admin = fx.account(QStringLiteral("Admin"), true);
        for (int i = 0; i < 3; ++i)
            QVERIFY(fx.event(admin, {{QStringLiteral("title"), QStringLiteral("Show %1").arg(i)}}));
        QTemporaryDir out;
        const Run r = runApp({QStringLiteral("--server"), server.url(QString()).toString(), QStringLiteral("--screenshot"),
                              out.path(), QStringLiteral("--language"), QStringLiteral("de")},
                             env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const char *page : {"browse", "bookings", "notifications", "profile", "settings", "browse-search",
                                 "sign-in", "register"}) {
            const QString path = out.filePath(QString::fromLatin1(page) + QStringLiteral(".png"));
            QVERIFY2(QFile::exists(path), qPrintable(path));
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QVERIFY(image.width() >= 300 && image.height() >= 150);
        }
        const QImage browse(out.filePath(QStringLiteral("browse.png")));
        QCOMPARE(browse.size(), QSize(1280, 800));
        // The smallest supported size renders at that size (no page holds the window wider).
        QTemporaryDir small;
        const Run s = runApp({QStringLiteral("--server"), server.url(QString()).toString(), QStringLiteral("--screenshot"),
                              small.path(), QStringLiteral("--size"), QStringLiteral("800x600")},
                             env());
        QVERIFY2(s.exitCode == 0, s.err.constData());
        QCOMPARE(QImage(small.filePath(QStringLiteral("browse.png"))).size(), QSize(800, 600));
    }

    void screenshotFailsClearlyWithoutAServer() {
        QTemporaryDir out;
        // A port nothing listens on: the run ends with a message instead of hanging.
        const Run r = runApp({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9"),
                              QStringLiteral("--screenshot"), out.path()},
                             env());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("screenshot"), r.err.constData());
    }
};

QTEST_MAIN(TestAppCli)
#include "tst_app_cli.moc"
