// CredentialStore with a real keychain (the Secret Service of gnome-keyring, started for this
// test under dbus-run-session and unlocked with a test password) and with no keychain at all
// (a D-Bus address that leads nowhere): the token is then kept in memory and the problem is said.
// CTest runs each case's functions in the environment made for it (EVENTBOOK_TEST_KEYCHAIN=real|none);
// a function run in the other environment fails rather than passing vacuously.
#include "api/credential_store.h"

#include <QSignalSpy>
#include <QTest>

using eventbook::client::CredentialStore;

namespace {
QByteArray mode() {
    return qgetenv("EVENTBOOK_TEST_KEYCHAIN");
}
std::optional<QString> load(CredentialStore &store, const QUrl &server) {
    std::optional<QString> token;
    bool done = false;
    store.load(server, [&](const std::optional<QString> &t) {
        token = t;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 20'000);
    return token;
}
bool save(CredentialStore &store, const QUrl &server, const QString &token) {
    bool persisted = false, done = false;
    store.save(server, token, [&](bool p) {
        persisted = p;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 20'000);
    return done && persisted;
}
void remove(CredentialStore &store, const QUrl &server) {
    bool done = false;
    store.remove(server, [&] { done = true; });
    (void)QTest::qWaitFor([&] { return done; }, 20'000);
}
} // namespace

class TestCredentialStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(mode() == "real" || mode() == "none", "run through CTest (EVENTBOOK_TEST_KEYCHAIN=real|none)");
    }

    void keyIsOnePerServer_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("trailing slash") << "http://127.0.0.1:5000/" << "http://127.0.0.1:5000" << true;
        QTest::newRow("host case") << "https://Events.Example.org" << "https://events.example.org:443" << true;
        QTest::newRow("user info") << "http://bob:pw@h:5000" << "http://h:5000" << true;
        QTest::newRow("port") << "http://h:5000" << "http://h:5001" << false;
        QTest::newRow("scheme") << "http://h" << "https://h" << false;
    }
    void keyIsOnePerServer() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(CredentialStore::keyFor(QUrl(a)) == CredentialStore::keyFor(QUrl(b)), same);
        QVERIFY(!CredentialStore::keyFor(QUrl(QStringLiteral("http://bob:pw@h"))).contains(QStringLiteral("pw")));
    }

    void realKeychainKeepsTokensAcrossStores() {
        QVERIFY2(mode() == "real", "needs the private keyring of tst_credential_store_real");
        const QUrl one(QStringLiteral("http://127.0.0.1:5000"));
        const QUrl two(QStringLiteral("https://events.example.org"));
        {
            CredentialStore store(QStringLiteral("EventBook-test"));
            std::optional<bool> available;
            store.probe([&](bool a) { available = a; });
            QTRY_VERIFY_WITH_TIMEOUT(available.has_value(), 20'000);
            QVERIFY2(*available, qPrintable(store.problem()));
            QVERIFY(save(store, one, QStringLiteral("refresh-one")));
            QVERIFY(save(store, two, QStringLiteral("refresh-two")));
            QVERIFY2(store.keychainAvailable(), qPrintable(store.problem()));
        }
        // A new store (as in the next run of the app) reads them back from the keychain.
        CredentialStore again(QStringLiteral("EventBook-test"));
        QCOMPARE(load(again, one), std::optional<QString>(QStringLiteral("refresh-one")));
        QCOMPARE(load(again, QUrl(QStringLiteral("http://127.0.0.1:5000/"))),
                 std::optional<QString>(QStringLiteral("refresh-one")));
        QCOMPARE(load(again, two), std::optional<QString>(QStringLiteral("refresh-two")));
        QVERIFY(save(again, one, QStringLiteral("rotated")));
        QCOMPARE(load(again, one), std::optional<QString>(QStringLiteral("rotated")));
        remove(again, one);
        CredentialStore third(QStringLiteral("EventBook-test"));
        QCOMPARE(load(third, one), std::nullopt); // gone, and a missing entry is not a problem
        QVERIFY(third.keychainAvailable());
        QCOMPARE(load(third, two), std::optional<QString>(QStringLiteral("refresh-two")));
    }

    void noKeychainKeepsTheSessionInMemoryAndSaysSo() {
        QVERIFY2(mode() == "none", "needs the D-Bus address that leads nowhere of tst_credential_store");
        const QUrl server(QStringLiteral("http://127.0.0.1:5000"));
        CredentialStore store(QStringLiteral("EventBook-test"));
        QSignalSpy problem(&store, &CredentialStore::keychainProblem);
        // Known before the first sign-in, in plain words (no D-Bus error text in it).
        std::optional<bool> available;
        store.probe([&](bool a) { available = a; });
        QTRY_VERIFY_WITH_TIMEOUT(available.has_value(), 20'000);
        QCOMPARE(*available, false);
        QCOMPARE(problem.count(), 1);
        QVERIFY(store.problem().contains(QStringLiteral("only until EventBook closes")));
        QVERIFY2(!store.problem().contains(QStringLiteral("D-Bus")) && !store.problem().contains(QLatin1Char('/')) &&
                     !store.problem().contains(QStringLiteral("org.")),
                 qPrintable(store.problem()));
        QVERIFY(!save(store, server, QStringLiteral("refresh-one")));
        QCOMPARE(problem.count(), 1); // said once, not again on every save
        QVERIFY(!store.keychainAvailable());
        QCOMPARE(load(store, server), std::optional<QString>(QStringLiteral("refresh-one")));
        remove(store, server);
        QCOMPARE(load(store, server), std::nullopt);
        // Nothing survives the store: the next run starts signed out.
        QVERIFY(!save(store, server, QStringLiteral("refresh-two")));
        CredentialStore next(QStringLiteral("EventBook-test"));
        QCOMPARE(load(next, server), std::nullopt);
        QVERIFY(!next.keychainAvailable());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credential_store.moc"
