// The roles over /ws (issue 18): who booked is told to admins, the booking's holder and the
// event's organisers and staff — never to an organiser or staff member of another event; a change
// of role or scope signs the user's sockets out at once (the app then refreshes into the new role).
#include "api_test_case.h"
#include "team_world.h"
#include "ws_client.h"

#include <QJsonDocument>
#include <QTest>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;
using test::WsClient;

namespace {
QJsonObject payloadOf(const QJsonObject &message) {
    return message.value("payload"_k).toObject();
}
} // namespace

class TestRolesLive : public test::ApiTestCase {
    Q_OBJECT
private:
    bool signedInSocket(WsClient &ws, const Account &a) { return ws.open(m_server->port()) && ws.auth(a.token); }

private Q_SLOTS:
    void init() { QVERIFY2(startServer(), qPrintable(serverError())); }
    void cleanup() { stopServer(); }

    void bookingHoldersAreToldToTheEventsTeamOnly() {
        const test::TeamWorld w = test::TeamWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(w.ok(), qPrintable(w.error));
        WsClient organiser, staff, otherOrganiser, attendee, admin;
        QVERIFY(signedInSocket(organiser, w.organiser));
        QVERIFY(signedInSocket(staff, w.staff));
        QVERIFY(signedInSocket(otherOrganiser, w.otherOrganiser));
        QVERIFY(signedInSocket(attendee, w.attendee));
        QVERIFY(signedInSocket(admin, w.admin));
        const Account guest = m_fx->account(QStringLiteral("Gus"));

        for (qint64 event : {w.own, w.other}) {
            QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(event)), {}, guest.token).status, 201);
            const auto isThis = [event](const QJsonObject &p) { return p.value("eventId"_k).toInteger() == event; };
            // Everyone hears that a seat went; the admin also hears who took it.
            const QJsonObject toAdmin = payloadOf(admin.waitFor(QStringLiteral("BOOKING_CREATED"), isThis));
            QCOMPARE(toAdmin.value("userId"_k).toInteger(), guest.id);
            for (WsClient *ws : {&organiser, &staff, &otherOrganiser, &attendee}) {
                const QJsonObject p = payloadOf(ws->waitFor(QStringLiteral("BOOKING_CREATED"), isThis));
                QVERIFY(!p.isEmpty());
                const bool onTeam = (event == w.own && (ws == &organiser || ws == &staff)) ||
                                    (event == w.other && ws == &otherOrganiser);
                QCOMPARE(p.contains("userId"_k), onTeam);
            }
        }
    }

    void aNewEventOfAnOrganiserIsInTheirSocketsScope() {
        const test::TeamWorld w = test::TeamWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(w.ok(), qPrintable(w.error));
        WsClient organiser;
        QVERIFY(signedInSocket(organiser, w.organiser));
        const qint64 made = m_fx->event(w.organiser, {{"title"_k, QStringLiteral("Fresh")}});
        QVERIFY(made > 0);
        QVERIFY(!organiser.waitFor(QStringLiteral("EVENT_CREATED")).isEmpty());
        const Account guest = m_fx->account(QStringLiteral("Gus"));
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(made)), {}, guest.token).status, 201);
        const QJsonObject p = payloadOf(organiser.waitFor(QStringLiteral("BOOKING_CREATED")));
        QCOMPARE(p.value("userId"_k).toInteger(), guest.id);
    }

    void roleAndScopeChangesSignSocketsOut() {
        const test::TeamWorld w = test::TeamWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(w.ok(), qPrintable(w.error));
        WsClient staff, spare;
        QVERIFY(signedInSocket(staff, w.staff));
        QVERIFY(signedInSocket(spare, w.spareStaff));
        // Removed from the event's team: the socket is anonymous at once, the old token is dead.
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1/team/%2").arg(w.own).arg(w.staff.id)), w.organiser.token)
                     .status,
                 200);
        QVERIFY(!staff.waitFor(QStringLiteral("AUTH_ERROR")).isEmpty());
        QCOMPARE(m_http.get(url(QStringLiteral("/api/events/%1/bookings").arg(w.own)), w.staff.token).status, 401);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/events/%1/bookings").arg(w.own)), m_fx->currentToken(w.staff.id))
                     .status,
                 403);
        // Made staff of the event: the same, and the new token opens the door list.
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/team").arg(w.own)), {{"userId"_k, w.spareStaff.id}},
                                 w.organiser.token)
                     .status,
                 201);
        QVERIFY(!spare.waitFor(QStringLiteral("AUTH_ERROR")).isEmpty());
        QCOMPARE(m_http.get(url(QStringLiteral("/api/events/%1/bookings").arg(w.own)),
                            m_fx->currentToken(w.spareStaff.id))
                     .status,
                 200);
        // A socket signed in again hears as its new scope allows.
        WsClient again;
        QVERIFY(signedInSocket(again, Account{w.spareStaff.id, m_fx->currentToken(w.spareStaff.id)}));
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(w.own)), {},
                                 m_fx->account(QStringLiteral("Gus")).token)
                     .status,
                 201);
        QVERIFY(payloadOf(again.waitFor(QStringLiteral("BOOKING_CREATED"))).contains("userId"_k));
        const QJsonObject ok = payloadOf(again.waitFor(QStringLiteral("AUTH_OK")));
        QCOMPARE(ok.value("role"_k).toString(), QStringLiteral("staff"));
    }

    void aRefreshedSessionCarriesTheNewRole() {
        // A real session (refresh token), not a fixture token: what the desktop app holds.
        const QString password = QStringLiteral("Quartz-Violin-58-Harbour");
        const Reply reg = m_http.postJson(url(QStringLiteral("/api/auth/register")),
                                          {{"email"_k, QStringLiteral("olga@example.test")},
                                           {"password"_k, password},
                                           {"name"_k, QStringLiteral("Olga")}});
        QCOMPARE(reg.status, 201);
        const qint64 id = reg.data().value("user"_k).toObject().value("id"_k).toInteger();
        const QString refresh = reg.data().value("refreshToken"_k).toString();
        QCOMPARE(m_http.sendJson("PUT", url(QStringLiteral("/api/admin/users/%1/role").arg(id)),
                                 {{"role"_k, QStringLiteral("organiser")}}, m_admin.token)
                     .status,
                 200);
        const Reply next = m_http.postJson(url(QStringLiteral("/api/auth/refresh")), {{"refreshToken"_k, refresh}});
        QCOMPARE(next.status, 200);
        const QByteArray token = next.data().value("token"_k).toString().toLatin1();
        const Reply me = m_http.get(url(QStringLiteral("/api/auth/me")), token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.data().value("role"_k).toString(), QStringLiteral("organiser"));
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/stats")), token).status, 200);
    }

    void refreshesRacingRoleChangesKeepTheSession() {
        // Each round sends a change of role and a refresh at the same moment; whichever commits
        // first, the session must still refresh afterwards (never be left on an old version).
        const Reply reg = m_http.postJson(url(QStringLiteral("/api/auth/register")),
                                          {{"email"_k, QStringLiteral("rita@example.test")},
                                           {"password"_k, QStringLiteral("Quartz-Violin-58-Harbour")},
                                           {"name"_k, QStringLiteral("Rita")}});
        QCOMPARE(reg.status, 201);
        const qint64 id = reg.data().value("user"_k).toObject().value("id"_k).toInteger();
        QString refresh = reg.data().value("refreshToken"_k).toString();
        const QUrl role = url(QStringLiteral("/api/admin/users/%1/role").arg(id));
        for (int round = 0; round < 30; ++round) {
            const QByteArray wanted = round % 2 ? R"({"role":"staff"})" : R"({"role":"organiser"})";
            const QList<Reply> replies = test::HttpClient::sendAll(
                {{"PUT", role, m_admin.token, wanted},
                 {"POST", url(QStringLiteral("/api/auth/refresh")), {},
                  QJsonDocument(QJsonObject{{"refreshToken"_k, refresh}}).toJson()}},
                2);
            QCOMPARE(replies.at(0).status, 200);
            QVERIFY2(replies.at(1).status == 200, replies.at(1).body.constData());
            refresh = replies.at(1).data().value("refreshToken"_k).toString();
        }
        const Reply last = m_http.postJson(url(QStringLiteral("/api/auth/refresh")), {{"refreshToken"_k, refresh}});
        QCOMPARE(last.status, 200);
        const QByteArray token = last.data().value("token"_k).toString().toLatin1();
        QCOMPARE(m_http.get(url(QStringLiteral("/api/auth/me")), token).data().value("role"_k).toString(),
                 QStringLiteral("staff"));
    }
};

QTEST_GUILESS_MAIN(TestRolesLive)
#include "tst_roles_live.moc"
