// Two eventbook-server processes on one PostgreSQL: a change made through one reaches /ws
// clients of the other, the other's cached pages are never stale, both recover from a
// PostgreSQL restart, and both work behind nginx with packaging/linux/nginx-eventbook.conf.
#include "http_client.h"
#include "server_process.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace eventbook;
using test::Reply;
using test::ServerProcess;
using test::WsClient;

namespace {
const QString kAdminEmail = QStringLiteral("cluster-admin@example.test");
const QString kAdminPassword = QStringLiteral("Cluster-Admin-Pass-42!");

QLatin1StringView key(const char *s) {
    return QLatin1StringView(s);
}

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool isEvent(const QJsonObject &payload, qint64 id) {
    return payload.value(key("eventId")).toInteger() == id;
}
} // namespace

class TestLiveCluster : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::TestBackend> m_backend;
    std::unique_ptr<ServerProcess> m_a;
    std::unique_ptr<ServerProcess> m_b;
    test::HttpClient m_http;
    QByteArray m_adminToken;
    QTemporaryDir m_dataA;
    QTemporaryDir m_dataB;
    int m_users = 0;

    std::unique_ptr<ServerProcess> instance(const QTemporaryDir &dir) {
        auto p = std::make_unique<ServerProcess>(
            QStringLiteral(EVENTBOOK_SERVER_BINARY),
            QHash<QString, QString>{{QStringLiteral("DATABASE_URL"), m_backend->databaseUrl()},
                                    {QStringLiteral("DATA_DIR"), dir.path()},
                                    {QStringLiteral("JWT_SECRET"), QStringLiteral("cluster-secret-0123456789abcdef0123456789")},
                                    {QStringLiteral("EVENTBOOK_ADMIN_EMAIL"), kAdminEmail},
                                    {QStringLiteral("EVENTBOOK_ADMIN_PASSWORD"), kAdminPassword},
                                    {QStringLiteral("RATE_LIMITS"), QStringLiteral("off")}});
        return p->start() ? std::move(p) : nullptr;
    }
    QByteArray tokenFrom(const Reply &r) {
        return r.data().value(key("token")).toString().toLatin1();
    }
    // A new attendee registered through `via`; returns (id, token).
    std::pair<qint64, QByteArray> attendee(ServerProcess &via) {
        const Reply r = m_http.postJson(via.url(QStringLiteral("/api/auth/register")),
                                        {{key("email"), QStringLiteral("attendee%1@example.test").arg(++m_users)},
                                         {key("password"), QStringLiteral("Attendee-Pass-%1!x").arg(m_users)},
                                         {key("name"), QStringLiteral("Attendee %1").arg(m_users)}});
        if (r.status != 201)
            qWarning("register: %d %s", r.status, r.body.constData());
        return {r.data().value(key("user")).toObject().value(key("id")).toInteger(), tokenFrom(r)};
    }
    qint64 createEvent(ServerProcess &via, int seats) {
        const Reply r = m_http.postJson(
            via.url(QStringLiteral("/api/events")),
            {{key("title"), QStringLiteral("Cluster night")},
             {key("location"), QStringLiteral("Hall")},
             {key("date"), QDateTime::currentDateTimeUtc().addDays(5).toString(Qt::ISODateWithMs)},
             {key("totalSlots"), seats}},
            m_adminToken);
        return r.status == 201 ? r.data().value(key("id")).toInteger() : 0;
    }
    int seatsOn(ServerProcess &via, qint64 event) {
        const Reply r = m_http.get(via.url(QStringLiteral("/api/events/%1").arg(event)));
        return r.status == 200 ? r.data().value(key("availableSlots")).toInt() : -1;
    }
    QString titleOn(ServerProcess &via, qint64 event) {
        return m_http.get(via.url(QStringLiteral("/api/events/%1").arg(event))).data().value(key("title")).toString();
    }
    QByteArray metricsOf(ServerProcess &via) { return m_http.get(via.url(QStringLiteral("/metrics"))).body; }
    // A change written the way a script with triggers turned off would: no notification reaches
    // any instance, so only a page checked against the database (or a new epoch) can show it.
    bool silentWrite(const QString &sql) {
        const QUrl u(m_backend->databaseUrl());
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("silent"));
            db.setHostName(u.host());
            db.setPort(u.port(5432));
            db.setDatabaseName(u.path().mid(1));
            db.setUserName(u.userName());
            db.setPassword(u.password());
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("SET session_replication_role = replica")) && q.exec(sql) &&
                     q.numRowsAffected() == 1;
                if (!ok)
                    qWarning("silent write: %s", qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("silent"));
        return ok;
    }
    std::unique_ptr<WsClient> socketOn(quint16 port, const QByteArray &token = {}) {
        auto ws = std::make_unique<WsClient>();
        if (!ws->open(port) || (!token.isEmpty() && !ws->auth(token)))
            return nullptr;
        return ws;
    }

