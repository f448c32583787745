// The admin routes over real HTTP: stats, users and roles, audit log, notifications, CSV.
#include "api_test_case.h"
#include "fixtures.h"
#include "http_client.h"
#include "test_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;
using test::Request;

namespace {

// Parses CSV with Python's csv module: a reader we did not write.
QList<QStringList> parseCsv(const QByteArray &csv, QString *error) {
    QProcess py;
    py.start(QStringLiteral("python3"),
             {QStringLiteral("-c"),
              QStringLiteral("import csv,io,json,sys; print(json.dumps(list(csv.reader("
                             "io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')))))")});
    if (!py.waitForStarted(10'000)) {
        *error = QStringLiteral("python3 not available");
        return {};
    }
    py.write(csv);
    py.closeWriteChannel();
    py.waitForFinished(30'000);
    QList<QStringList> rows;
    for (const auto &row : QJsonDocument::fromJson(py.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const auto &cell : row.toArray())
            cells.append(cell.toString());
        rows.append(cells);
    }
    if (py.exitCode() != 0)
        *error = QString::fromUtf8(py.readAllStandardError());
    return rows;
}
} // namespace

class TestAdminApi : public test::ApiTestCase {
    Q_OBJECT
private:
    Reply book(qint64 id, const Account &a) {
        return m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(id)), {}, a.token);
    }

private Q_SLOTS:
    void init() {
        QVERIFY2(startServer(), qPrintable(serverError()));
    }
    void cleanup() { stopServer(); }

