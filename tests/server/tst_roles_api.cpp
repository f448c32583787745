// Every route that is not public, with every role (issue 18): anonymous, attendee, staff of the
// event, organiser of the event, admin. The server checks the role and the scope: an organiser or
// staff member naming another event's id gets 403 and no data. Each role meets a world of its own
// (so a deletion by one does not change what the next one meets).
#include "api_test_case.h"
#include "team_world.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;

namespace {
enum Who { Anonymous, Attendee, Staff, Organiser, Admin, WhoCount };
const char *const kWho[] = {"anonymous", "attendee", "staff", "organiser", "admin"};
using Expected = QList<int>; // one status per Who

const Account &accountOf(const test::TeamWorld &w, Who who) {
    static const Account none;
    switch (who) {
    case Attendee:
        return w.attendee;
    case Staff:
        return w.staff;
    case Organiser:
        return w.organiser;
    case Admin:
        return w.admin;
    default:
        return none;
    }
}

QString fill(QString text, const test::TeamWorld &w) {
    return text.replace(QStringLiteral("{own}"), QString::number(w.own))
        .replace(QStringLiteral("{other}"), QString::number(w.other))
        .replace(QStringLiteral("{attendee}"), QString::number(w.attendee.id))
        .replace(QStringLiteral("{staff}"), QString::number(w.staff.id))
        .replace(QStringLiteral("{spare}"), QString::number(w.spareStaff.id))
        .replace(QStringLiteral("{organiser}"), QString::number(w.organiser.id));
}
} // namespace

