// Whatever revokes tokens also re-checks the sockets they opened (issue 17, server 2 and 4):
// demotion, password change, deletion and logout sign the affected /ws sockets out at once, and
// logout ends the session's access tokens too, not only its refresh token.
#include "fixtures.h"
#include "http_client.h"
#include "server_fixture.h"
#include "ws_client.h"

#include <QTest>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;
using test::WsClient;

namespace {
const QString kPassword = QStringLiteral("Xk9$mzq!Lp2");
const QString kNewPassword = QStringLiteral("N3w&Better#Pw");

QJsonObject payloadOf(const QJsonObject &message) {
    return message.value("payload"_k).toObject();
}

struct Session {
    qint64 userId = 0;
    QByteArray access;
    QString refresh;
};
} // namespace

class TestLiveRevocation : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_s;
    test::HttpClient m_http;

    QUrl url(const QString &p) const { return m_s.url(p); }
    static Session sessionFrom(const Reply &r) {
        const QJsonObject d = r.data();
        return {d.value("user"_k).toObject().value("id"_k).toInteger(),
                d.value("token"_k).toString().toLatin1(), d.value("refreshToken"_k).toString()};
    }
    Session registerUser(const QString &email) {
        const Reply r = m_http.postJson(url(QStringLiteral("/api/auth/register")),
                                        {{"email"_k, email}, {"password"_k, kPassword}, {"name"_k, QStringLiteral("Pat")}});
        if (r.status != 201)
            qWarning("register: %d %s", r.status, r.body.constData());
        return sessionFrom(r);
    }
    Session login(const QString &email) {
        return sessionFrom(
            m_http.postJson(url(QStringLiteral("/api/auth/login")), {{"email"_k, email}, {"password"_k, kPassword}}));
    }
    int meStatus(const QByteArray &access) { return m_http.get(url(QStringLiteral("/api/auth/me")), access).status; }
    void notify(qint64 userId, const QString &title) {
        const Reply r = m_http.postJson(url(QStringLiteral("/api/admin/notifications")),
                                        {{"userId"_k, userId}, {"title"_k, title}, {"message"_k, title}},
                                        m_s.admin.token);
        QCOMPARE(r.status, 201);
    }
    static bool titled(const QJsonObject &payload, const QString &title) {
        return payload.value("title"_k).toString() == title;
    }
    void book(const Account &who, qint64 eventId) {
        const Reply r = m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(eventId)), {}, who.token);
        QCOMPARE(r.status, 201);
    }