    void everyAdminRouteRefusesStrangersAndUsers_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("stats") << QByteArray("GET") << "/api/admin/stats";
        QTest::newRow("users") << QByteArray("GET") << "/api/admin/users";
        QTest::newRow("promote") << QByteArray("POST") << "/api/admin/users/1/promote";
        QTest::newRow("demote") << QByteArray("POST") << "/api/admin/users/1/demote";
        QTest::newRow("delete user") << QByteArray("DELETE") << "/api/admin/users/1";
        QTest::newRow("audit") << QByteArray("GET") << "/api/admin/audit-logs";
        QTest::newRow("notify") << QByteArray("POST") << "/api/admin/notifications";
        QTest::newRow("csv") << QByteArray("GET") << "/api/admin/bookings.csv";
    }
    void everyAdminRouteRefusesStrangersAndUsers() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const Account user = m_fx->account(QStringLiteral("Ann"));
        Reply r = m_http.send(method, url(path), "{}", {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("UNAUTHORIZED"));
        r = m_http.send(method, url(path), "{}",
                        {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + user.token}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("FORBIDDEN"));
    }

    void stats() {
        const qint64 a = m_fx->event(m_admin, {{"totalSlots"_k, 10}});
        m_fx->event(m_admin, {{"totalSlots"_k, 10}});
        for (const Account &u : m_fx->accounts(5))
            QCOMPARE(book(a, u).status, 201);
        const Reply r = m_http.get(url(QStringLiteral("/api/admin/stats")), m_admin.token);
        QCOMPARE(r.status, 200);
        const QJsonObject s = r.data();
        QCOMPARE(s.value("totalEvents"_k).toInt(), 2);
        QCOMPARE(s.value("totalBookings"_k).toInt(), 5);
        QCOMPARE(s.value("thisMonth"_k).toInt(), 5);
        QCOMPARE(s.value("occupancyRate"_k).toDouble(), 25.0);
        QCOMPARE(s.value("upcomingEvents"_k).toInt(), 2);
        QCOMPARE(s.value("totalUsers"_k).toInt(), 6);
    }

    void dailyStatsCountEveryDay() {
        const qint64 a = m_fx->event(m_admin, {{"totalSlots"_k, 10}});
        const QList<Account> people = m_fx->accounts(4);
        for (const Account &u : people)
            QCOMPARE(book(a, u).status, 201);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1/book").arg(a)), people.first().token).status, 200);
        // One booking made 3 days ago and cancelled 2 days ago (written behind the API's back).
        const qint64 day = 86'400'000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(m_fx->scalar(QStringLiteral("UPDATE bookings SET created_at = %1, cancelled_at = %2 WHERE user_id = %3")
                                  .arg(now - 3 * day)
                                  .arg(now - 2 * day)
                                  .arg(people.first().id))
                     .toInt(),
                 1);
        Reply r = m_http.get(url(QStringLiteral("/api/admin/stats/daily?days=7")), m_admin.token);
        QCOMPARE(r.status, 200);
        const QJsonArray days = r.data().value("days"_k).toArray();
        QCOMPARE(days.size(), 7);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QCOMPARE(days.last().toObject().value("date"_k).toString(), today.toString(Qt::ISODate));
        QCOMPARE(days.first().toObject().value("date"_k).toString(), today.addDays(-6).toString(Qt::ISODate));
        const auto at = [&](int daysAgo, const char *key) {
            return days.at(6 - daysAgo).toObject().value(QLatin1StringView(key)).toInt();
        };
        QCOMPARE(at(0, "bookings"), 3);
        QCOMPARE(at(0, "cancellations"), 0);
        QCOMPARE(at(3, "bookings"), 1);
        QCOMPARE(at(2, "cancellations"), 1);
        QCOMPARE(at(1, "bookings"), 0);
        // Default 30 days; bad values are 400 in the envelope; attendees are refused.
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/stats/daily")), m_admin.token).data().value("days"_k).toArray().size(),
                 30);
        for (const char *bad : {"days=0", "days=367", "days=abc", "days=-5"}) {
            r = m_http.get(url(QStringLiteral("/api/admin/stats/daily?") + QLatin1StringView(bad)), m_admin.token);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        }
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/stats/daily")), people.last().token).status, 403);
    }

    void usersListSearchAndPaging() {
        m_fx->account(QString::fromUtf8("Zoë Ünal"));
        const QList<Account> many = m_fx->accounts(25, QStringLiteral("member"));
        const qint64 e = m_fx->event(m_admin);
        QCOMPARE(book(e, many.first()).status, 201);
        Reply r = m_http.get(url(QStringLiteral("/api/admin/users?limit=10&page=3")), m_admin.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("total"_k).toInt(), 27);
        QCOMPARE(r.data().value("users"_k).toArray().size(), 7);
        QCOMPARE(r.data().value("page"_k).toInt(), 3);
        QCOMPARE(r.data().value("limit"_k).toInt(), 10);
        QUrl search = url(QStringLiteral("/api/admin/users"));
        search.setQuery(QStringLiteral("search=") +
                        QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8("ZOË ü"))));
        r = m_http.get(search, m_admin.token);
        QCOMPARE(r.data().value("total"_k).toInt(), 1);
        const QJsonObject zoe = r.data().value("users"_k).toArray().first().toObject();
        QCOMPARE(zoe.value("name"_k).toString(), QString::fromUtf8("Zoë Ünal"));
        for (const char *key : {"id", "email", "name", "isAdmin", "createdAt", "lastLogin", "bookingCount"})
            QVERIFY2(zoe.contains(QLatin1StringView(key)), key);
        r = m_http.get(url(QStringLiteral("/api/admin/users?search=member0")), m_admin.token);
        QCOMPARE(r.data().value("users"_k).toArray().first().toObject().value("bookingCount"_k).toInt(), 1);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/users?search=%25")), m_admin.token)
                     .data()
                     .value("total"_k)
                     .toInt(),
                 0);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/users?limit=0")), m_admin.token).status, 400);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/users?page=-1")), m_admin.token).status, 400);
    }

    void promoteDemoteAndLastAdmin() {
        const Account ann = m_fx->account(QStringLiteral("Ann"));
        const QString promote = QStringLiteral("/api/admin/users/%1/promote");
        const QString demote = QStringLiteral("/api/admin/users/%1/demote");
        Reply r = m_http.postJson(url(promote.arg(ann.id)), {}, m_admin.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("isAdmin"_k).toBool(), true);
        r = m_http.postJson(url(promote.arg(ann.id)), {}, m_admin.token);
        QCOMPARE(r.status, 200); // idempotent
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'USER_PROMOTE'"))
                     .toInt(),
                 1);
        // The role is read from the database: Ann's existing token now reaches admin routes.
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/stats")), ann.token).status, 200);
        QCOMPARE(m_http.postJson(url(demote.arg(m_admin.id)), {}, ann.token).status, 200);
        // Demotion bumps the token version: the old admin token is dead.
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/stats")), m_admin.token).status, 401);
        r = m_http.postJson(url(demote.arg(ann.id)), {}, ann.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("LAST_ADMIN"));
        QCOMPARE(m_http.postJson(url(promote.arg(999999)), {}, ann.token).status, 404);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/users/x/promote")), {}, ann.token).status,
                 404);
    }

    void concurrentDemotionsKeepOneAdmin() {
        const Account second = m_fx->account(QStringLiteral("Second"), true);
        const QList<Request> requests{
            {"POST", url(QStringLiteral("/api/admin/users/%1/demote").arg(second.id)), m_admin.token, {}},
            {"POST", url(QStringLiteral("/api/admin/users/%1/demote").arg(m_admin.id)), second.token, {}},
        };
        const QList<Reply> replies = test::HttpClient::sendAll(requests, 2);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM users WHERE is_admin = %1")
                                  .arg(m_server->backend().isPostgres() ? QStringLiteral("true")
                                                                        : QStringLiteral("1")))
                     .toInt(),
                 1);
        QVERIFY(replies.at(0).status == 409 || replies.at(1).status == 409 || replies.at(0).status == 401 ||
                replies.at(1).status == 401);
    }

    void deleteUsers() {
        const Account ann = m_fx->account(QStringLiteral("Ann"));
        const qint64 e = m_fx->event(m_admin, {{"totalSlots"_k, 3}});
        QCOMPARE(book(e, ann).status, 201);
        Reply r = m_http.del(url(QStringLiteral("/api/admin/users/%1").arg(m_admin.id)), m_admin.token);
        QCOMPARE(r.status, 403); // not yourself
        r = m_http.del(url(QStringLiteral("/api/admin/users/%1").arg(ann.id)), m_admin.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(
            m_fx->scalar(QStringLiteral("SELECT available_slots FROM events WHERE id = %1").arg(e)).toInt(),
            3);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/admin/users/%1").arg(ann.id)), m_admin.token).status,
                 404);
        // Another admin may remove this one; nobody removes themselves through the admin API.
        const Account other = m_fx->account(QStringLiteral("Other"), true);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/admin/users/%1").arg(m_admin.id)), other.token).status,
                 200);
        r = m_http.del(url(QStringLiteral("/api/admin/users/%1").arg(other.id)), other.token);
        QCOMPARE(r.status, 403);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'USER_DELETE'"))
                     .toInt(),
                 2);
    }

    void auditLogFilters() {
        const Account ann = m_fx->account(QStringLiteral("Ann"));
        const qint64 e = m_fx->event(m_admin);
        QCOMPARE(book(e, ann).status, 201);
        QCOMPARE(
            m_http.postJson(url(QStringLiteral("/api/admin/users/%1/promote").arg(ann.id)), {}, m_admin.token)
                .status,
            200);
        const auto logs = [&](const QString &query) {
            const Reply r = m_http.get(url(QStringLiteral("/api/admin/audit-logs?") + query), m_admin.token);
            return r.status == 200 ? r.data().value("logs"_k).toArray() : QJsonArray{QJsonValue(r.status)};
        };
        QJsonArray all = logs(QString());
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().toObject().value("action"_k).toString(),
                 QStringLiteral("USER_PROMOTE")); // newest first
        const QJsonObject booking = logs(QStringLiteral("action=BOOKING_CREATE")).first().toObject();
        QCOMPARE(booking.value("actorId"_k).toInteger(), ann.id);
        QCOMPARE(booking.value("targetType"_k).toString(), QStringLiteral("booking"));
        QCOMPARE(booking.value("ip"_k).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(booking.value("details"_k).toObject().value("eventId"_k).toInteger(), e);
        // The actor's current name rides along (an addition), so a reader needs no second lookup.
        QCOMPARE(booking.value("actorName"_k).toString(), QStringLiteral("Ann"));
        QCOMPARE(logs(QStringLiteral("actorId=%1").arg(m_admin.id)).size(), 2);
        QCOMPARE(logs(QStringLiteral("targetType=event")).size(), 1);
        QCOMPARE(logs(QStringLiteral("action=EVENT_CREATE&actorId=%1").arg(ann.id)).size(), 0);
        const QString tomorrow = QDateTime::currentDateTimeUtc().addDays(1).date().toString(Qt::ISODate);
        const QString yesterday = QDateTime::currentDateTimeUtc().addDays(-1).date().toString(Qt::ISODate);
        QCOMPARE(logs(QStringLiteral("start=") + tomorrow).size(), 0);
        QCOMPARE(logs(QStringLiteral("start=%1&end=%2").arg(yesterday, tomorrow)).size(), 3);
        QCOMPARE(logs(QStringLiteral("end=") + yesterday).size(), 0);
        const Reply paged =
            m_http.get(url(QStringLiteral("/api/admin/audit-logs?limit=2&page=2")), m_admin.token);
        QCOMPARE(paged.data().value("total"_k).toInt(), 3);
        QCOMPARE(paged.data().value("logs"_k).toArray().size(), 1);
        QCOMPARE(logs(QStringLiteral("actorId=abc")), QJsonArray{QJsonValue(400)});
        QCOMPARE(logs(QStringLiteral("start=soon")), QJsonArray{QJsonValue(400)});
        QCOMPARE(logs(QStringLiteral("action=%00")), QJsonArray{QJsonValue(400)});
    }

    void notifications() {
        const QList<Account> users = m_fx->accounts(3);
        const QUrl u = url(QStringLiteral("/api/admin/notifications"));
        Reply r = m_http.postJson(u,
                                  {{"userId"_k, users.first().id},
                                   {"title"_k, QStringLiteral("Hello")},
                                   {"message"_k, QStringLiteral("Body via message")},
                                   {"type"_k, QStringLiteral("info")}},
                                  m_admin.token);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.data().value("recipients"_k).toInt(), 1);
        r = m_http.postJson(u,
                            {{"title"_k, QStringLiteral("To all")}, {"body"_k, QStringLiteral("Everyone")}},
                            m_admin.token);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.data().value("recipients"_k).toInt(), 4);
        const QJsonArray inbox = m_http.get(url(QStringLiteral("/api/notifications")), users.first().token)
                                     .data()
                                     .value("items"_k)
                                     .toArray();
        QCOMPARE(inbox.size(), 2);
        QCOMPARE(inbox.at(1).toObject().value("body"_k).toString(), QStringLiteral("Body via message"));
        QCOMPARE(inbox.at(0).toObject().value("type"_k).toString(), QStringLiteral("info"));
        QCOMPARE(m_http.get(url(QStringLiteral("/api/notifications")), users.at(1).token)
                     .data()
                     .value("total"_k)
                     .toInt(),
                 1);
        QCOMPARE(m_http.postJson(u, {{"userId"_k, 999999}, {"title"_k, QStringLiteral("x")}}, m_admin.token)
                     .status,
                 404);
        QCOMPARE(m_http.postJson(u, {{"body"_k, QStringLiteral("no title")}}, m_admin.token).status, 400);
        QCOMPARE(m_http
                     .postJson(u, {{"title"_k, QStringLiteral("x")}, {"userId"_k, QStringLiteral("abc")}},
                               m_admin.token)
                     .status,
                 400);
        QCOMPARE(m_http
                     .postJson(u, {{"title"_k, QStringLiteral("x")}, {"type"_k, QStringLiteral("<script>")}},
                               m_admin.token)
                     .status,
                 400);
        QCOMPARE(m_http.postJson(u, {{"title"_k, QString(201, QLatin1Char('t'))}}, m_admin.token).status,
                 400);
        QCOMPARE(
            m_http.postJson(u, {{"title"_k, QString(QStringLiteral("a") + QChar(0))}}, m_admin.token).status,
            400);
        QCOMPARE(m_http
                     .postJson(u,
                               {{"title"_k, QStringLiteral("ok")},
                                {"body"_k, QString(QStringLiteral("x") + QChar(0))}},
                               m_admin.token)
                     .status,
                 400);
        QCOMPARE(
            m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'NOTIFICATION_SEND'"))
                .toInt(),
            2);
    }

    void csvRoundTripWithHostileNames() {
        const QStringList names{
            QStringLiteral("=HYPERLINK(\"http://evil\")"),
            QStringLiteral("Comma, Person"),
            QStringLiteral("Quote \"Q\" Person"),
            QStringLiteral("Line\nBreak"),
            QString::fromUtf8("Ünïcødé 😀 名前"),
            QStringLiteral("-2+3"),
            QStringLiteral("@SUM(A1)"),
            QStringLiteral("+49 Caller"),
            QStringLiteral("\tTabbed"),
        };
        const qint64 e = m_fx->event(m_admin, {{"title"_k, QStringLiteral("Gala, \"2027\"")}});
        const qint64 other = m_fx->event(m_admin, {{"title"_k, QStringLiteral("Other")}});
        for (const QString &name : names)
            QCOMPARE(book(e, m_fx->account(name)).status, 201);
        QCOMPARE(book(other, m_fx->account(QStringLiteral("Elsewhere"))).status, 201);

        const Reply r =
            m_http.get(url(QStringLiteral("/api/admin/bookings.csv?eventId=%1").arg(e)), m_admin.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
        QVERIFY(r.header("Content-Disposition").startsWith("attachment;"));
        QString error;
        const QList<QStringList> rows = parseCsv(r.body, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), names.size() + 1);
        QCOMPARE(rows.first().first(), QStringLiteral("bookingId"));
        const int nameColumn = int(rows.first().indexOf(QStringLiteral("userName")));
        const int titleColumn = int(rows.first().indexOf(QStringLiteral("eventTitle")));
        QVERIFY(nameColumn > 0 && titleColumn > 0);
        QStringList got;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).size(), rows.first().size());
            QCOMPARE(rows.at(i).at(titleColumn), QStringLiteral("Gala, \"2027\""));
            got.append(rows.at(i).at(nameColumn));
        }
        QStringList expected;
        for (const QString &n : names) {
            const bool formula = n.startsWith(QLatin1Char('=')) || n.startsWith(QLatin1Char('+')) ||
                                 n.startsWith(QLatin1Char('-')) || n.startsWith(QLatin1Char('@')) ||
                                 n.startsWith(QLatin1Char('\t'));
            expected.append(formula ? QLatin1Char('\'') + n : n);
        }
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);

        const Reply all = m_http.get(url(QStringLiteral("/api/admin/bookings.csv")), m_admin.token);
        QCOMPARE(parseCsv(all.body, &error).size(), names.size() + 2);
        QCOMPARE(
            m_http.get(url(QStringLiteral("/api/admin/bookings.csv?eventId=999999")), m_admin.token).status,
            404);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/bookings.csv?eventId=abc")), m_admin.token).status,
                 400);
    }

    void csvStreamsManyRows() {
        const qint64 e = m_fx->event(m_admin, {{"totalSlots"_k, 1200}});
        QList<Request> requests;
        for (const Account &a : m_fx->accounts(1100))
            requests.append({"POST", url(QStringLiteral("/api/events/%1/book").arg(e)), a.token, {}});
        for (const Reply &r : test::HttpClient::sendAll(requests, 32))
            QCOMPARE(r.status, 201);
        const Reply r = m_http.get(url(QStringLiteral("/api/admin/bookings.csv")), m_admin.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Transfer-Encoding"), QByteArray("chunked")); // streamed, not built in memory
        QString error;
        const QList<QStringList> rows = parseCsv(r.body, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 1101);
        QSet<QString> ids;
        for (qsizetype i = 1; i < rows.size(); ++i)
            ids.insert(rows.at(i).first());
        QCOMPARE(ids.size(), 1100);
    }

    void promotionByAnotherProcessTakesEffect() {
        const Account ann = m_fx->account(QStringLiteral("Ann"));
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/stats")), ann.token).status, 403);
        const QString email =
            m_fx->scalar(QStringLiteral("SELECT email FROM users WHERE id = %1").arg(ann.id)).toString();
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DATABASE_URL"), m_server->backend().databaseUrl());
        env.insert(QStringLiteral("DATA_DIR"), m_server->backend().dataDir());
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(EVENTBOOK_SERVER_BINARY),
                  {QStringLiteral("user"), QStringLiteral("promote"), email});
        QVERIFY(cli.waitForFinished(60'000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/stats")), ann.token).status, 200);
        const Reply users = m_http.get(url(QStringLiteral("/api/admin/users?search=ann")), m_admin.token);
        QCOMPARE(users.data().value("users"_k).toArray().first().toObject().value("isAdmin"_k).toBool(),
                 true);
    }
};

QTEST_GUILESS_MAIN(TestAdminApi)
#include "tst_admin_api.moc"
