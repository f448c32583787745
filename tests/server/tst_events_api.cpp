// The event routes over real HTTP: listing, search, paging, validation, writes and caching.
#include "eventbook/common/codecs.h"
#include "api_test_case.h"
#include "fixtures.h"
#include "http_client.h"
#include "test_server.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;

class TestEventsApi : public test::ApiTestCase {
    Q_OBJECT
private:
    QUrl listUrl(const QList<QPair<QString, QString>> &params) const {
        QUrl u = url(QStringLiteral("/api/events"));
        QUrlQuery q;
        for (const auto &[k, v] : params)
            q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
        u.setQuery(q);
        return u;
    }
    QStringList titles(const Reply &r) const {
        QStringList out;
        for (const auto &e : r.data().value("events"_k).toArray())
            out.append(e.toObject().value("title"_k).toString());
        return out;
    }
    Reply listWith(const QString &key, const QString &value) { return m_http.get(listUrl({{key, value}})); }

private Q_SLOTS:
    void init() {
        QVERIFY2(startServer(), qPrintable(serverError()));
        QVERIFY(m_admin.id > 0);
    }
    void cleanup() { stopServer(); }

    void listPagesWithTotals() {
        for (int i = 0; i < 8; ++i)
            QVERIFY(m_fx->event(
                m_admin, {{"title"_k, QStringLiteral("Event %1").arg(i)},
                          {"date"_k, codec::formatTime(QDateTime::currentDateTimeUtc().addDays(i + 1))}}));
        Reply r = m_http.get(url(QStringLiteral("/api/events")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("total"_k).toInt(), 8);
        QCOMPARE(r.data().value("page"_k).toInt(), 1);
        QCOMPARE(r.data().value("limit"_k).toInt(), 6);
        QCOMPARE(r.data().value("totalPages"_k).toInt(), 2);
        QCOMPARE(titles(r).first(), QStringLiteral("Event 0")); // soonest first
        QCOMPARE(titles(r).size(), 6);
        r = m_http.get(listUrl({{QStringLiteral("page"), QStringLiteral("2")}}));
        QCOMPARE(titles(r), (QStringList{QStringLiteral("Event 6"), QStringLiteral("Event 7")}));
        r = m_http.get(listUrl({{QStringLiteral("page"), QStringLiteral("99")}}));
        QCOMPARE(r.status, 200);
        QVERIFY(titles(r).isEmpty());
        QCOMPARE(r.data().value("total"_k).toInt(), 8);
        r = m_http.get(listUrl({{QStringLiteral("limit"), QStringLiteral("50")},
                                {QStringLiteral("sort"), QStringLiteral("-date")}}));
        QCOMPARE(titles(r).size(), 8);
        QCOMPARE(titles(r).first(), QStringLiteral("Event 7"));
    }

    void badListParameters_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("limit 0") << "limit"
                                 << "0";
        QTest::newRow("limit 51") << "limit"
                                  << "51";
        QTest::newRow("limit negative") << "limit"
                                        << "-5";
        QTest::newRow("limit text") << "limit"
                                    << "ten";
        QTest::newRow("limit huge") << "limit"
                                    << "99999999999999999999";
        QTest::newRow("page 0") << "page"
                                << "0";
        QTest::newRow("page float") << "page"
                                    << "1.5";
        QTest::newRow("from not a date") << "from"
                                         << "yesterday";
        QTest::newRow("to without zone") << "to"
                                         << "2026-12-01T10:00:00";
        QTest::newRow("unknown sort") << "sort"
                                      << "price; DROP TABLE events";
        QTest::newRow("NUL in search") << "search" << QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        QTest::newRow("control in tag") << "tag" << QStringLiteral("\x1b[31m");
    }
    void badListParameters() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const Reply r = listWith(key, value);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
    }

    void searchIsLiteralAndCaseInsensitive_data() {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("expected");
        QTest::newRow("percent") << "%"
                                 << "100% Off Sale";
        QTest::newRow("underscore") << "_"
                                    << "snake_case Meetup";
        QTest::newRow("single quote") << "'"
                                      << "O'Brien Reading";
        QTest::newRow("double quote") << "\""
                                      << "Say \"Hi\" Night";
        QTest::newRow("backslash") << "\\"
                                   << "Back\\slash Talk";
        QTest::newRow("emoji") << QString::fromUtf8("🎉") << QString::fromUtf8("Party 🎉 Time");
        QTest::newRow("unicode case")
            << QString::fromUtf8("ÄRGER") << QString::fromUtf8("Mensch ärgere dich nicht");
        QTest::newRow("location") << "lisbon"
                                  << "100% Off Sale";
        QTest::newRow("description") << "FIREWORKS" << QString::fromUtf8("Party 🎉 Time");
        QTest::newRow("tag") << "bookclub"
                             << "O'Brien Reading";
        QTest::newRow("sql comment") << "--"
                                     << "";
        QTest::newRow("like pattern") << "1_0"
                                      << "";
    }
    void searchIsLiteralAndCaseInsensitive() {
        QFETCH(QString, term);
        QFETCH(QString, expected);
        const QList<QJsonObject> events{
            {{"title"_k, QStringLiteral("100% Off Sale")}, {"location"_k, QStringLiteral("Lisbon")}},
            {{"title"_k, QStringLiteral("snake_case Meetup")}},
            {{"title"_k, QStringLiteral("O'Brien Reading")},
             {"tags"_k, QJsonArray{QStringLiteral("BookClub")}}},
            {{"title"_k, QStringLiteral("Say \"Hi\" Night")}},
            {{"title"_k, QStringLiteral("Back\\slash Talk")}},
            {{"title"_k, QString::fromUtf8("Party 🎉 Time")},
             {"description"_k, QStringLiteral("With fireworks")}},
            {{"title"_k, QString::fromUtf8("Mensch ärgere dich nicht")}},
            {{"title"_k, QStringLiteral("Plain 1 0 event")}},
        };
        for (const auto &e : events)
            QVERIFY(m_fx->event(m_admin, e));
        const Reply r = listWith(QStringLiteral("search"), term);
        QCOMPARE(r.status, 200);
        QCOMPARE(titles(r), expected.isEmpty() ? QStringList() : QStringList{expected});
        QCOMPARE(r.data().value("total"_k).toInt(), expected.isEmpty() ? 0 : 1);
    }

    void hugeSearchFindsNothing() {
        QVERIFY(m_fx->event(m_admin));
        const Reply r = listWith(QStringLiteral("search"), QString(10'000, QLatin1Char('x')));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("total"_k).toInt(), 0);
        QCOMPARE(listWith(QStringLiteral("search"), QString(10'001, QLatin1Char('y'))).status, 400);
        // Past the 16 KB head limit the front door answers, still in the envelope.
        const Reply tooLong = listWith(QStringLiteral("search"), QString(12'000, QLatin1Char('%')));
        QCOMPARE(tooLong.status, 431);
        QCOMPARE(tooLong.json().value("success"_k).toBool(true), false);
    }

    void tagAndDateFilters() {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(m_fx->event(m_admin, {{"title"_k, QStringLiteral("Soon")},
                                      {"tags"_k, QJsonArray{QStringLiteral("Music")}},
                                      {"date"_k, codec::formatTime(now.addDays(2))}}));
        QVERIFY(m_fx->event(m_admin, {{"title"_k, QStringLiteral("Later")},
                                      {"tags"_k, QJsonArray{QStringLiteral("music"), QStringLiteral("jazz")}},
                                      {"date"_k, codec::formatTime(now.addDays(20))}}));
        QVERIFY(m_fx->event(m_admin, {{"title"_k, QStringLiteral("Other")},
                                      {"tags"_k, QJsonArray{QStringLiteral("sport")}},
                                      {"date"_k, codec::formatTime(now.addDays(5))}}));
        QCOMPARE(titles(listWith(QStringLiteral("tag"), QStringLiteral("MUSIC"))),
                 (QStringList{QStringLiteral("Soon"), QStringLiteral("Later")}));
        QCOMPARE(titles(listWith(QStringLiteral("tag"), QStringLiteral("mus"))), QStringList());
        QCOMPARE(titles(m_http.get(
                     listUrl({{QStringLiteral("from"), codec::formatTime(now.addDays(3))},
                              {QStringLiteral("to"), now.addDays(10).date().toString(Qt::ISODate)}}))),
                 QStringList{QStringLiteral("Other")});
        const Reply tagged =
            m_http.get(listUrl({{QStringLiteral("tag"), QStringLiteral("music")},
                                {QStringLiteral("from"), codec::formatTime(now.addDays(3))}}));
        QCOMPARE(titles(tagged), QStringList{QStringLiteral("Later")});
        QCOMPARE(tagged.data().value("events"_k).toArray().first().toObject().value("tags"_k).toArray(),
                 (QJsonArray{QStringLiteral("music"), QStringLiteral("jazz")}));
    }

    void getOne() {
        const qint64 id = m_fx->event(m_admin, {{"title"_k, QStringLiteral("Detail")}});
        Reply r = m_http.get(url(QStringLiteral("/api/events/%1").arg(id)));
        QCOMPARE(r.status, 200);
        const Event e = codec::eventFromJson(r.data());
        QCOMPARE(e.title, QStringLiteral("Detail"));
        QCOMPARE(e.availableSlots, 10);
        QCOMPARE(e.createdBy.value_or(0), m_admin.id);
        QVERIFY(r.data().value("image"_k).isNull());
        for (const QString &bad :
             {QStringLiteral("999999"), QStringLiteral("abc"), QStringLiteral("-1"), QStringLiteral("0"),
              QStringLiteral("1e3"), QStringLiteral("99999999999999999999999")}) {
            r = m_http.get(url(QStringLiteral("/api/events/") + bad));
            QCOMPARE(r.status, 404);
            QCOMPARE(r.errorCode(), QStringLiteral("NOT_FOUND"));
        }
    }

    void createValidation_data() {
        QTest::addColumn<QJsonObject>("overrides");
        QTest::addColumn<QString>("field");
        const QJsonValue null(QJsonValue::Null);
        QTest::newRow("no title") << QJsonObject{{"title"_k, null}} << "title";
        QTest::newRow("blank title") << QJsonObject{{"title"_k, QStringLiteral("   ")}} << "title";
        QTest::newRow("long title") << QJsonObject{{"title"_k, QString(201, QLatin1Char('t'))}} << "title";
        QTest::newRow("title number") << QJsonObject{{"title"_k, 5}} << "title";
        QTest::newRow("long description")
            << QJsonObject{{"description"_k, QString(10'001, QLatin1Char('d'))}} << "description";
        QTest::newRow("no location") << QJsonObject{{"location"_k, QString()}} << "location";
        QTest::newRow("date without zone")
            << QJsonObject{{"date"_k, QStringLiteral("2027-01-01T10:00:00")}} << "date";
        QTest::newRow("date nonsense")
            << QJsonObject{{"date"_k, QStringLiteral("2027-02-30T10:00:00Z")}} << "date";
        QTest::newRow("slots zero") << QJsonObject{{"totalSlots"_k, 0}} << "totalSlots";
        QTest::newRow("slots fraction") << QJsonObject{{"totalSlots"_k, 1.5}} << "totalSlots";
        QTest::newRow("slots string") << QJsonObject{{"totalSlots"_k, QStringLiteral("10")}} << "totalSlots";
        QTest::newRow("slots too many") << QJsonObject{{"totalSlots"_k, 1'000'001}} << "totalSlots";
        QJsonArray manyTags;
        for (int i = 0; i < 21; ++i)
            manyTags.append(QStringLiteral("t%1").arg(i));
        QTest::newRow("21 tags") << QJsonObject{{"tags"_k, manyTags}} << "tags";
        QTest::newRow("long tag") << QJsonObject{{"tags"_k, QJsonArray{QString(41, QLatin1Char('x'))}}}
                                  << "tags";
        QTest::newRow("tags not list") << QJsonObject{{"tags"_k, QStringLiteral("a,b")}} << "tags";
        QTest::newRow("ftp image") << QJsonObject{{"image"_k, QStringLiteral("ftp://example.com/a.png")}}
                                   << "image";
        QTest::newRow("javascript image")
            << QJsonObject{{"image"_k, QStringLiteral("javascript:alert(1)")}} << "image";
        QTest::newRow("svg data uri")
            << QJsonObject{{"image"_k, QStringLiteral("data:image/svg+xml;base64,PHN2Zz4=")}} << "image";
        QTest::newRow("png that is not")
            << QJsonObject{{"image"_k, QString(QStringLiteral("data:image/png;base64,") +
                                               QString::fromLatin1(QByteArray("GIF89a-not-png").toBase64()))}}
            << "image";
        QTest::newRow("bad base64") << QJsonObject{{"image"_k, QStringLiteral("data:image/png;base64,!!!!")}}
                                    << "image";
    }
    void createValidation() {
        QFETCH(QJsonObject, overrides);
        QFETCH(QString, field);
        const Reply r = m_http.postJson(url(QStringLiteral("/api/events")),
                                        test::Fixtures::eventBody(overrides), m_admin.token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        const QJsonArray details = r.json().value("error"_k).toObject().value("details"_k).toArray();
        QVERIFY2(!details.isEmpty(), r.body.constData());
        QCOMPARE(details.first().toObject().value("field"_k).toString(), field);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM events")).toInt(), 0);
    }

    void createNeedsAdmin() {
        const Account user = m_fx->account(QStringLiteral("Ann"));
        const QUrl u = url(QStringLiteral("/api/events"));
        QCOMPARE(m_http.postJson(u, test::Fixtures::eventBody()).status, 401);
        const Reply forbidden = m_http.postJson(u, test::Fixtures::eventBody(), user.token);
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.errorCode(), QStringLiteral("FORBIDDEN"));
        // Access is checked before the body: a malformed body from a stranger is still 401.
        QCOMPARE(m_http.send("POST", u, "{not json", {{"Content-Type", "application/json"}}).status, 401);
        QCOMPARE(
            m_http
                .send("POST", u, "{not json",
                      {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + m_admin.token}})
                .status,
            400);
        QCOMPARE(
            m_http
                .send("POST", u, "[1,2]",
                      {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + m_admin.token}})
                .status,
            400);
        const QString png =
            QStringLiteral("data:image/png;base64,") +
            QString::fromLatin1(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452").toBase64());
        const Reply created = m_http.postJson(
            u,
            test::Fixtures::eventBody(
                {{"image"_k, png}, {"tags"_k, QJsonArray{QStringLiteral(" a "), QStringLiteral("b")}}}),
            m_admin.token);
        QCOMPARE(created.status, 201);
        // Stored once, decoded, named by the SHA-256 of its bytes (tst_images_api goes further).
        QCOMPARE(created.data().value("image"_k).toString(),
                 QStringLiteral("/api/images/") +
                     QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"),
                                                                  QCryptographicHash::Sha256)
                                             .toHex()));
        QCOMPARE(created.data().value("tags"_k).toArray(),
                 (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(created.data().value("availableSlots"_k).toInt(), 10);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'EVENT_CREATE'"))
                     .toInt(),
                 1);
    }

    void replaceAndPatch() {
        const qint64 id = m_fx->event(m_admin, {{"tags"_k, QJsonArray{QStringLiteral("x")}},
                                                {"image"_k, QStringLiteral("https://example.com/a.jpg")}});
        const QUrl u = url(QStringLiteral("/api/events/%1").arg(id));
        Reply r = m_http.sendJson("PATCH", u, {{"title"_k, QStringLiteral("Patched")}}, m_admin.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("title"_k).toString(), QStringLiteral("Patched"));
        QCOMPARE(r.data().value("tags"_k).toArray(), QJsonArray{QStringLiteral("x")});
        QCOMPARE(r.data().value("image"_k).toString(), QStringLiteral("https://example.com/a.jpg"));
        r = m_http.sendJson("PATCH", u, {{"image"_k, QJsonValue(QJsonValue::Null)}}, m_admin.token);
        QVERIFY(r.data().value("image"_k).isNull());
        QCOMPARE(m_http.sendJson("PATCH", u, {}, m_admin.token).status, 400);
        QCOMPARE(m_http.sendJson("PATCH", u, {{"title"_k, QString()}}, m_admin.token).status, 400);
        // PUT replaces: optional fields left out are reset.
        QJsonObject full = test::Fixtures::eventBody({{"title"_k, QStringLiteral("Replaced")}});
        full.remove(QStringLiteral("tags"));
        full.remove(QStringLiteral("description"));
        r = m_http.sendJson("PUT", u, full, m_admin.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("title"_k).toString(), QStringLiteral("Replaced"));
        QCOMPARE(r.data().value("tags"_k).toArray(), QJsonArray());
        QCOMPARE(r.data().value("description"_k).toString(), QString());
        QCOMPARE(m_http.sendJson("PUT", u, {{"title"_k, QStringLiteral("only")}}, m_admin.token).status, 400);
        QCOMPARE(
            m_http.sendJson("PUT", url(QStringLiteral("/api/events/424242")), full, m_admin.token).status,
            404);
        QCOMPARE(m_http.sendJson("PATCH", u, {{"title"_k, QStringLiteral("x")}}).status, 401);
        QCOMPARE(m_http
                     .sendJson("PATCH", u, {{"title"_k, QStringLiteral("x")}},
                               m_fx->account(QStringLiteral("U")).token)
                     .status,
                 403);
    }

    void slotChangesKeepInvariant() {
        const qint64 id = m_fx->event(m_admin, {{"totalSlots"_k, 5}});
        for (const Account &a : m_fx->accounts(3))
            QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(id)), {}, a.token).status,
                     201);
        const QUrl u = url(QStringLiteral("/api/events/%1").arg(id));
        Reply r = m_http.sendJson("PATCH", u, {{"totalSlots"_k, 2}}, m_admin.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("SLOTS_BELOW_BOOKED"));
        r = m_http.sendJson("PATCH", u, {{"totalSlots"_k, 3}}, m_admin.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("availableSlots"_k).toInt(), 0);
        r = m_http.sendJson("PUT", u, test::Fixtures::eventBody({{"totalSlots"_k, 12}}), m_admin.token);
        QCOMPARE(r.data().value("totalSlots"_k).toInt(), 12);
        QCOMPARE(r.data().value("availableSlots"_k).toInt(), 9);
        QCOMPARE(
            m_fx->scalar(
                    QStringLiteral("SELECT total_slots - available_slots FROM events WHERE id = %1").arg(id))
                .toInt(),
            3);
    }

    void deleteCancelsBookingsAndNotifies() {
        const qint64 id = m_fx->event(m_admin, {{"title"_k, QStringLiteral("Doomed")}});
        const QList<Account> holders = m_fx->accounts(2);
        for (const Account &a : holders)
            QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(id)), {}, a.token).status,
                     201);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1").arg(id)), holders.first().token).status,
                 403);
        const Reply r = m_http.del(url(QStringLiteral("/api/events/%1").arg(id)), m_admin.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("cancelledBookings"_k).toInt(), 2);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/events/%1").arg(id))).status, 404);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1").arg(id)), m_admin.token).status, 404);
        for (const Account &a : holders) {
            const Reply inbox = m_http.get(url(QStringLiteral("/api/notifications")), a.token);
            const QJsonArray items = inbox.data().value("items"_k).toArray();
            QCOMPARE(items.size(), 1);
            QVERIFY(items.first().toObject().value("title"_k).toString().contains(QStringLiteral("Doomed")));
            QCOMPARE(inbox.data().value("unread"_k).toInt(), 1);
            QVERIFY(m_http.get(url(QStringLiteral("/api/bookings/my")), a.token)
                        .json()
                        .value("data"_k)
                        .toArray()
                        .isEmpty());
        }
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'EVENT_DELETE'"))
                     .toInt(),
                 1);
    }

    void etagAnswers304UntilDataChanges() {
        const qint64 id = m_fx->event(m_admin);
        const Reply first = m_http.get(url(QStringLiteral("/api/events")));
        const QByteArray etag = first.header("ETag");
        QVERIFY(!etag.isEmpty());
        QCOMPARE(first.header("Cache-Control"), QByteArray("no-cache"));
        Reply again = m_http.send("GET", url(QStringLiteral("/api/events")), {}, {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(m_http
                     .send("GET", url(QStringLiteral("/api/events")), {},
                           {{"If-None-Match", "\"other\", " + etag}})
                     .status,
                 304);
        QCOMPARE(m_http
                     .postJson(url(QStringLiteral("/api/events/%1/book").arg(id)), {},
                               m_fx->account(QStringLiteral("B")).token)
                     .status,
                 201);
        again = m_http.send("GET", url(QStringLiteral("/api/events")), {}, {{"If-None-Match", etag}});
        QCOMPARE(again.status, 200);
        QVERIFY(again.header("ETag") != etag);
        QCOMPARE(
            again.data().value("events"_k).toArray().first().toObject().value("availableSlots"_k).toInt(), 9);
    }

    void cacheIsNeverStaleAfterWrites() {
        const qint64 id = m_fx->event(m_admin, {{"totalSlots"_k, 3}});
        const QUrl detail = url(QStringLiteral("/api/events/%1").arg(id));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_http.get(detail).data().value("availableSlots"_k).toInt(), 3 - i);
            QCOMPARE(m_http.get(url(QStringLiteral("/api/events")))
                         .data()
                         .value("events"_k)
                         .toArray()
                         .first()
                         .toObject()
                         .value("availableSlots"_k)
                         .toInt(),
                     3 - i);
            QCOMPARE(m_http
                         .postJson(url(QStringLiteral("/api/events/%1/book").arg(id)), {},
                                   m_fx->account(QStringLiteral("C%1").arg(i)).token)
                         .status,
                     201);
        }
        QCOMPARE(m_http.get(detail).data().value("availableSlots"_k).toInt(), 0);
    }

    void cacheSeesWritesOfAnotherProcess() {
        // The very page asked for afterwards is cached first (twice: a miss, then a cached answer), so
        // a cached answer (on SQLite, from the main thread) has to notice the other process's commit.
        const QUrl page = url(QStringLiteral("/api/events?limit=50"));
        QCOMPARE(m_http.get(page).data().value("total"_k).toInt(), 0);
        const Reply cached = m_http.get(page);
        QCOMPARE(cached.data().value("total"_k).toInt(), 0);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DATABASE_URL"), m_server->backend().databaseUrl());
        env.insert(QStringLiteral("DATA_DIR"), m_server->backend().dataDir());
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(EVENTBOOK_SERVER_BINARY), {QStringLiteral("demo-data")});
        QVERIFY(cli.waitForFinished(120'000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const Reply after = m_http.get(page);
        QVERIFY(after.header("etag") != cached.header("etag"));
        QVERIFY2(after.data().value("total"_k).toInt() >= 40, after.body.left(200).constData());
        // Seats booked by the other process show too, and agree with the bookings table.
        for (const auto &e : after.data().value("events"_k).toArray()) {
            const QJsonObject o = e.toObject();
            const int confirmed =
                m_fx->scalar(QStringLiteral(
                                 "SELECT count(*) FROM bookings WHERE status = 'confirmed' AND event_id = %1")
                                 .arg(o.value("id"_k).toInteger()))
                    .toInt();
            QCOMPARE(o.value("availableSlots"_k).toInt(), o.value("totalSlots"_k).toInt() - confirmed);
        }
    }
};

QTEST_GUILESS_MAIN(TestEventsApi)
#include "tst_events_api.moc"
