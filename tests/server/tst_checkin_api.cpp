// Door check-in over HTTP (issue 19): a scan is decided once per ticket and once per nonce, entry
// and exit move occupancy, every kind of bad ticket gets its own answer, and only the event's
// team may scan. Run on SQLite and PostgreSQL.
#include "api_test_case.h"
#include "door_world.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QTest>

using namespace eventbook;
using test::DoorWorld;
using test::operator""_k;
using test::Reply;
using test::scanBody;

class TestCheckinApi : public test::ApiTestCase {
    Q_OBJECT
private:
    Reply redeem(const QJsonObject &body, const QByteArray &token) {
        return m_http.postJson(url(QStringLiteral("/api/checkin/redeem")), body, token);
    }
    QJsonObject summary(qint64 eventId, const QByteArray &token) {
        return m_http.get(url(QStringLiteral("/api/events/%1/checkin").arg(eventId)), token).data();
    }

private Q_SLOTS:
    void init() { QVERIFY2(startServer(), qPrintable(serverError())); }
    void cleanup() { stopServer(); }

    void entryAndExitMoveOccupancyOncePerNonce() {
        const DoorWorld d = DoorWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(d.ok(), qPrintable(d.team.error));
        const QByteArray staff = d.team.staff.token;
        const QJsonObject first = scanBody(d.ownTicket, QStringLiteral("desk-1"));
        Reply r = redeem(first, staff);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("result"_k).toString(), QStringLiteral("admitted"));
        QVERIFY(r.data().value("admitted"_k).toBool());
        QCOMPARE(r.data().value("holder"_k).toString(), QStringLiteral("Ann Attendee"));
        QCOMPARE(r.data().value("bookingId"_k).toInteger(), d.ownBooking);
        QCOMPARE(r.data().value("replayed"_k).toBool(), false);
        QJsonObject occupancy = r.data().value("occupancy"_k).toObject();
        QCOMPARE(occupancy.value("checkedIn"_k).toInt(), 1);
        QCOMPARE(occupancy.value("present"_k).toInt(), 1);
        QCOMPARE(occupancy.value("tickets"_k).toInt(), 1);