class TestRolesApi : public test::ApiTestCase {
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY2(startServer(), qPrintable(serverError())); }
    void cleanup() { stopServer(); }

    void everyRouteChecksRoleAndScope_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Expected>("expected"); // anonymous, attendee, staff, organiser, admin
        const QByteArray event = QJsonDocument(test::Fixtures::eventBody()).toJson();
        const auto row = [](const char *name, const char *method, const char *path, const QByteArray &body,
                            Expected e) {
            QTest::newRow(name) << QByteArray(method) << QString::fromLatin1(path) << body << e;
        };
        const QByteArray none;
        row("stats", "GET", "/api/admin/stats", none, {401, 403, 403, 200, 200});
        row("daily", "GET", "/api/admin/stats/daily", none, {401, 403, 403, 200, 200});
        row("users", "GET", "/api/admin/users", none, {401, 403, 403, 403, 200});
        row("set role", "PUT", "/api/admin/users/{attendee}/role", R"({"role":"staff"})", {401, 403, 403, 403, 200});
        row("promote", "POST", "/api/admin/users/{attendee}/promote", none, {401, 403, 403, 403, 200});
        row("delete user", "DELETE", "/api/admin/users/{attendee}", none, {401, 403, 403, 403, 200});
        row("audit", "GET", "/api/admin/audit-logs", none, {401, 403, 403, 403, 200});
        row("export user", "GET", "/api/admin/users/{attendee}/export", none, {401, 403, 403, 403, 200});
        row("anonymise user", "POST", "/api/admin/users/{attendee}/anonymise", none, {401, 403, 403, 403, 200});
        row("notify own", "POST", "/api/admin/notifications", R"({"title":"Doors","message":"at 7","eventId":{own}})",
            {401, 403, 403, 201, 201});
        row("notify other", "POST", "/api/admin/notifications",
            R"({"title":"Doors","message":"at 7","eventId":{other}})", {401, 403, 403, 403, 201});
        row("notify one user", "POST", "/api/admin/notifications",
            R"({"title":"Hi","message":"you","userId":{attendee}})", {401, 403, 403, 403, 201});
        row("notify everyone", "POST", "/api/admin/notifications", R"({"title":"Hi","message":"all"})",
            {401, 403, 403, 403, 201});
        row("csv own", "GET", "/api/admin/bookings.csv?eventId={own}", none, {401, 403, 403, 200, 200});
        row("csv other", "GET", "/api/admin/bookings.csv?eventId={other}", none, {401, 403, 403, 403, 200});
        row("csv all", "GET", "/api/admin/bookings.csv", none, {401, 403, 403, 403, 200});
        row("attendees own", "GET", "/api/events/{own}/bookings", none, {401, 403, 200, 200, 200});
        row("attendees other", "GET", "/api/events/{other}/bookings", none, {401, 403, 403, 403, 200});
        row("attendees missing", "GET", "/api/events/987654/bookings", none, {401, 403, 403, 403, 404});
        row("create event", "POST", "/api/events", event, {401, 403, 403, 201, 201});
        row("replace own", "PUT", "/api/events/{own}", event, {401, 403, 403, 200, 200});
        row("replace other", "PUT", "/api/events/{other}", event, {401, 403, 403, 403, 200});
        row("patch own", "PATCH", "/api/events/{own}", R"({"title":"Renamed"})", {401, 403, 403, 200, 200});
        row("patch other", "PATCH", "/api/events/{other}", R"({"title":"Renamed"})", {401, 403, 403, 403, 200});
        row("delete own", "DELETE", "/api/events/{own}", none, {401, 403, 403, 200, 200});
        row("delete other", "DELETE", "/api/events/{other}", none, {401, 403, 403, 403, 200});
        row("delete missing", "DELETE", "/api/events/987654", none, {401, 403, 403, 403, 404});
        row("team own", "GET", "/api/events/{own}/team", none, {401, 403, 403, 200, 200});
        row("team other", "GET", "/api/events/{other}/team", none, {401, 403, 403, 403, 200});
        row("staff own", "POST", "/api/events/{own}/team", R"({"userId":{spare}})", {401, 403, 403, 201, 201});
        row("staff other", "POST", "/api/events/{other}/team", R"({"userId":{spare}})", {401, 403, 403, 403, 201});
        row("unstaff own", "DELETE", "/api/events/{own}/team/{staff}", none, {401, 403, 403, 200, 200});
        row("remove organiser", "DELETE", "/api/events/{own}/team/{organiser}", none, {401, 403, 403, 403, 200});
        row("my bookings", "GET", "/api/bookings/my", none, {401, 200, 200, 200, 200});
        row("my data", "GET", "/api/profile/export", none, {401, 200, 200, 200, 200});
        row("me", "GET", "/api/auth/me", none, {401, 200, 200, 200, 200});
    }
    void everyRouteChecksRoleAndScope() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(Expected, expected);
        QCOMPARE(expected.size(), int(WhoCount));
        for (int who = 0; who < WhoCount; ++who) {
            const test::TeamWorld w = test::TeamWorld::build(*m_server, *m_fx, m_admin);
            QVERIFY2(w.ok(), qPrintable(w.error));
            QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
            const Account &caller = accountOf(w, Who(who));
            if (!caller.token.isEmpty())
                headers.append({"Authorization", "Bearer " + caller.token});
            const Reply r = m_http.send(method, url(fill(path, w)), fill(QString::fromUtf8(body), w).toUtf8(), headers);
            const QByteArray what = QByteArray(kWho[who]) + ": " + r.body.left(300);
            QVERIFY2(r.status == expected[who], what.constData());
            if (r.status == 401 || r.status == 403) {
                // Refused means refused: the envelope and nothing of the data.
                QCOMPARE(r.json().value("success"_k).toBool(true), false);
                QVERIFY2(!r.json().contains("data"_k), what.constData());
                QCOMPARE(r.errorCode(), r.status == 401 ? QStringLiteral("UNAUTHORIZED") : QStringLiteral("FORBIDDEN"));
            }
        }
    }

    void staffSeeNamesAndStatesOnly() {
        const test::TeamWorld w = test::TeamWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(w.ok(), qPrintable(w.error));
        const Reply door = m_http.get(url(QStringLiteral("/api/events/%1/bookings").arg(w.own)), w.staff.token);
        QCOMPARE(door.status, 200);
        const QJsonArray rows = door.json().value("data"_k).toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value("status"_k).toString(), QStringLiteral("confirmed"));
        QCOMPARE(row.value("user"_k).toObject().value("name"_k).toString(), QStringLiteral("Ann Attendee"));
        QVERIFY(!row.value("user"_k).toObject().contains("email"_k));
        QVERIFY(!row.contains("event"_k));
        // The organiser sees the full row.
        const Reply full = m_http.get(url(QStringLiteral("/api/events/%1/bookings").arg(w.own)), w.organiser.token);
        QVERIFY(full.json().value("data"_k).toArray().first().toObject().value("user"_k).toObject().contains("email"_k));
    }

    void organiserStatsCoverTheirEventsOnly() {
        const test::TeamWorld w = test::TeamWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(w.ok(), qPrintable(w.error));
        const QJsonObject mine = m_http.get(url(QStringLiteral("/api/admin/stats")), w.organiser.token).data();
        const QJsonObject all = m_http.get(url(QStringLiteral("/api/admin/stats")), m_admin.token).data();
        QCOMPARE(mine.value("totalEvents"_k).toInt(), 1);
        QCOMPARE(mine.value("totalBookings"_k).toInt(), 1);
        QCOMPARE(all.value("totalEvents"_k).toInt(), 2);
        QCOMPARE(all.value("totalBookings"_k).toInt(), 2);
    }

    void organiserNotifiesTheirAttendeesOnly() {
        const test::TeamWorld w = test::TeamWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(w.ok(), qPrintable(w.error));
        const Account bystander = m_fx->account(QStringLiteral("Bea"));
        const Reply sent = m_http.postJson(url(QStringLiteral("/api/admin/notifications")),
                                           {{"title"_k, QStringLiteral("Doors at 7")},
                                            {"message"_k, QStringLiteral("See you")},
                                            {"eventId"_k, w.own}},
                                           w.organiser.token);
        QCOMPARE(sent.status, 201);
        const auto count = [&](const Account &a) {
            return m_http.get(url(QStringLiteral("/api/notifications")), a.token)
                .data().value("items"_k).toArray().size();
        };
        QCOMPARE(count(w.attendee), 1);
        QCOMPARE(count(bystander), 0);
    }

    void organiserCreatesEventsThatAreTheirs() {
        const test::TeamWorld w = test::TeamWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(w.ok(), qPrintable(w.error));
        const qint64 made = m_fx->event(w.organiser, {{"title"_k, QStringLiteral("Mine too")}});
        QVERIFY(made > 0);
        const Reply me = m_http.get(url(QStringLiteral("/api/auth/me")), w.organiser.token);
        QCOMPARE(me.data().value("role"_k).toString(), QStringLiteral("organiser"));
        QList<qint64> scoped;
        for (const QJsonValue &s : me.data().value("scopes"_k).toArray())
            scoped.append(s.toObject().value("eventId"_k).toInteger());
        QVERIFY(scoped.contains(made));
        QVERIFY(scoped.contains(w.own));
        QVERIFY(!scoped.contains(w.other));
        const Reply patch = m_http.sendJson("PATCH", url(QStringLiteral("/api/events/%1").arg(made)),
                                            {{"title"_k, QStringLiteral("Renamed")}}, w.organiser.token);
        QCOMPARE(patch.status, 200);
        // And the other organiser cannot touch it.
        const Reply foreign = m_http.sendJson("PATCH", url(QStringLiteral("/api/events/%1").arg(made)),
                                              {{"title"_k, QStringLiteral("Mine")}}, w.otherOrganiser.token);
        QCOMPARE(foreign.status, 403);
    }

    void roleChangesAreAuditedAndEndOldTokens() {
        const Account pat = m_fx->account(QStringLiteral("Pat"));
        QCOMPARE(m_http.get(url(QStringLiteral("/api/auth/me")), pat.token).status, 200);
        const Reply set = m_http.sendJson("PUT", url(QStringLiteral("/api/admin/users/%1/role").arg(pat.id)),
                                          {{"role"_k, QStringLiteral("organiser")}}, m_admin.token);
        QCOMPARE(set.status, 200);
        QCOMPARE(set.data().value("role"_k).toString(), QStringLiteral("organiser"));
        QCOMPARE(set.data().value("isAdmin"_k).toBool(), false);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/auth/me")), pat.token).status, 401);
        const Reply audit = m_http.get(url(QStringLiteral("/api/admin/audit-logs?action=USER_ROLE_SET")), m_admin.token);
        const QJsonArray logs = audit.data().value("logs"_k).toArray();
        QCOMPARE(logs.size(), 1);
        QCOMPARE(logs.first().toObject().value("targetId"_k).toInteger(), pat.id);
        // Unknown roles are refused by name.
        const Reply bad = m_http.sendJson("PUT", url(QStringLiteral("/api/admin/users/%1/role").arg(pat.id)),
                                          {{"role"_k, QStringLiteral("superuser")}}, m_admin.token);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        // Admin through the role route counts as admin everywhere (isAdmin stays the wire truth).
        const Reply admin = m_http.sendJson("PUT", url(QStringLiteral("/api/admin/users/%1/role").arg(pat.id)),
                                            {{"role"_k, QStringLiteral("admin")}}, m_admin.token);
        QCOMPARE(admin.data().value("isAdmin"_k).toBool(), true);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/users")), m_fx->currentToken(pat.id)).status, 200);
        // The last admin cannot lose the role through this route either.
        const Reply self = m_http.sendJson("PUT", url(QStringLiteral("/api/admin/users/%1/role").arg(m_admin.id)),
                                           {{"role"_k, QStringLiteral("attendee")}}, m_admin.token);
        QCOMPARE(self.status, 403);
    }

    void grantingRightsSharesThePromoteRateLimit() {
        stopServer();
        QVERIFY2(startServer([](app::Config &c) {
                     c.rateLimits = true;
                     c.rateLimitOverrides.insert(QStringLiteral("promote"), {2, 900});
                 }),
                 qPrintable(serverError()));
        const Account pat = m_fx->account(QStringLiteral("Pat"));
        const QUrl role = url(QStringLiteral("/api/admin/users/%1/role").arg(pat.id));
        QCOMPARE(m_http.sendJson("PUT", role, {{"role"_k, QStringLiteral("staff")}}, m_admin.token).status, 200);
        const QUrl team = url(QStringLiteral("/api/events/%1/team").arg(m_fx->event(m_admin)));
        QCOMPARE(m_http.postJson(team, {{"userId"_k, pat.id}}, m_admin.token).status, 201);
        // The third grant in the window is refused, whichever route it takes; reading is not limited.
        const Reply third = m_http.sendJson("PUT", role, {{"role"_k, QStringLiteral("organiser")}}, m_admin.token);
        QCOMPARE(third.status, 429);
        QCOMPARE(third.errorCode(), QStringLiteral("RATE_LIMITED"));
        QCOMPARE(m_http.get(team, m_admin.token).status, 200);
    }

    void teamAssignmentNeedsTheRoleFirst() {
        const test::TeamWorld w = test::TeamWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(w.ok(), qPrintable(w.error));
        const Reply plain = m_http.postJson(url(QStringLiteral("/api/events/%1/team").arg(w.own)),
                                            {{"userId"_k, w.attendee.id}}, w.organiser.token);
        QCOMPARE(plain.status, 400);
        // An organiser cannot make another organiser a co-organiser: that is an admin's call.
        const Reply co = m_http.postJson(url(QStringLiteral("/api/events/%1/team").arg(w.own)),
                                         {{"userId"_k, w.otherOrganiser.id}}, w.organiser.token);
        QCOMPARE(co.status, 403);
        const Reply byEmail = m_http.postJson(url(QStringLiteral("/api/events/%1/team").arg(w.own)),
                                              {{"email"_k, QStringLiteral("nobody@example.test")}}, w.organiser.token);
        QCOMPARE(byEmail.status, 404);
        const Reply hostile = m_http.postJson(url(QStringLiteral("/api/events/%1/team").arg(w.own)),
                                              {{"userId"_k, QStringLiteral("1 OR 1=1")}}, w.organiser.token);
        QCOMPARE(hostile.status, 400);
        const Reply team = m_http.get(url(QStringLiteral("/api/events/%1/team").arg(w.own)), w.organiser.token);
        QCOMPARE(team.data().value("team"_k).toArray().size(), 2); // the organiser and the staff member
    }
};

QTEST_GUILESS_MAIN(TestRolesApi)
#include "tst_roles_api.moc"
