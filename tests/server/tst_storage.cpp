// Storage against a real database: SQLite, or PostgreSQL with EVENTBOOK_TEST_BACKEND=pg.
#include "eventbook/common/codecs.h"
#include "storage/database.h"
#include "storage/event_repository.h"
#include "storage/migrator.h"
#include "storage/refresh_token_repository.h"
#include "storage/time_codec.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"
#include "test_backend.h"

#include <QTest>

using namespace eventbook;
using namespace eventbook::storage;

class TestStorage : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::TestBackend> m_backend;
    std::unique_ptr<Database> m_db;

    User makeUser(const QString &email) {
        User u;
        u.email = email;
        u.name = QStringLiteral("Test");
        return u;
    }

private Q_SLOTS:
    void init() {
        m_backend = std::make_unique<test::TestBackend>();
        QVERIFY2(m_backend->ok(), qPrintable(m_backend->error()));
        auto cfg = DatabaseConfig::fromUrl(m_backend->databaseUrl(), m_backend->dataDir());
        QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(cfg.error().message));
        m_db = std::make_unique<Database>(*cfg);
        auto applied = Migrator(*m_db).migrate();
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
        QCOMPARE(*applied, Migrator::latestVersion(m_db->dialect()));
    }
    void cleanup() {
        m_db.reset();
        m_backend.reset();
    }

    void migrationsAreIdempotent() {
        auto again = Migrator(*m_db).migrate();
        QVERIFY(again.ok());
        QCOMPARE(*again, 0);
        QCOMPARE(*Migrator(*m_db).currentVersion(), Migrator::latestVersion(m_db->dialect()));
        QVERIFY(Migrator::latestVersion(Dialect::Sqlite) == Migrator::latestVersion(Dialect::Postgres));
    }

    void databaseUrls_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("dialect");
        QTest::newRow("empty → sqlite in data dir") << QString() << true << int(Dialect::Sqlite);
        QTest::newRow("sqlite absolute")
            << QStringLiteral("sqlite:///var/lib/eb/x.db") << true << int(Dialect::Sqlite);
        QTest::newRow("sqlite two slashes") << QStringLiteral("sqlite://var/x.db") << false << 0;
        QTest::newRow("postgres") << QStringLiteral("postgres://u:p%40ss@db:6543/eb?sslmode=require") << true
                                  << int(Dialect::Postgres);
        QTest::newRow("postgresql scheme")
            << QStringLiteral("postgresql://u@localhost/eb") << true << int(Dialect::Postgres);
        QTest::newRow("no db name") << QStringLiteral("postgres://u@localhost") << false << 0;
        QTest::newRow("mysql") << QStringLiteral("mysql://u@h/db") << false << 0;
        QTest::newRow("option injection")
            << QStringLiteral("postgres://u@h/db?sslmode=a;host=evil") << false << 0;
    }
    void databaseUrls() {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QFETCH(int, dialect);
        auto cfg = DatabaseConfig::fromUrl(url, QStringLiteral("/tmp/data"));
        QCOMPARE(cfg.ok(), valid);
        if (valid)
            QCOMPARE(int(cfg->dialect), dialect);
        if (valid && url.contains(QLatin1StringView("p%40ss"))) {
            QCOMPARE(cfg->password, QStringLiteral("p@ss"));
            QCOMPARE(cfg->port, 6543);
            QVERIFY(!cfg->redacted().contains(QLatin1StringView("p@ss")));
        }
    }

    void userInsertAndUniqueEmail() {
        UserRepository users(*m_db);
        auto id = users.insert(makeUser(QStringLiteral("ann@example.com")), "hash");
        QVERIFY(id.ok());
        auto dup = users.insert(makeUser(QStringLiteral("ann@example.com")), "hash");
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, ErrorCode::EmailTaken);
        auto found = users.findByEmail(QStringLiteral("ann@example.com"));
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->user.id, *id);
        QCOMPARE((*found)->passwordHash, QByteArray("hash"));
        QCOMPARE((*found)->user.tokenVersion, 0);
        auto missing = users.findById(*id + 1000);
        QVERIFY(missing.ok() && !missing->has_value());
    }

    void hostileTextIsStoredVerbatim() {
        UserRepository users(*m_db);
        User u = makeUser(QStringLiteral("x@example.com"));
        u.name = QStringLiteral("Robert'); DROP TABLE users;-- 😀 \\ % _ \"");
        auto id = users.insert(u, "h");
        QVERIFY(id.ok());
        QCOMPARE((*users.findById(*id))->user.name, u.name);
    }

    void demotionBumpsTokenVersion() {
        UserRepository users(*m_db);
        User u = makeUser(QStringLiteral("admin@example.com"));
        u.isAdmin = true;
        const qint64 id = *users.insert(u, "h");
        QCOMPARE(*users.countAdmins(), 1);
        QVERIFY(*users.setAdmin(id, false));
        QCOMPARE(*users.countAdmins(), 0);
        QCOMPARE((*users.findById(id))->user.tokenVersion, 1);
        QVERIFY(users.setPasswordHash(id, "h2", true).ok());
        QCOMPARE((*users.findById(id))->user.tokenVersion, 2);
    }

    void transactionRollsBackUnlessCommitted() {
        {
            Transaction tx(*m_db);
            QVERIFY(tx.ok());
            QVERIFY(UserRepository(*m_db).insert(makeUser(QStringLiteral("gone@example.com")), "h").ok());
        } // no commit
        auto found = UserRepository(*m_db).findByEmail(QStringLiteral("gone@example.com"));
        QVERIFY(found.ok() && !found->has_value());
        {
            Transaction tx(*m_db);
            QVERIFY(UserRepository(*m_db).insert(makeUser(QStringLiteral("kept@example.com")), "h").ok());
            QVERIFY(tx.commit().ok());
        }
        found = UserRepository(*m_db).findByEmail(QStringLiteral("kept@example.com"));
        QVERIFY(found.ok() && found->has_value());
    }

    void refreshTokenRevokeIsConditional() {
        const qint64 uid = *UserRepository(*m_db).insert(makeUser(QStringLiteral("r@example.com")), "h");
        RefreshTokenRepository tokens(*m_db);
        const qint64 id =
            *tokens.insert(uid, QStringLiteral("hash1"), QStringLiteral("fam"), 0, nowMs() + 1000);
        QCOMPARE(*tokens.revoke(id, std::nullopt), true);
        QCOMPARE(*tokens.revoke(id, std::nullopt), false); // the loser of a race learns it lost
        const qint64 id2 =
            *tokens.insert(uid, QStringLiteral("hash2"), QStringLiteral("fam"), 0, nowMs() + 1000);
        QVERIFY(tokens.revokeFamily(QStringLiteral("fam")).ok());
        QVERIFY((*tokens.findByHash(QStringLiteral("hash2")))->revoked);
        Q_UNUSED(id2);
        auto dup = tokens.insert(uid, QStringLiteral("hash1"), QStringLiteral("x"), 0, 0);
        QVERIFY(!dup.ok());
    }

    void schemaEnforcesSlotInvariants() {
        Event e;
        e.title = QStringLiteral("Gig");
        e.location = QStringLiteral("Club");
        e.date = QDateTime::currentDateTimeUtc().addDays(3);
        e.totalSlots = 2;
        e.tags = {QStringLiteral("Music"), QStringLiteral("Live")};
        const qint64 eid = *EventRepository(*m_db).insert(e);
        auto stored = EventRepository(*m_db).findById(eid);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->availableSlots, 2);
        QCOMPARE((*stored)->tags, e.tags);
        // available_slots may never go below zero or above total.
        QVERIFY(!m_db->execute(
                         QStringLiteral("UPDATE events SET available_slots = -1 WHERE id = %1").arg(eid), "t")
                     .ok());
        QVERIFY(!m_db->execute(QStringLiteral("UPDATE events SET available_slots = 3 WHERE id = %1").arg(eid),
                               "t")
                     .ok());
        // One confirmed booking per user and event; cancelled ones do not count.
        const qint64 uid = *UserRepository(*m_db).insert(makeUser(QStringLiteral("b@example.com")), "h");
        const QString insert = QStringLiteral(
            "INSERT INTO bookings (event_id, user_id, status, created_at) VALUES (%1, %2, '%3', 0)");
        QVERIFY(m_db->execute(insert.arg(eid).arg(uid).arg(QStringLiteral("cancelled")), "t").ok());
        QVERIFY(m_db->execute(insert.arg(eid).arg(uid).arg(QStringLiteral("confirmed")), "t").ok());
        QVERIFY(!m_db->execute(insert.arg(eid).arg(uid).arg(QStringLiteral("confirmed")), "t").ok());
        QVERIFY(!m_db->execute(insert.arg(eid).arg(uid).arg(QStringLiteral("maybe")), "t").ok());
    }

    void searchTextIsCaseFolded() {
        Event e;
        e.title = QStringLiteral("STRAßE Fest");
        e.tags = {QStringLiteral("ÉTÉ")};
        const QString text = EventRepository::searchText(e);
        QVERIFY(text.contains(QStringLiteral("strasse fest")) ||
                text.contains(QStringLiteral("straße fest")));
        QVERIFY(text.contains(QStringLiteral("été")));
    }

    void reconnectsAfterLosingTheConnection() {
        QVERIFY(m_db->ping().ok());
        if (m_backend->isPostgres()) {
            // Kill our server-side sessions, as a database restart would.
            QVERIFY(
                m_backend->adminExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                    "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                                         .arg(m_backend->databaseName())));
        } else {
            auto db = m_db->connection();
            QVERIFY(db.ok());
            db->close();
        }
        auto ping = m_db->ping();
        QVERIFY2(ping.ok(), ping.ok() ? "" : qPrintable(ping.error().message));
        QVERIFY(UserRepository(*m_db).countAdmins().ok());
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
