// The signed-in user's own account and inbox over real HTTP.
#include "api_test_case.h"
#include "fixtures.h"
#include "http_client.h"
#include "test_server.h"

#include <QJsonArray>
#include <QTest>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;

namespace {
const QString kPassword = QStringLiteral("Xk9$mzq!Lp");
const QString kNewPassword = QStringLiteral("N3w&Better#Pw");
} // namespace

class TestProfileApi : public test::ApiTestCase {
    Q_OBJECT
private:
    // A real account with a real password (one Argon2 hash).
    QJsonObject registerUser(const QString &email) {
        const Reply r = m_http.postJson(
            url(QStringLiteral("/api/auth/register")),
            {{"email"_k, email}, {"password"_k, kPassword}, {"name"_k, QStringLiteral("Pat")}});
        return r.data();
    }
    Reply login(const QString &email, const QString &password) {
        return m_http.postJson(url(QStringLiteral("/api/auth/login")),
                               {{"email"_k, email}, {"password"_k, password}});
    }

private Q_SLOTS:
    void init() {
        QVERIFY2(startServer({}, false), qPrintable(serverError()));
    }
    void cleanup() { stopServer(); }

    void signedInRoutesRefuseStrangers_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("get profile") << QByteArray("GET") << "/api/profile";
        QTest::newRow("put profile") << QByteArray("PUT") << "/api/profile";
        QTest::newRow("delete profile") << QByteArray("DELETE") << "/api/profile";
        QTest::newRow("password") << QByteArray("POST") << "/api/profile/password";
        QTest::newRow("email") << QByteArray("POST") << "/api/profile/email";
        QTest::newRow("notifications") << QByteArray("GET") << "/api/notifications";
        QTest::newRow("read one") << QByteArray("POST") << "/api/notifications/1/read";
        QTest::newRow("read all") << QByteArray("POST") << "/api/notifications/read-all";
    }
    void signedInRoutesRefuseStrangers() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const Reply r = m_http.send(method, url(path), "{}", {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("UNAUTHORIZED"));
    }

    void readAndUpdateProfile() {
        const Account me = m_fx->account(QStringLiteral("Pat"));
        Reply r = m_http.get(url(QStringLiteral("/api/profile")), me.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("name"_k).toString(), QStringLiteral("Pat"));
        QVERIFY(r.data().value("avatarUrl"_k).isNull());
        QVERIFY(!r.data().contains(QStringLiteral("passwordHash")));
        const QJsonObject prefs{{"language"_k, QStringLiteral("de")}, {"theme"_k, QStringLiteral("dark")}};
        r = m_http.sendJson("PUT", url(QStringLiteral("/api/profile")),
                            {{"name"_k, QStringLiteral("  Patricia  ")},
                             {"bio"_k, QStringLiteral("Line one\nLine two")},
                             {"avatarUrl"_k, QStringLiteral("https://example.com/me.png")},
                             {"preferences"_k, prefs}},
                            me.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("name"_k).toString(), QStringLiteral("Patricia"));
        QCOMPARE(r.data().value("preferences"_k).toObject(), prefs);
        r = m_http.get(url(QStringLiteral("/api/auth/me")), me.token);
        QCOMPARE(r.data().value("bio"_k).toString(), QStringLiteral("Line one\nLine two"));
        QCOMPARE(r.data().value("avatarUrl"_k).toString(), QStringLiteral("https://example.com/me.png"));
        r = m_http.sendJson("PUT", url(QStringLiteral("/api/profile")),
                            {{"avatarUrl"_k, QJsonValue(QJsonValue::Null)}}, me.token);
        QVERIFY(r.data().value("avatarUrl"_k).isNull());
        QCOMPARE(r.data().value("name"_k).toString(), QStringLiteral("Patricia")); // untouched
        QCOMPARE(
            m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'PROFILE_UPDATE'"))
                .toInt(),
            2);
    }

    void profileValidation_data() {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << QJsonObject{{"name"_k, QStringLiteral(" ")}} << "name";
        QTest::newRow("name number") << QJsonObject{{"name"_k, 3}} << "name";
        QTest::newRow("long bio") << QJsonObject{{"bio"_k, QString(2001, QLatin1Char('b'))}} << "bio";
        QTest::newRow("bio control") << QJsonObject{{"bio"_k, QStringLiteral("a\x01")}} << "bio";
        QTest::newRow("avatar scheme")
            << QJsonObject{{"avatarUrl"_k, QStringLiteral("file:///etc/passwd")}} << "avatarUrl";
        QTest::newRow("prefs list") << QJsonObject{{"preferences"_k, QJsonArray{1}}} << "preferences";
        QTest::newRow("prefs huge") << QJsonObject{{"preferences"_k,
                                                    QJsonObject{{"x"_k, QString(20'000, QLatin1Char('x'))}}}}
                                    << "preferences";
    }
    void profileValidation() {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const Account me = m_fx->account(QStringLiteral("Pat"));
        const Reply r = m_http.sendJson("PUT", url(QStringLiteral("/api/profile")), body, me.token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(r.json()
                     .value("error"_k)
                     .toObject()
                     .value("details"_k)
                     .toArray()
                     .first()
                     .toObject()
                     .value("field"_k)
                     .toString(),
                 field);
    }

    void passwordChangeRevokesEveryToken() {
        const QJsonObject session = registerUser(QStringLiteral("pat@example.com"));
        const QByteArray token = session.value("token"_k).toString().toLatin1();
        const QString refresh = session.value("refreshToken"_k).toString();
        const QUrl u = url(QStringLiteral("/api/profile/password"));
        Reply r = m_http.postJson(
            u, {{"currentPassword"_k, QStringLiteral("Wrong#Pass1")}, {"newPassword"_k, kNewPassword}},
            token);
        QCOMPARE(r.status, 400); // not 401: the session itself is fine
        r = m_http.postJson(u, {{"currentPassword"_k, kPassword}, {"newPassword"_k, QStringLiteral("short")}},
                            token);
        QCOMPARE(r.status, 400);
        r = m_http.postJson(u, {{"currentPassword"_k, kPassword}}, token);
        QCOMPARE(r.status, 400);
        r = m_http.postJson(u, {{"currentPassword"_k, kPassword}, {"newPassword"_k, kNewPassword}}, token);
        QCOMPARE(r.status, 200);
        const QByteArray fresh = r.data().value("token"_k).toString().toLatin1();
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(m_http.get(url(QStringLiteral("/api/profile")), token).status, 401);
        QCOMPARE(
            m_http.postJson(url(QStringLiteral("/api/auth/refresh")), {{"refreshToken"_k, refresh}}).status,
            401);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/profile")), fresh).status, 200);
        QCOMPARE(login(QStringLiteral("pat@example.com"), kPassword).status, 401);
        QCOMPARE(login(QStringLiteral("pat@example.com"), kNewPassword).status, 200);
        QCOMPARE(
            m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'PASSWORD_CHANGE'"))
                .toInt(),
            1);
    }

    void emailChange() {
        const QByteArray token =
            registerUser(QStringLiteral("pat@example.com")).value("token"_k).toString().toLatin1();
        m_fx->account(QStringLiteral("Taken")); // taken.N@example.test
        const QString taken =
            m_fx->scalar(QStringLiteral("SELECT email FROM users WHERE name = 'Taken'")).toString();
        const QUrl u = url(QStringLiteral("/api/profile/email"));
        QCOMPARE(m_http
                     .postJson(u,
                               {{"newEmail"_k, QStringLiteral("new@example.com")},
                                {"password"_k, QStringLiteral("nope")}},
                               token)
                     .status,
                 400);
        QCOMPARE(m_http
                     .postJson(u, {{"newEmail"_k, QStringLiteral("not-an-email")}, {"password"_k, kPassword}},
                               token)
                     .status,
                 400);
        Reply r = m_http.postJson(u, {{"newEmail"_k, taken.toUpper()}, {"password"_k, kPassword}}, token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("EMAIL_TAKEN"));
        r = m_http.postJson(u, {{"newEmail"_k, QStringLiteral("New@Example.com")}, {"password"_k, kPassword}},
                            token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("email"_k).toString(), QStringLiteral("new@example.com"));
        QCOMPARE(login(QStringLiteral("new@example.com"), kPassword).status, 200);
        QCOMPARE(login(QStringLiteral("pat@example.com"), kPassword).status, 401);
    }

    void deleteAccountReturnsSeats() {
        const Account admin = m_fx->account(QStringLiteral("Admin"), true);
        const qint64 e = m_fx->event(admin, {{"totalSlots"_k, 2}});
        const QByteArray token =
            registerUser(QStringLiteral("pat@example.com")).value("token"_k).toString().toLatin1();
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(e)), {}, token).status, 201);
        QCOMPARE(
            m_fx->scalar(QStringLiteral("SELECT available_slots FROM events WHERE id = %1").arg(e)).toInt(),
            1);
        const QUrl u = url(QStringLiteral("/api/profile"));
        QCOMPARE(m_http.sendJson("DELETE", u, {{"password"_k, QStringLiteral("Wrong#Pass1")}}, token).status,
                 400);
        QCOMPARE(m_http.sendJson("DELETE", u, {}, token).status, 400);
        QCOMPARE(m_http.sendJson("DELETE", u, {{"password"_k, kPassword}}, token).status, 200);
        QCOMPARE(
            m_fx->scalar(QStringLiteral("SELECT available_slots FROM events WHERE id = %1").arg(e)).toInt(),
            2);
        QCOMPARE(m_http.get(u, token).status, 401);
        QCOMPARE(login(QStringLiteral("pat@example.com"), kPassword).status, 401);
    }

    void lastAdminCannotDeleteOwnAccount() {
        const QJsonObject session = registerUser(QStringLiteral("boss@example.com"));
        const qint64 id = session.value("user"_k).toObject().value("id"_k).toInteger();
        QVERIFY(m_fx->scalar(QStringLiteral("UPDATE users SET is_admin = %1 WHERE id = %2 RETURNING id")
                                 .arg(m_server->backend().isPostgres() ? QStringLiteral("true")
                                                                       : QStringLiteral("1"))
                                 .arg(id))
                    .isValid());
        const Reply r =
            m_http.sendJson("DELETE", url(QStringLiteral("/api/profile")), {{"password"_k, kPassword}},
                            session.value("token"_k).toString().toLatin1());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("LAST_ADMIN"));
    }

    void inboxPagingAndReading() {
        const Account admin = m_fx->account(QStringLiteral("Admin"), true);
        const Account me = m_fx->account(QStringLiteral("Me"));
        const Account other = m_fx->account(QStringLiteral("Other"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_http
                         .postJson(url(QStringLiteral("/api/admin/notifications")),
                                   {{"userId"_k, me.id}, {"title"_k, QStringLiteral("N%1").arg(i)}},
                                   admin.token)
                         .status,
                     201);
        QCOMPARE(m_http
                     .postJson(url(QStringLiteral("/api/admin/notifications")),
                               {{"userId"_k, other.id}, {"title"_k, QStringLiteral("Theirs")}}, admin.token)
                     .status,
                 201);
        Reply r = m_http.get(url(QStringLiteral("/api/notifications?limit=2")), me.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("total"_k).toInt(), 5);
        QCOMPARE(r.data().value("unread"_k).toInt(), 5);
        const QJsonArray items = r.data().value("items"_k).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.first().toObject().value("title"_k).toString(), QStringLiteral("N4")); // newest first
        for (const char *key : {"id", "title", "body", "type", "read", "createdAt"})
            QVERIFY2(items.first().toObject().contains(QLatin1StringView(key)), key);
        const qint64 first = items.first().toObject().value("id"_k).toInteger();
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/notifications/%1/read").arg(first)), {}, me.token)
                     .status,
                 200);
        r = m_http.get(url(QStringLiteral("/api/notifications?unread=true&limit=50")), me.token);
        QCOMPARE(r.data().value("items"_k).toArray().size(), 4);
        QCOMPARE(r.data().value("unread"_k).toInt(), 4);
        // Someone else's notification is not found, and stays unread.
        const qint64 theirs =
            m_fx->scalar(QStringLiteral("SELECT id FROM notifications WHERE user_id = %1").arg(other.id))
                .toLongLong();
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/notifications/%1/read").arg(theirs)), {}, me.token)
                     .status,
                 404);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/notifications")), other.token)
                     .data()
                     .value("unread"_k)
                     .toInt(),
                 1);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/notifications/read-all")), {}, me.token).status,
                 200);
        QCOMPARE(
            m_http.get(url(QStringLiteral("/api/notifications")), me.token).data().value("unread"_k).toInt(),
            0);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/notifications?unread=maybe")), me.token).status, 400);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/notifications?limit=500")), me.token).status, 400);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/notifications/abc/read")), {}, me.token).status,
                 404);
    }
};

QTEST_GUILESS_MAIN(TestProfileApi)
#include "tst_profile_api.moc"