        // The same upload again (a retry after a lost answer): the same scan, nothing counted twice.
        r = redeem(first, staff);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("result"_k).toString(), QStringLiteral("admitted"));
        QVERIFY(r.data().value("replayed"_k).toBool());
        QCOMPARE(summary(d.team.own, staff).value("scans"_k).toInt(), 1);

        // A second scan of the ticket at another desk: already in, with when and where.
        r = redeem(scanBody(d.ownTicket, QStringLiteral("desk-2")), staff);
        QCOMPARE(r.data().value("result"_k).toString(), QStringLiteral("already_inside"));
        QCOMPARE(r.data().value("admitted"_k).toBool(), false);
        QCOMPARE(r.data().value("previous"_k).toObject().value("deviceId"_k).toString(), QStringLiteral("desk-1"));
        QVERIFY(r.data().value("message"_k).toString().contains(QStringLiteral("already checked in")));

        const QJsonObject exit{{QStringLiteral("direction"), QStringLiteral("exit")}};
        r = redeem(scanBody(d.ownTicket, QStringLiteral("desk-2"), exit), staff);
        QCOMPARE(r.data().value("result"_k).toString(), QStringLiteral("exited"));
        occupancy = r.data().value("occupancy"_k).toObject();
        QCOMPARE(occupancy.value("checkedIn"_k).toInt(), 1);
        QCOMPARE(occupancy.value("present"_k).toInt(), 0);
        r = redeem(scanBody(d.ownTicket, QStringLiteral("desk-2"), exit), staff);
        QCOMPARE(r.data().value("result"_k).toString(), QStringLiteral("not_inside"));
        r = redeem(scanBody(d.ownTicket, QStringLiteral("desk-1")), staff);
        QCOMPARE(r.data().value("result"_k).toString(), QStringLiteral("admitted"));
        QVERIFY(r.data().value("message"_k).toString().startsWith(QStringLiteral("Welcome back")));
        QCOMPARE(r.data().value("ticket"_k).toObject().value("entries"_k).toInt(), 2);

        const QJsonObject s = summary(d.team.own, d.team.organiser.token);
        QCOMPARE(s.value("checkedIn"_k).toInt(), 1);
        QCOMPARE(s.value("present"_k).toInt(), 1);
        QCOMPARE(s.value("scans"_k).toInt(), 5);
        QCOMPARE(s.value("conflicts"_k).toInt(), 0);
    }

    void everyBadTicketHasItsAnswer() {
        const DoorWorld d = DoorWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(d.ok(), qPrintable(d.team.error));
        const QByteArray staff = d.team.staff.token;
        const QJsonObject ownDesk{{QStringLiteral("eventId"), d.team.own}};
        const auto result = [&](const QString &secret) {
            const Reply r = redeem(scanBody(secret, QStringLiteral("desk-1"), ownDesk), staff);
            return r.status == 200 ? r.data().value("result"_k).toString() : QString::number(r.status);
        };
        QString forged = d.ownTicket;
        forged[forged.size() - 5] = forged.at(forged.size() - 5) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(result(forged), QStringLiteral("forged"));
        QCOMPARE(result(d.ownTicket.left(d.ownTicket.size() - 10)), QStringLiteral("invalid"));
        QCOMPARE(result(QStringLiteral("https://example.com/not-a-ticket")), QStringLiteral("invalid"));
        // Signed by another key (a copied ticket format with the attacker's own key).
        const QString resigned = services::TicketSigner(QByteArray(32, '\x07')).sign({d.ownBooking, d.team.own});
        QCOMPARE(result(resigned), QStringLiteral("forged"));
        // A genuine ticket of another event: refused without naming its holder.
        const Reply wrong = redeem(scanBody(d.otherTicket, QStringLiteral("desk-1"), ownDesk), staff);
        QCOMPARE(wrong.data().value("result"_k).toString(), QStringLiteral("wrong_event"));
        QVERIFY(!wrong.data().contains("holder"_k));
        // Cancelled: the ticket is revoked.
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1/book").arg(d.team.own)), d.team.attendee.token).status, 200);
        const Reply revoked = redeem(scanBody(d.ownTicket, QStringLiteral("desk-1"), ownDesk), staff);
        QCOMPARE(revoked.data().value("result"_k).toString(), QStringLiteral("revoked"));
        QCOMPARE(revoked.data().value("admitted"_k).toBool(), false);
        // Nothing above was counted in.
        const QJsonObject s = summary(d.team.own, staff);
        QCOMPARE(s.value("checkedIn"_k).toInt(), 0);
        QCOMPARE(s.value("present"_k).toInt(), 0);
    }

    void badRequestsAreRefusedClearly() {
        const DoorWorld d = DoorWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(d.ok(), qPrintable(d.team.error));
        const QByteArray staff = d.team.staff.token;
        const auto field = [](const Reply &r) {
            return r.json().value("error"_k).toObject().value("details"_k).toArray().at(0).toObject().value("field"_k).toString();
        };
        const QList<std::pair<QJsonObject, QString>> cases{
            {QJsonObject{{QStringLiteral("nonce"), test::newNonce()}, {QStringLiteral("deviceId"), QStringLiteral("d")}}, QStringLiteral("secret")},
            {scanBody(d.ownTicket, QStringLiteral("d"), {{QStringLiteral("nonce"), QStringLiteral("short")}}), QStringLiteral("nonce")},
            {scanBody(d.ownTicket, QStringLiteral("d"), {{QStringLiteral("nonce"), 12345678}}), QStringLiteral("nonce")},
            {scanBody(d.ownTicket, QStringLiteral("bad device id")), QStringLiteral("deviceId")},
            {scanBody(d.ownTicket, QString()), QStringLiteral("deviceId")},
            {scanBody(d.ownTicket, QStringLiteral("d"), {{QStringLiteral("direction"), QStringLiteral("sideways")}}), QStringLiteral("direction")},
            {scanBody(d.ownTicket, QStringLiteral("d"), {{QStringLiteral("at"), QStringLiteral("yesterday")}}), QStringLiteral("at")},
            {scanBody(d.ownTicket, QStringLiteral("d"), {{QStringLiteral("at"), QStringLiteral("2099-01-01T00:00:00Z")}}), QStringLiteral("at")},
            {scanBody(d.ownTicket, QStringLiteral("d"), {{QStringLiteral("eventId"), -4}}), QStringLiteral("eventId")},
            {scanBody(QString(5000, QLatin1Char('x')), QStringLiteral("d")), QStringLiteral("secret")},
            {QJsonObject{{QStringLiteral("bookingId"), d.ownBooking}, {QStringLiteral("nonce"), test::newNonce()},
                         {QStringLiteral("deviceId"), QStringLiteral("d")}}, QStringLiteral("eventId")},
        };
        for (const auto &[body, name] : cases) {
            const Reply r = redeem(body, staff);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
            QCOMPARE(field(r), name);
        }
        QCOMPARE(m_http.send("POST", url(QStringLiteral("/api/checkin/redeem")), "{not json",
                             {{"Authorization", "Bearer " + staff}, {"Content-Type", "application/json"}}).status, 400);
        // One nonce, two tickets: the second is refused, the first stands.
        const QJsonObject first = scanBody(d.ownTicket, QStringLiteral("desk-1"));
        QCOMPARE(redeem(first, staff).status, 200);
        QJsonObject reused = scanBody(d.otherTicket, QStringLiteral("desk-1"));
        reused.insert(QStringLiteral("nonce"), first.value("nonce"_k));
        const Reply clash = redeem(reused, m_admin.token);
        QCOMPARE(clash.status, 409);
        QCOMPARE(summary(d.team.own, staff).value("scans"_k).toInt(), 1);
        QCOMPARE(summary(d.team.other, m_admin.token).value("scans"_k).toInt(), 0);
    }

    void hostileBatchesAreRefusedClearly() {
        const DoorWorld d = DoorWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(d.ok(), qPrintable(d.team.error));
        const auto batch = [&](const QJsonValue &scans, const QJsonObject &extra = {}) {
            QJsonObject body{{QStringLiteral("deviceId"), QStringLiteral("desk-b")},
                             {QStringLiteral("eventId"), d.team.own},
                             {QStringLiteral("scans"), scans}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                body.insert(it.key(), it.value());
            return m_http.postJson(url(QStringLiteral("/api/checkin/batch")), body, d.team.staff.token);
        };
        const auto field = [](const Reply &r) {
            return r.json().value("error"_k).toObject().value("details"_k).toArray().at(0).toObject().value("field"_k).toString();
        };
        const QJsonObject one{{QStringLiteral("secret"), d.ownTicket}, {QStringLiteral("nonce"), test::newNonce()}};
        QCOMPARE(field(batch(QJsonArray{})), QStringLiteral("scans"));
        QCOMPARE(field(batch(QStringLiteral("all of them"))), QStringLiteral("scans"));
        QJsonArray tooMany;
        for (int i = 0; i < 1001; ++i)
            tooMany.append(QJsonObject{{QStringLiteral("secret"), d.ownTicket}, {QStringLiteral("nonce"), test::newNonce()}});
        QCOMPARE(field(batch(tooMany)), QStringLiteral("scans"));
        QCOMPARE(field(batch(QJsonArray{one, one})), QStringLiteral("scans[1].nonce"));
        QCOMPARE(field(batch(QJsonArray{one, 5})), QStringLiteral("scans[1]"));
        QJsonObject bad = one;
        bad.insert(QStringLiteral("admitted"), QStringLiteral("yes"));
        QCOMPARE(field(batch(QJsonArray{one, bad})), QStringLiteral("scans[1].admitted"));
        QCOMPARE(field(batch(QJsonArray{one}, {{QStringLiteral("eventId"), QStringLiteral("own")}})), QStringLiteral("eventId"));
        QCOMPARE(batch(QJsonArray{one}, {{QStringLiteral("eventId"), d.team.other}}).status, 403);
        QCOMPARE(summary(d.team.own, d.team.staff.token).value("scans"_k).toInt(), 0); // nothing half-done
        // A nonce already used for another ticket: that scan is refused and said why; the rest go on.
        QCOMPARE(redeem(QJsonObject{{QStringLiteral("secret"), d.otherTicket}, {QStringLiteral("nonce"), one.value("nonce"_k)},
                                    {QStringLiteral("deviceId"), QStringLiteral("desk-a")}},
                        m_admin.token).status, 200);
        const QJsonObject fresh{{QStringLiteral("secret"), d.ownTicket}, {QStringLiteral("nonce"), test::newNonce()}};
        const Reply r = batch(QJsonArray{one, fresh});
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.data().value("results"_k).toArray();
        QCOMPARE(results.at(0).toObject().value("admitted"_k).toBool(), false);
        QVERIFY(results.at(0).toObject().value("message"_k).toString().contains(QStringLiteral("nonce")));
        QCOMPARE(results.at(1).toObject().value("result"_k).toString(), QStringLiteral("admitted"));
        QCOMPARE(summary(d.team.own, d.team.staff.token).value("scans"_k).toInt(), 1);
        // A desk whose clock runs fast: its queued scan is taken as now, not left stuck in its queue.
        const Reply fast = batch(QJsonArray{QJsonObject{{QStringLiteral("secret"), d.ownTicket},
                                                        {QStringLiteral("nonce"), test::newNonce()},
                                                        {QStringLiteral("direction"), QStringLiteral("exit")},
                                                        {QStringLiteral("at"), QStringLiteral("2099-01-01T00:00:00Z")}}});
        QCOMPARE(fast.status, 200);
        const QJsonObject exited = fast.data().value("results"_k).toArray().at(0).toObject();
        QCOMPARE(exited.value("result"_k).toString(), QStringLiteral("exited"));
        QVERIFY(!exited.value("at"_k).toString().startsWith(QStringLiteral("2099")));
    }

    void onlyTheEventsTeamScans() {
        const DoorWorld d = DoorWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(d.ok(), qPrintable(d.team.error));
        const auto status = [&](const QString &ticket, const QByteArray &token, const QJsonObject &extra = {}) {
            return redeem(scanBody(ticket, QStringLiteral("desk-x"), extra), token).status;
        };
        QCOMPARE(status(d.ownTicket, {}), 401);
        QCOMPARE(status(d.ownTicket, d.team.attendee.token), 403);                  // an attendee
        QCOMPARE(status(d.ownTicket, d.team.spareStaff.token), 403);                // staff of no event
        QCOMPARE(status(d.otherTicket, d.team.staff.token), 403);                   // staff of another event
        QCOMPARE(status(d.otherTicket, d.team.staff.token, {{QStringLiteral("eventId"), d.team.other}}), 403);
        QCOMPARE(status(d.ownTicket, d.team.otherOrganiser.token), 403);
        QCOMPARE(status(d.ownTicket, d.team.organiser.token), 200);
        QCOMPARE(status(d.otherTicket, m_admin.token), 200);
        for (const QString &path : {QStringLiteral("/api/events/%1/checkin"), QStringLiteral("/api/events/%1/checkin/manifest"),
                                    QStringLiteral("/api/events/%1/checkin/search?q=ann")}) {
            QCOMPARE(m_http.get(url(path.arg(d.team.other)), d.team.staff.token).status, 403);
            QCOMPARE(m_http.get(url(path.arg(d.team.own)), d.team.staff.token).status, 200);
            QCOMPARE(m_http.get(url(path.arg(d.team.own)), d.team.attendee.token).status, 403);
        }
        // The scans CSV is the organisers'.
        const QString csv = QStringLiteral("/api/events/%1/checkin/scans.csv").arg(d.team.own);
        QCOMPARE(m_http.get(url(csv), d.team.staff.token).status, 403);
        const Reply file = m_http.get(url(csv), d.team.organiser.token);
        QCOMPARE(file.status, 200);
        const QList<QByteArray> lines = file.body.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("scanId,recordedAt,scannedAt,bookingId,holder,direction,result,deviceId"));
        QVERIFY(lines.at(1).contains(",Ann Attendee,entry,admitted,desk-x,no,Olga Organiser"));
    }

    // The door reads its caller's row with the ticket: whatever stops a token anywhere else stops it
    // here at once, and a refused caller hears 401/403 before anything about the body or the ticket.
    void aCallerWhoNoLongerStandsIsRefusedAtTheDoor() {
        const DoorWorld d = DoorWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(d.ok(), qPrintable(d.team.error));
        const auto status = [&](const QString &ticket, const QByteArray &token) {
            return redeem(scanBody(ticket, QStringLiteral("desk-y")), token);
        };
        const auto malformed = [&](const QByteArray &token) {
            return m_http.send("POST", url(QStringLiteral("/api/checkin/redeem")), "{not json",
                               {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
        };
        const auto message = [](const Reply &r) {
            return r.json().value("error"_k).toObject().value("message"_k).toString();
        };
        const QString forged = d.ownTicket.left(d.ownTicket.size() - 2) + QStringLiteral("xx");

        // An attendee is refused whatever the body says.
        QCOMPARE(malformed(d.team.attendee.token).status, 403);
        QCOMPARE(status(forged, d.team.attendee.token).status, 403);
        QCOMPARE(redeem(scanBody(forged, QStringLiteral("d"), {{QStringLiteral("eventId"), d.team.own}}),
                        d.team.attendee.token).status, 403);

        // Taken off the event's team: the token of then stops (its version moved on), and a token of
        // now does not scan for that event.
        QCOMPARE(status(d.ownTicket, d.team.staff.token).status, 200);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1/team/%2").arg(d.team.own).arg(d.team.staff.id)),
                            d.team.organiser.token).status, 200);
        QCOMPARE(status(d.ownTicket, d.team.staff.token).status, 401);
        const Reply unstaffed = status(d.ownTicket, m_fx->currentToken(d.team.staff.id));
        QCOMPARE(unstaffed.status, 403);
        QCOMPARE(message(unstaffed), QStringLiteral("You have no access to this event"));

        // A signed-out session's token stops at once (a real login, whose token names its session).
        const QString email = QStringLiteral("door-%1@example.com").arg(test::newNonce().left(8).toLower());
        const QString password = QStringLiteral("Xk9$mzq!Lp-door");
        const Reply reg = m_http.postJson(url(QStringLiteral("/api/auth/register")),
                                          {{QStringLiteral("email"), email}, {QStringLiteral("password"), password},
                                           {QStringLiteral("name"), QStringLiteral("Dora Door")}});
        QCOMPARE(reg.status, 201);
        const qint64 doraId = reg.data().value("user"_k).toObject().value("id"_k).toInteger();
        QCOMPARE(m_http.sendJson("PUT", url(QStringLiteral("/api/admin/users/%1/role").arg(doraId)),
                                 {{QStringLiteral("role"), QStringLiteral("staff")}}, m_admin.token).status, 200);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/team").arg(d.team.own)),
                                 {{QStringLiteral("userId"), doraId}}, d.team.organiser.token).status, 201);
        const Reply session = m_http.postJson(url(QStringLiteral("/api/auth/login")),
                                              {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
        QCOMPARE(session.status, 200);
        const QByteArray dora = session.data().value("token"_k).toString().toLatin1();
        QCOMPARE(status(d.ownTicket, dora).status, 200);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/auth/logout")),
                                 {{QStringLiteral("refreshToken"), session.data().value("refreshToken"_k)}}).status, 200);
        const Reply signedOut = status(d.ownTicket, dora);
        QCOMPARE(signedOut.status, 401);
        QCOMPARE(message(signedOut), QStringLiteral("This session has been signed out"));
        QCOMPARE(malformed(dora).status, 401);

        // A change of role moves the token version on; a deleted user's token names nobody.
        const QByteArray organiser = d.team.organiser.token;
        QCOMPARE(status(d.ownTicket, organiser).status, 200);
        QCOMPARE(m_http.sendJson("PUT", url(QStringLiteral("/api/admin/users/%1/role").arg(d.team.organiser.id)),
                                 {{QStringLiteral("role"), QStringLiteral("attendee")}}, m_admin.token).status, 200);
        QCOMPARE(status(d.ownTicket, organiser).status, 401);
        QCOMPARE(malformed(organiser).status, 401);
        QCOMPARE(status(forged, organiser).status, 401);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/admin/users/%1").arg(d.team.otherOrganiser.id)), m_admin.token).status,
                 200);
        QCOMPARE(status(d.otherTicket, d.team.otherOrganiser.token).status, 401);

        // Nothing a refused caller sent was recorded.
        QCOMPARE(summary(d.team.own, m_admin.token).value("scans"_k).toInt(), 3);
    }

    void aForgottenTicketIsFoundByName() {
        const DoorWorld d = DoorWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(d.ok(), qPrintable(d.team.error));
        const Reply found = m_http.get(url(QStringLiteral("/api/events/%1/checkin/search?q=ANN").arg(d.team.own)),
                                       d.team.staff.token);
        QCOMPARE(found.status, 200);
        const QJsonArray tickets = found.data().value("tickets"_k).toArray();
        QCOMPARE(tickets.size(), 1);
        QCOMPARE(tickets.at(0).toObject().value("bookingId"_k).toInteger(), d.ownBooking);
        QVERIFY(!found.body.contains("@")); // names, never emails
        QCOMPARE(m_http.get(url(QStringLiteral("/api/events/%1/checkin/search?q=a").arg(d.team.own)), d.team.staff.token).status, 400);
        // Admitted by booking id from the search, at the desk's event.
        const Reply r = redeem(QJsonObject{{QStringLiteral("bookingId"), d.ownBooking}, {QStringLiteral("eventId"), d.team.own},
                                           {QStringLiteral("nonce"), test::newNonce()}, {QStringLiteral("deviceId"), QStringLiteral("desk-1")}},
                               d.team.staff.token);
        QCOMPARE(r.data().value("result"_k).toString(), QStringLiteral("admitted"));
        // A booking of another event by id at this desk: another event's, refused.
        const Reply other = redeem(QJsonObject{{QStringLiteral("bookingId"), d.otherBooking}, {QStringLiteral("eventId"), d.team.own},
                                               {QStringLiteral("nonce"), test::newNonce()}, {QStringLiteral("deviceId"), QStringLiteral("desk-1")}},
                                   d.team.staff.token);
        QCOMPARE(other.data().value("result"_k).toString(), QStringLiteral("wrong_event"));
    }

    void theTeamHearsTheDoorLive() {
        const DoorWorld d = DoorWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(d.ok(), qPrintable(d.team.error));
        test::WsClient staff, organiser, otherOrganiser, attendee;
        for (auto [ws, account] : {std::pair{&staff, d.team.staff}, std::pair{&organiser, d.team.organiser},
                                   std::pair{&otherOrganiser, d.team.otherOrganiser}, std::pair{&attendee, d.team.attendee}})
            QVERIFY(ws->open(m_server->port()) && ws->auth(account.token));
        QCOMPARE(redeem(scanBody(d.ownTicket, QStringLiteral("desk-1")), d.team.staff.token).status, 200);
        for (test::WsClient *ws : {&staff, &organiser}) {
            const QJsonObject checkin = ws->waitFor(QStringLiteral("CHECKIN")).value("payload"_k).toObject();
            QCOMPARE(checkin.value("result"_k).toString(), QStringLiteral("admitted"));
            QCOMPARE(checkin.value("bookingId"_k).toInteger(), d.ownBooking);
            QCOMPARE(checkin.value("deviceId"_k).toString(), QStringLiteral("desk-1"));
            QCOMPARE(checkin.value("ticket"_k).toObject().value("holder"_k).toString(), QStringLiteral("Ann Attendee"));
            const QJsonObject occupancy = ws->waitFor(QStringLiteral("OCCUPANCY")).value("payload"_k).toObject();
            QCOMPARE(occupancy.value("eventId"_k).toInteger(), d.team.own);
            QCOMPARE(occupancy.value("present"_k).toInt(), 1);
            QCOMPARE(occupancy.value("scans"_k).toInt(), 1);
        }
        // Everyone else hears nothing of the door (a PONG fences what was sent before it).
        for (test::WsClient *ws : {&otherOrganiser, &attendee}) {
            ws->sendJson({{QStringLiteral("type"), QStringLiteral("PING")}});
            QVERIFY(!ws->waitFor(QStringLiteral("PONG")).isEmpty());
            QVERIFY(ws->received(QStringLiteral("CHECKIN")).isEmpty());
            QVERIFY(ws->received(QStringLiteral("OCCUPANCY")).isEmpty());
        }
    }

    void theHolderFindsTheirScansInTheirData() {
        const DoorWorld d = DoorWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(d.ok(), qPrintable(d.team.error));
        QCOMPARE(redeem(scanBody(d.ownTicket, QStringLiteral("desk-1")), d.team.staff.token).status, 200);
        const Reply data = m_http.get(url(QStringLiteral("/api/profile/export")), d.team.attendee.token);
        QCOMPARE(data.status, 200);
        const QJsonArray scans = data.data().value("checkins"_k).toArray();
        QCOMPARE(scans.size(), 1);
        QCOMPARE(scans.at(0).toObject().value("result"_k).toString(), QStringLiteral("admitted"));
        QCOMPARE(scans.at(0).toObject().value("bookingId"_k).toInteger(), d.ownBooking);
        QCOMPARE(scans.at(0).toObject().value("deviceId"_k).toString(), QStringLiteral("desk-1"));
    }

    void desksAreRateLimited() {
        stopServer();
        QVERIFY2(startServer([](app::Config &c) {
                     c.rateLimits = true;
                     c.rateLimitOverrides.insert(QStringLiteral("device"), app::RateLimit{3, 60});
                 }),
                 qPrintable(serverError()));
        const DoorWorld d = DoorWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(d.ok(), qPrintable(d.team.error));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(redeem(scanBody(d.ownTicket, QStringLiteral("fast-desk")), d.team.staff.token).status, 200);
        const Reply limited = redeem(scanBody(d.ownTicket, QStringLiteral("fast-desk")), d.team.staff.token);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("RATE_LIMITED"));
        QCOMPARE(redeem(scanBody(d.ownTicket, QStringLiteral("next-desk")), d.team.staff.token).status, 200);
        QCOMPARE(summary(d.team.own, d.team.staff.token).value("scans"_k).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCheckinApi)
#include "tst_checkin_api.moc"