private Q_SLOTS:
    void init() {
        const QString problem = m_s.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup() { m_s.stop(); }

    void demotedAdminStopsHearingTheAdminAudience() {
        const Account second = m_s.fx->account(QStringLiteral("Second admin"), true);
        const Account alice = m_s.fx->account(QStringLiteral("Alice"));
        const Account bob = m_s.fx->account(QStringLiteral("Bob"));
        const qint64 eventId = m_s.fx->event(m_s.admin);
        WsClient ws;
        QVERIFY(ws.open(m_s.server->port()));
        QVERIFY(ws.auth(second.token));
        book(alice, eventId);
        QCOMPARE(payloadOf(ws.waitFor(QStringLiteral("BOOKING_CREATED"))).value("userId"_k).toInteger(), alice.id);

        const Reply demoted = m_http.postJson(url(QStringLiteral("/api/admin/users/%1/demote").arg(second.id)), {},
                                              m_s.admin.token);
        QCOMPARE(demoted.status, 200);
        QVERIFY(!ws.waitFor(QStringLiteral("AUTH_ERROR")).isEmpty());
        ws.clear();
        book(bob, eventId);
        const QJsonObject after = payloadOf(ws.waitFor(QStringLiteral("BOOKING_CREATED")));
        QVERIFY(!after.isEmpty());
        QVERIFY2(!after.contains("userId"_k), "a demoted admin's socket still sees other users' ids");
    }

    void passwordChangeSignsOutOldSockets() {
        const Session pat = registerUser(QStringLiteral("pat@example.com"));
        QVERIFY(!pat.access.isEmpty());
        WsClient ws;
        QVERIFY(ws.open(m_s.server->port()));
        QVERIFY(ws.auth(pat.access));
        notify(pat.userId, QStringLiteral("before"));
        QVERIFY(!ws.waitFor(QStringLiteral("NOTIFICATION"), [](auto &p) { return titled(p, QStringLiteral("before")); }).isEmpty());

        const Reply changed = m_http.postJson(url(QStringLiteral("/api/profile/password")),
                                              {{"currentPassword"_k, kPassword}, {"newPassword"_k, kNewPassword}},
                                              pat.access);
        QCOMPARE(changed.status, 200);
        QVERIFY(!ws.waitFor(QStringLiteral("AUTH_ERROR")).isEmpty());
        notify(pat.userId, QStringLiteral("after"));
        // The admin's own socket proves the notification went out; the old socket must not hear it.
        WsClient probe;
        QVERIFY(probe.open(m_s.server->port()));
        QVERIFY(probe.auth(sessionFrom(changed).access));
        notify(pat.userId, QStringLiteral("after2"));
        QVERIFY(!probe.waitFor(QStringLiteral("NOTIFICATION"), [](auto &p) { return titled(p, QStringLiteral("after2")); }).isEmpty());
        QVERIFY(ws.received(QStringLiteral("NOTIFICATION"), [](auto &p) { return titled(p, QStringLiteral("after")); }).isEmpty());
        QVERIFY(ws.received(QStringLiteral("NOTIFICATION"), [](auto &p) { return titled(p, QStringLiteral("after2")); }).isEmpty());
    }

    void deletedUserSocketSignsOut() {
        const Account gone = m_s.fx->account(QStringLiteral("Gone"));
        WsClient ws;
        QVERIFY(ws.open(m_s.server->port()));
        QVERIFY(ws.auth(gone.token));
        QCOMPARE(m_http.del(url(QStringLiteral("/api/admin/users/%1").arg(gone.id)), m_s.admin.token).status, 200);
        QVERIFY(!ws.waitFor(QStringLiteral("AUTH_ERROR")).isEmpty());
        QVERIFY(ws.isOpen()); // anonymous from now on, still hearing public changes
    }

    void logoutEndsTheSessionsAccessTokenAndSocket() {
        const QString email = QStringLiteral("two.devices@example.com");
        const Session laptop = registerUser(email);
        const Session phone = login(email);
        QVERIFY(!laptop.access.isEmpty() && !phone.access.isEmpty());
        WsClient laptopWs, phoneWs;
        QVERIFY(laptopWs.open(m_s.server->port()) && phoneWs.open(m_s.server->port()));
        QVERIFY(laptopWs.auth(laptop.access));
        QVERIFY(phoneWs.auth(phone.access));

        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/auth/logout")), {{"refreshToken"_k, laptop.refresh}}).status,
                 200);
        QCOMPARE(meStatus(laptop.access), 401); // at once, not when the 15 minutes are up
        QCOMPARE(meStatus(phone.access), 200);  // the other device stays signed in
        QVERIFY(!laptopWs.waitFor(QStringLiteral("AUTH_ERROR")).isEmpty());
        QVERIFY(!laptopWs.auth(laptop.access)); // and the old token cannot sign the socket in again
        notify(laptop.userId, QStringLiteral("still here"));
        QVERIFY(!phoneWs.waitFor(QStringLiteral("NOTIFICATION"), [](auto &p) { return titled(p, QStringLiteral("still here")); })
                     .isEmpty());
        QVERIFY(phoneWs.received(QStringLiteral("AUTH_ERROR")).isEmpty());

        // "Sign out everywhere" from the phone ends every session, one that refreshed meanwhile too.
        const Session tablet = login(email);
        const Reply refreshed =
            m_http.postJson(url(QStringLiteral("/api/auth/refresh")), {{"refreshToken"_k, tablet.refresh}});
        QCOMPARE(refreshed.status, 200);
        const Session tabletNow = sessionFrom(refreshed);
        QCOMPARE(meStatus(tabletNow.access), 200);
        QCOMPARE(m_http
                     .postJson(url(QStringLiteral("/api/auth/logout")),
                               {{"refreshToken"_k, phone.refresh}, {"allDevices"_k, true}})
                     .status,
                 200);
        QCOMPARE(meStatus(phone.access), 401);
        QCOMPARE(meStatus(tabletNow.access), 401);
        QVERIFY(!phoneWs.waitFor(QStringLiteral("AUTH_ERROR")).isEmpty());
        QCOMPARE(
            m_http.postJson(url(QStringLiteral("/api/auth/refresh")), {{"refreshToken"_k, tabletNow.refresh}}).status,
            401);
    }

    void logoutRefusesAWrongTypeForAllDevices() {
        const Reply r = m_http.postJson(url(QStringLiteral("/api/auth/logout")),
                                        {{"refreshToken"_k, QStringLiteral("x")}, {"allDevices"_k, QStringLiteral("yes")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
    }
};

QTEST_GUILESS_MAIN(TestLiveRevocation)
#include "tst_live_revocation.moc"
