// The desktop client's LiveClient against the real server (in-process, port 0): it connects,
// authenticates, turns the server's messages into signals, and reconnects after the server
// restarts and asks for a resync (the server's own RESYNC: tst_live_resync).
#include "api/live_client.h"
#include "fixtures.h"
#include "server_fixture.h"
#include "test_server.h"

#include <QSignalSpy>
#include <QTest>

using namespace eventbook;
using client::LiveClient;
using test::operator""_k;

class TestLiveClient : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_env;
    test::HttpClient m_http;

    QUrl url(const QString &path) const { return m_env.server->url(path); }
    // A client on the test server, live (and signed in when a token is given).
    std::unique_ptr<LiveClient> liveClient(const QByteArray &token = {}) {
        auto live = std::make_unique<LiveClient>();
        live->setBackoff(50, 400);
        live->setServerUrl(m_env.server->url(QString()));
        if (!token.isEmpty())
            live->setAccessToken(QString::fromLatin1(token));
        live->start();
        return live;
    }

private Q_SLOTS:
    void init() {
        const QString problem = m_env.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup() {
        m_env.stop();
    }

    void socketUrlFollowsTheServerUrl_data() {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("socket");
        QTest::newRow("http") << "http://127.0.0.1:5000" << "ws://127.0.0.1:5000/ws";
        QTest::newRow("https") << "https://events.example.org" << "wss://events.example.org/ws";
        QTest::newRow("prefix") << "https://example.org/eventbook/?x=1" << "wss://example.org/eventbook/ws";
    }
    void socketUrlFollowsTheServerUrl() {
        QFETCH(QString, server);
        QFETCH(QString, socket);
        LiveClient live;
        live.setServerUrl(QUrl(server));
        QCOMPARE(live.socketUrl().toString(), socket);
    }

    void backoffGrowsWithJitterUpToTheCap() {
        LiveClient live;
        live.setBackoff(100, 1000);
        for (int attempt = 0; attempt < 8; ++attempt) {
            const int full = std::min(1000, 100 << attempt);
            for (int i = 0; i < 20; ++i) {
                const int d = live.backoffDelay(attempt);
                QVERIFY2(d >= full / 2 && d <= full, qPrintable(QStringLiteral("attempt %1: %2").arg(attempt).arg(d)));
            }
        }
    }

    void anonymousClientSeesSeatsMove() {
        const qint64 event = m_env.fx->event(m_env.admin, {{"totalSlots"_k, 3}});
        const test::Account alice = m_env.fx->account(QStringLiteral("Alice"));
        auto live = liveClient();
        QTRY_COMPARE(live->state(), LiveClient::State::Live);
        QSignalSpy seats(live.get(), &LiveClient::slotsChanged);
        QSignalSpy bookings(live.get(), &LiveClient::bookingChanged);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(event)), {}, alice.token).status, 201);
        QTRY_COMPARE(seats.count(), 1);
        QCOMPARE(seats.first().at(0).toLongLong(), event);
        QCOMPARE(seats.first().at(1).toInt(), 2);
        QTRY_COMPARE(bookings.count(), 1);
        QCOMPARE(bookings.first().at(0).value<LiveClient::BookingChange>(), LiveClient::BookingChange::Created);
        QCOMPARE(bookings.first().at(4).toLongLong(), 0); // not this anonymous client's business

        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1/book").arg(event)), alice.token).status, 200);
        QTRY_COMPARE(seats.count(), 2);
        QCOMPARE(seats.last().at(1).toInt(), 3);
    }

    void signedInClientGetsItsNotifications() {
        const test::Account alice = m_env.fx->account(QStringLiteral("Alice"));
        auto live = liveClient(alice.token);
        QSignalSpy accepted(live.get(), &LiveClient::authAccepted);
        QSignalSpy arrived(live.get(), &LiveClient::notificationArrived);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(accepted.first().at(0).toLongLong(), alice.id);
        QVERIFY(live->authenticated());
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/notifications")),
                                 {{"userId"_k, alice.id}, {"title"_k, QStringLiteral("Doors at 7")},
                                  {"body"_k, QStringLiteral("See you")}, {"type"_k, QStringLiteral("info")}},
                                 m_env.admin.token)
                     .status,
                 201);
        QTRY_COMPARE(arrived.count(), 1);
        QCOMPARE(arrived.first().at(1).toString(), QStringLiteral("Doors at 7"));
        QVERIFY(arrived.first().at(0).toLongLong() > 0);
    }

    void badTokenIsRejectedAndTheSocketStaysUseful() {
        const qint64 event = m_env.fx->event(m_env.admin);
        auto live = liveClient("not-a-token");
        QSignalSpy rejected(live.get(), &LiveClient::authRejected);
        QTRY_COMPARE(rejected.count(), 1);
        QVERIFY(!rejected.first().at(0).toString().isEmpty());
        QVERIFY(!live->authenticated());
        QSignalSpy changed(live.get(), &LiveClient::eventChanged);
        QCOMPARE(m_http.sendJson("PATCH", url(QStringLiteral("/api/events/%1").arg(event)),
                                 {{"title"_k, QStringLiteral("Renamed")}}, m_env.admin.token)
                     .status,
                 200);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<LiveClient::EventChange>(), LiveClient::EventChange::Updated);
        QCOMPARE(changed.first().at(1).toLongLong(), event);
    }

    void signingOutMakesTheSocketAnonymous() {
        const test::Account alice = m_env.fx->account(QStringLiteral("Alice"));
        auto live = liveClient(alice.token);
        QTRY_VERIFY(live->authenticated());
        live->setAccessToken(QString());
        QTRY_COMPARE(live->state(), LiveClient::State::Live);
        QTRY_VERIFY(!live->authenticated());
        // A notification for Alice no longer reaches this app.
        QSignalSpy arrived(live.get(), &LiveClient::notificationArrived);
        QSignalSpy seats(live.get(), &LiveClient::slotsChanged);
        const qint64 event = m_env.fx->event(m_env.admin);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/notifications")),
                                 {{"userId"_k, alice.id}, {"title"_k, QStringLiteral("Private")},
                                  {"body"_k, QStringLiteral("x")}},
                                 m_env.admin.token)
                     .status,
                 201);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(event)), {}, alice.token).status, 201);
        QTRY_COMPARE(seats.count(), 1); // delivered after the notification would have been
        QCOMPARE(arrived.count(), 0);
    }

    void reconnectsAfterTheServerRestartsAndAsksForAResync() {
        const test::Account alice = m_env.fx->account(QStringLiteral("Alice"));
        auto live = liveClient(alice.token);
        QTRY_VERIFY(live->authenticated());
        QSignalSpy states(live.get(), &LiveClient::stateChanged);
        QSignalSpy resync(live.get(), &LiveClient::resyncNeeded);
        QSignalSpy accepted(live.get(), &LiveClient::authAccepted);
        QVERIFY2(m_env.server->restart(), qPrintable(m_env.server->error()));
        QTRY_COMPARE(resync.count(), 1);
        QCOMPARE(live->state(), LiveClient::State::Live);
        QVERIFY(states.count() >= 2); // through reconnecting (or offline) and back
        QVERIFY(states.first().at(0).value<LiveClient::State>() != LiveClient::State::Live);
        QTRY_COMPARE(accepted.count(), 1); // signed in again with the same token
        QSignalSpy seats(live.get(), &LiveClient::slotsChanged);
        const qint64 event = m_env.fx->event(m_env.admin);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(event)), {}, alice.token).status, 201);
        QTRY_COMPARE(seats.count(), 1);
    }

    void serverAwayStaysOfflineAndComesBack() {
        auto live = liveClient();
        QTRY_COMPARE(live->state(), LiveClient::State::Live);
        const quint16 port = m_env.server->port();
        m_env.stop(); // gone for good: retries continue, the state says offline
        QTRY_COMPARE_WITH_TIMEOUT(live->state(), LiveClient::State::Offline, 10'000);
        QVERIFY(live->reconnectAttempts() > 3);
        m_env.server = std::make_unique<test::TestServer>([port](app::Config &c) { c.port = port; });
        QVERIFY2(m_env.server->ok(), qPrintable(m_env.server->error()));
        QTRY_COMPARE_WITH_TIMEOUT(live->state(), LiveClient::State::Live, 10'000);
        QCOMPARE(live->reconnectAttempts(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLiveClient)
#include "tst_live_client.moc"