private Q_SLOTS:
    void initTestCase() {
        m_backend = std::make_unique<test::TestBackend>();
        // Registered with EVENTBOOK_TEST_BACKEND=pg only: several instances share PostgreSQL.
        QVERIFY2(m_backend->isPostgres(), "tst_live_cluster needs EVENTBOOK_TEST_BACKEND=pg");
        QVERIFY2(m_backend->ok(), qPrintable(m_backend->error()));
        m_a = instance(m_dataA);
        QVERIFY(m_a);
        m_b = instance(m_dataB);
        QVERIFY(m_b);
        const Reply login = m_http.postJson(m_a->url(QStringLiteral("/api/auth/login")),
                                            {{key("email"), kAdminEmail}, {key("password"), kAdminPassword}});
        QCOMPARE(login.status, 200);
        m_adminToken = tokenFrom(login);
    }
    void cleanupTestCase() {
        if (m_a)
            QVERIFY2(m_a->stop(), qPrintable(m_a->log()));
        if (m_b)
            QVERIFY2(m_b->stop(), qPrintable(m_b->log()));
        m_backend.reset();
    }

    void aChangeOnOneInstanceReachesTheOther() {
        const auto [userId, userToken] = attendee(*m_b);
        QVERIFY(userId > 0);
        auto anonymousOnB = socketOn(m_b->port());
        auto userOnB = socketOn(m_b->port(), userToken);
        auto adminOnB = socketOn(m_b->port(), m_adminToken);
        QVERIFY(anonymousOnB && userOnB && adminOnB);

        const qint64 event = createEvent(*m_a, 20);
        QVERIFY(event > 0);
        QVERIFY(!anonymousOnB->waitFor(QStringLiteral("EVENT_CREATED"),
                                       [event](const QJsonObject &p) { return isEvent(p, event); })
                     .isEmpty());
        // B has the page cached before the booking on A.
        QCOMPARE(seatsOn(*m_b, event), 20);
        QCOMPARE(seatsOn(*m_b, event), 20);

        const Reply booked =
            m_http.postJson(m_a->url(QStringLiteral("/api/events/%1/book").arg(event)), {}, userToken);
        QCOMPARE(booked.status, 201);
        QElapsedTimer sinceBooking;
        sinceBooking.start();
        // Within a second, as the issue asks.
        QTRY_VERIFY_WITH_TIMEOUT(!anonymousOnB->received(QStringLiteral("SLOT_UPDATE"), [event](const QJsonObject &p) {
                                               return isEvent(p, event);
                                           }).isEmpty(),
                                 1000);
        const QJsonObject slot = anonymousOnB->waitFor(QStringLiteral("SLOT_UPDATE"));
        QCOMPARE(slot.value(key("payload")).toObject().value(key("availableSlots")).toInt(), 19);
        QCOMPARE(seatsOn(*m_b, event), 19);

        // Audiences hold across instances too.
        const auto created = [event](const QJsonObject &p) { return isEvent(p, event); };
        QVERIFY(!anonymousOnB->waitFor(QStringLiteral("BOOKING_CREATED"), created)
                     .value(key("payload"))
                     .toObject()
                     .contains(key("userId")));
        QCOMPARE(userOnB->waitFor(QStringLiteral("BOOKING_CREATED"), created)
                     .value(key("payload"))
                     .toObject()
                     .value(key("userId"))
                     .toInteger(),
                 userId);
        QCOMPARE(adminOnB->waitFor(QStringLiteral("BOOKING_CREATED"), created)
                     .value(key("payload"))
                     .toObject()
                     .value(key("userId"))
                     .toInteger(),
                 userId);

        // A notification sent through A reaches its recipient's socket on B, and no one else.
        QCOMPARE(m_http.postJson(m_a->url(QStringLiteral("/api/admin/notifications")),
                                 {{key("userId"), userId}, {key("title"), QStringLiteral("Across instances")}},
                                 m_adminToken)
                     .status,
                 201);
        QVERIFY(!userOnB->waitFor(QStringLiteral("NOTIFICATION")).isEmpty());
        QVERIFY(anonymousOnB->received(QStringLiteral("NOTIFICATION")).isEmpty());
        QVERIFY(adminOnB->received(QStringLiteral("NOTIFICATION")).isEmpty());

        // And the other way round.
        auto onA = socketOn(m_a->port());
        QVERIFY(onA);
        QCOMPARE(m_http.del(m_b->url(QStringLiteral("/api/events/%1/book").arg(event)), userToken).status, 200);
        const QJsonObject back = onA->waitFor(QStringLiteral("SLOT_UPDATE"));
        QCOMPARE(back.value(key("payload")).toObject().value(key("availableSlots")).toInt(), 20);
        QCOMPARE(seatsOn(*m_a, event), 20);
        QCOMPARE(seatsOn(*m_b, event), 20);
    }

    // Cached pages on PostgreSQL are vouched for by notifications, not by a round trip per request
    // (issue 22): this instance's own change is seen at once, the other instance's as soon as its
    // notification arrives.
    void cachedPagesFollowTheOtherInstance() {
        QVERIFY(metricsOf(*m_a).contains("\neventbook_pages_local_version 1"));
        QVERIFY(metricsOf(*m_b).contains("\neventbook_pages_local_version 1"));
        const qint64 event = createEvent(*m_a, 7);
        QVERIFY(event > 0);
        QCOMPARE(titleOn(*m_b, event), QStringLiteral("Cluster night"));
        QCOMPARE(titleOn(*m_b, event), QStringLiteral("Cluster night")); // now from B's cache
        const QUrl onA = m_a->url(QStringLiteral("/api/events/%1").arg(event));
        QCOMPARE(m_http.sendJson("PATCH", onA, {{key("title"), QStringLiteral("Renamed on A")}}, m_adminToken).status, 200);
        QCOMPARE(titleOn(*m_a, event), QStringLiteral("Renamed on A"));
        QTRY_COMPARE_WITH_TIMEOUT(titleOn(*m_b, event), QStringLiteral("Renamed on A"), 5'000);
        // The list too, and the other way round.
        const QUrl onB = m_b->url(QStringLiteral("/api/events/%1").arg(event));
        QCOMPARE(m_http.get(m_a->url(QStringLiteral("/api/events?search=renamed"))).data().value(key("total")).toInt(), 1);
        QCOMPARE(m_http.sendJson("PATCH", onB, {{key("title"), QStringLiteral("Back on B")}}, m_adminToken).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http.get(m_a->url(QStringLiteral("/api/events?search=renamed"))).data().value(key("total")).toInt(), 0,
            5'000);
        QCOMPARE(titleOn(*m_a, event), QStringLiteral("Back on B"));
    }

    void bothInstancesRecoverFromAPostgresRestart() {
        const QByteArray restart = qgetenv("EVENTBOOK_TEST_PG_RESTART");
        QVERIFY2(!restart.isEmpty(), "EVENTBOOK_TEST_PG_RESTART is not set (scripts/eventbook.sh test sets it)");
        auto onA = socketOn(m_a->port());
        auto onB = socketOn(m_b->port());
        QVERIFY(onA && onB);
        // B serves this page from its cache: a change nobody announces is not seen (no round trip)…
        const qint64 quiet = createEvent(*m_a, 3);
        QVERIFY(quiet > 0);
        QCOMPARE(titleOn(*m_b, quiet), QStringLiteral("Cluster night"));
        QVERIFY(silentWrite(QStringLiteral("UPDATE events SET title = 'Quiet change' WHERE id = %1").arg(quiet)));
        QCOMPARE(titleOn(*m_b, quiet), QStringLiteral("Cluster night"));
        QProcess pgctl;
        pgctl.setStandardOutputFile(QProcess::nullDevice());
        pgctl.start(QStringLiteral("sh"), {QStringLiteral("-c"), QString::fromLocal8Bit(restart)});
        QVERIFY(pgctl.waitForFinished(120'000));
        QVERIFY2(pgctl.exitCode() == 0, pgctl.readAllStandardError().constData());
        // …but after a PostgreSQL restart nothing cached before it is served: whatever was
        // missed while LISTEN was down is read from the database.
        QVERIFY(silentWrite(QStringLiteral("UPDATE events SET title = 'After the restart' WHERE id = %1").arg(quiet)));
        QCOMPARE(titleOn(*m_b, quiet), QStringLiteral("After the restart"));

        // Each instance notices its LISTEN connection died, makes a new one, and tells its
        // clients that changes may have been missed.
        QVERIFY(!onA->waitFor(QStringLiteral("RESYNC"), {}, 30'000).isEmpty());
        QVERIFY(!onB->waitFor(QStringLiteral("RESYNC"), {}, 30'000).isEmpty());

        // Then delivery works again, both ways, and the pages agree.
        const qint64 event = createEvent(*m_a, 5);
        QVERIFY(event > 0);
        const auto [userId, userToken] = attendee(*m_a);
        QVERIFY(userId > 0);
        QCOMPARE(seatsOn(*m_b, event), 5);
        QCOMPARE(m_http.postJson(m_b->url(QStringLiteral("/api/events/%1/book").arg(event)), {}, userToken).status,
                 201);
        const auto thisEvent = [event](const QJsonObject &p) { return isEvent(p, event); };
        QCOMPARE(onA->waitFor(QStringLiteral("SLOT_UPDATE"), thisEvent)
                     .value(key("payload"))
                     .toObject()
                     .value(key("availableSlots"))
                     .toInt(),
                 4);
        QVERIFY(!onB->waitFor(QStringLiteral("SLOT_UPDATE"), thisEvent).isEmpty());
        QCOMPARE(seatsOn(*m_a, event), 4);
        QCOMPARE(seatsOn(*m_b, event), 4);
    }

    void behindNginx() {
        const QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                                             {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        QVERIFY2(!nginx.isEmpty(), "nginx is not installed (scripts/eventbook.sh test installs it)");
        QFile shipped(QStringLiteral(EVENTBOOK_SOURCE_DIR "/packaging/linux/nginx-eventbook.conf"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QString site = QString::fromUtf8(shipped.readAll());
        // The shipped file as it is, pointed at this test's instances and a free port.
        const quint16 port = freePort();
        site.replace(QStringLiteral("127.0.0.1:5001"), QStringLiteral("127.0.0.1:%1").arg(m_a->port()));
        site.replace(QStringLiteral("127.0.0.1:5002"), QStringLiteral("127.0.0.1:%1").arg(m_b->port()));
        site.replace(QRegularExpression(QStringLiteral(R"(listen 80;\n\s*listen \[::\]:80;)")),
                     QStringLiteral("listen 127.0.0.1:%1;").arg(port));
        QVERIFY(site.contains(QStringLiteral("listen 127.0.0.1:%1;").arg(port)));

        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        QFile siteFile(prefix.filePath(QStringLiteral("eventbook.conf")));
        QVERIFY(siteFile.open(QIODevice::WriteOnly));
        siteFile.write(site.toUtf8());
        siteFile.close();
        QFile main(prefix.filePath(QStringLiteral("nginx.conf")));
        QVERIFY(main.open(QIODevice::WriteOnly));
        const QString temp = prefix.path();
        main.write(QStringLiteral("%1daemon off;\nworker_processes 1;\npid %2/nginx.pid;\nerror_log %2/error.log;\n"
                                  "events { worker_connections 256; }\n"
                                  "http {\n access_log off;\n client_body_temp_path %2/body;\n"
                                  " proxy_temp_path %2/proxy;\n fastcgi_temp_path %2/fastcgi;\n"
                                  " uwsgi_temp_path %2/uwsgi;\n scgi_temp_path %2/scgi;\n"
                                  " include %2/eventbook.conf;\n}\n")
                       .arg(geteuid() == 0 ? QStringLiteral("user root root;\n") : QString(), temp)
                       .toUtf8());
        main.close();
        QProcess proxy;
        proxy.setProcessChannelMode(QProcess::MergedChannels);
        proxy.start(nginx, {QStringLiteral("-p"), temp, QStringLiteral("-e"), temp + QStringLiteral("/error.log"),
                            QStringLiteral("-c"), main.fileName()});
        QVERIFY(proxy.waitForStarted(10'000));
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QTRY_VERIFY_WITH_TIMEOUT(m_http.get(base.resolved(QUrl(QStringLiteral("/healthz")))).status == 200 ||
                                     proxy.state() == QProcess::NotRunning,
                                 10'000);
        QVERIFY2(proxy.state() == QProcess::Running, proxy.readAll().constData());

        // HTTP through the proxy: lists and writes, spread over both instances.
        const qint64 event = createEvent(*m_a, 9);
        QVERIFY(event > 0);
        for (int i = 0; i < 6; ++i) {
            const Reply r = m_http.get(base.resolved(QUrl(QStringLiteral("/api/events/%1").arg(event))));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.data().value(key("availableSlots")).toInt(), 9);
        }
        // /ws through the proxy: a booking made through the proxy reaches a socket behind it.
        WsClient ws;
        ws.socket().open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
        QTRY_VERIFY_WITH_TIMEOUT(ws.isOpen(), 10'000);
        const auto [userId, userToken] = attendee(*m_b);
        QVERIFY(ws.auth(userToken));
        const Reply booked = m_http.postJson(base.resolved(QUrl(QStringLiteral("/api/events/%1/book").arg(event))),
                                             {}, userToken);
        QCOMPARE(booked.status, 201);
        const QJsonObject created = ws.waitFor(QStringLiteral("BOOKING_CREATED"));
        QCOMPARE(created.value(key("payload")).toObject().value(key("userId")).toInteger(), userId);
        QCOMPARE(created.value(key("payload")).toObject().value(key("availableSlots")).toInt(), 8);
        ws.sendJson({{key("type"), QStringLiteral("PING")}});
        QVERIFY(!ws.waitFor(QStringLiteral("PONG")).isEmpty());

        proxy.terminate();
        QVERIFY(proxy.waitForFinished(10'000));
    }
};

QTEST_GUILESS_MAIN(TestLiveCluster)
#include "tst_live_cluster.moc"
