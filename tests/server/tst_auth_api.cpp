// Authentication over real HTTP against the in-process server.
#include "eventbook/common/codecs.h"
#include "http/router.h"
#include "http_client.h"
#include "services/auth_service.h"
#include "storage/user_repository.h"
#include "test_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace eventbook;
using test::Reply;

namespace {
const QString kPassword = QStringLiteral("Xk9$mzq!Lp");

QByteArray b64url(const QByteArray &in) {
    return in.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Hand-made tokens, to check what the server refuses.
QByteArray forge(const QJsonObject &header, const QJsonObject &payload, QCryptographicHash::Algorithm alg,
                 const QByteArray &secret) {
    const QByteArray signingInput = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    b64url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return signingInput + '.' + b64url(QMessageAuthenticationCode::hash(signingInput, secret, alg));
}
} // namespace

class TestAuthApi : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::TestServer> m_server;
    test::HttpClient m_http;

    QUrl url(const QString &p) const { return m_server->url(p); }
    Reply registerUser(const QString &email, const QString &password = kPassword,
                       const QString &name = QStringLiteral("Ann")) {
        return m_http.postJson(url(QStringLiteral("/api/auth/register")),
                               {{QStringLiteral("email"), email},
                                {QStringLiteral("password"), password},
                                {QStringLiteral("name"), name}});
    }
    Reply login(const QString &email, const QString &password) {
        return m_http.postJson(url(QStringLiteral("/api/auth/login")),
                               {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    }
    Reply refresh(const QString &token) {
        return m_http.postJson(url(QStringLiteral("/api/auth/refresh")),
                               {{QStringLiteral("refreshToken"), token}});
    }
    QJsonObject validClaims(qint64 sub, int tv = 0) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return {{QStringLiteral("sub"), QString::number(sub)},
                {QStringLiteral("isAdmin"), true},
                {QStringLiteral("tv"), tv},
                {QStringLiteral("iat"), now},
                {QStringLiteral("exp"), now + 600}};
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<test::TestServer>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    void registerReturnsSessionAndNormalisesEmail() {
        const Reply r = registerUser(QStringLiteral("  Ann@Example.COM "));
        QCOMPARE(r.status, 201);
        QVERIFY(r.json().value(QLatin1StringView("success")).toBool());
        const QJsonObject user = r.data().value(QLatin1StringView("user")).toObject();
        QCOMPARE(user.value(QLatin1StringView("email")).toString(), QStringLiteral("ann@example.com"));
        QCOMPARE(user.value(QLatin1StringView("isAdmin")).toBool(true), false);
        QVERIFY(user.value(QLatin1StringView("id")).toInteger() > 0);
        QVERIFY(!user.contains(QLatin1StringView("password")));
        QCOMPARE(r.data().value(QLatin1StringView("token")).toString().count(QLatin1Char('.')), 2);
        QVERIFY(r.data().value(QLatin1StringView("refreshToken")).toString().size() >= 40);
        QVERIFY(
            codec::parseTime(r.data().value(QLatin1StringView("refreshExpiresAt")).toString()).has_value());
        QVERIFY(!r.header("X-Request-Id").isEmpty());
        QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
    }

    void registerRefusesBadInput_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed json") << QByteArray("{\"email\":") << 400 << QStringLiteral("BAD_REQUEST");
        QTest::newRow("array body") << QByteArray("[1,2]") << 400 << QStringLiteral("BAD_REQUEST");
        QTest::newRow("string body") << QByteArray("\"hi\"") << 400 << QStringLiteral("BAD_REQUEST");
        QTest::newRow("empty body") << QByteArray() << 400 << QStringLiteral("VALIDATION_ERROR");
        QTest::newRow("email as number") << QByteArray(R"({"email":5,"password":"Xk9$mzq!Lp","name":"A"})")
                                         << 400 << QStringLiteral("VALIDATION_ERROR");
        QTest::newRow("weak password")
            << QByteArray(R"({"email":"w@example.com","password":"password","name":"A"})") << 400
            << QStringLiteral("VALIDATION_ERROR");
        QTest::newRow("common password")
            << QByteArray(R"({"email":"w@example.com","password":"P@ssw0rd1","name":"A"})") << 400
            << QStringLiteral("VALIDATION_ERROR");
        QTest::newRow("bad email") << QByteArray(R"({"email":"nope","password":"Xk9$mzq!Lp","name":"A"})")
                                   << 400 << QStringLiteral("VALIDATION_ERROR");
        QTest::newRow("null bytes")
            << QByteArray("{\"email\":\"a\\u0000@example.com\",\"password\":\"Xk9$mzq!Lp\",\"name\":\"A\"}")
            << 400 << QStringLiteral("VALIDATION_ERROR");
        QTest::newRow("nested junk") << QByteArray(R"({"email":{"$gt":""},"password":[],"name":null})") << 400
                                     << QStringLiteral("VALIDATION_ERROR");
    }
    void registerRefusesBadInput() {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Reply r = m_http.send("POST", url(QStringLiteral("/api/auth/register")), body,
                                    {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.json().value(QLatin1StringView("success")).toBool(true), false);
        QVERIFY(!r.json()
                     .value(QLatin1StringView("error"))
                     .toObject()
                     .value(QLatin1StringView("message"))
                     .toString()
                     .isEmpty());
        if (code == QLatin1StringView("VALIDATION_ERROR"))
            QVERIFY(r.json()
                        .value(QLatin1StringView("error"))
                        .toObject()
                        .value(QLatin1StringView("details"))
                        .isArray());
    }

    void duplicateEmailIsConflict() {
        QCOMPARE(registerUser(QStringLiteral("dup@example.com")).status, 201);
        const Reply r = registerUser(QStringLiteral("DUP@example.com"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("EMAIL_TAKEN"));
    }

    void loginSucceedsAndFailsAlike() {
        QCOMPARE(registerUser(QStringLiteral("log@example.com")).status, 201);
        const Reply ok = login(QStringLiteral("LOG@example.com"), kPassword);
        QCOMPARE(ok.status, 200);
        QVERIFY(!ok.data().value(QLatin1StringView("token")).toString().isEmpty());
        const Reply wrong = login(QStringLiteral("log@example.com"), QStringLiteral("Wrong-Pass9"));
        const Reply unknown = login(QStringLiteral("nobody@example.com"), kPassword);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        // Same body: nothing tells an attacker which emails exist.
        QCOMPARE(wrong.json().value(QLatin1StringView("error")),
                 unknown.json().value(QLatin1StringView("error")));
        QCOMPARE(login(QString(), kPassword).status, 400);
        // A NUL in the email is just a wrong login (PostgreSQL would refuse it as text).
        const Reply nul = login(QStringLiteral("log") + QChar(0) + QStringLiteral("@example.com"), kPassword);
        QCOMPARE(nul.status, 401);
        QCOMPARE(nul.json().value(QLatin1StringView("error")),
                 unknown.json().value(QLatin1StringView("error")));
    }

    void meNeedsAValidToken() {
        const Reply reg = registerUser(QStringLiteral("me@example.com"));
        const QByteArray token = reg.data().value(QLatin1StringView("token")).toString().toLatin1();
        const Reply me = m_http.get(url(QStringLiteral("/api/auth/me")), token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.data().value(QLatin1StringView("email")).toString(), QStringLiteral("me@example.com"));
        for (const char *key :
             {"id", "email", "name", "isAdmin", "bio", "avatarUrl", "createdAt", "lastLogin"})
            QVERIFY2(me.data().contains(QLatin1StringView(key)), key);
        QVERIFY(!me.data().contains(QLatin1StringView("passwordHash")));
        QCOMPARE(m_http.get(url(QStringLiteral("/api/auth/me"))).status, 401);
        QCOMPARE(
            m_http.send("GET", url(QStringLiteral("/api/auth/me")), {}, {{"Authorization", "Basic YTpi"}})
                .status,
            401);
    }

    void forgedTokensAreRefused_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("alg none") << QStringLiteral("none");
        QTest::newRow("HS512 with the right secret") << QStringLiteral("hs512");
        QTest::newRow("wrong secret") << QStringLiteral("secret");
        QTest::newRow("tampered payload") << QStringLiteral("tampered");
        QTest::newRow("expired") << QStringLiteral("expired");
        QTest::newRow("missing exp") << QStringLiteral("noexp");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("stale token version") << QStringLiteral("tv");
    }
    void forgedTokensAreRefused() {
        QFETCH(QString, kind);
        const Reply reg = registerUser(QStringLiteral("forge@example.com"));
        const qint64 id =
            reg.data().value(QLatin1StringView("user")).toObject().value(QLatin1StringView("id")).toInteger();
        const QByteArray real = reg.data().value(QLatin1StringView("token")).toString().toLatin1();
        const QJsonObject hs256{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                {QStringLiteral("typ"), QStringLiteral("JWT")}};
        // Control: a token we forge correctly is accepted, so each refusal below is about its flaw.
        QCOMPARE(m_http
                     .get(url(QStringLiteral("/api/auth/me")),
                          forge(hs256, validClaims(id), QCryptographicHash::Sha256, test::kTestJwtSecret))
                     .status,
                 200);

        QByteArray token;
        QJsonObject claims = validClaims(id);
        if (kind == QLatin1StringView("none")) {
            token = b64url(R"({"alg":"none","typ":"JWT"})") + '.' +
                    b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.';
        } else if (kind == QLatin1StringView("hs512")) {
            token = forge({{QStringLiteral("alg"), QStringLiteral("HS512")}}, claims,
                          QCryptographicHash::Sha512, test::kTestJwtSecret);
        } else if (kind == QLatin1StringView("secret")) {
            token = forge(hs256, claims, QCryptographicHash::Sha256, "another-secret-another-secret-another");
        } else if (kind == QLatin1StringView("tampered")) {
            QList<QByteArray> parts = real.split('.');
            QJsonObject payload =
                QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                    .object();
            payload.insert(QStringLiteral("isAdmin"), true);
            parts[1] = b64url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
            token = parts.join('.');
        } else if (kind == QLatin1StringView("expired")) {
            claims.insert(QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() - 5);
            token = forge(hs256, claims, QCryptographicHash::Sha256, test::kTestJwtSecret);
        } else if (kind == QLatin1StringView("noexp")) {
            claims.remove(QStringLiteral("exp"));
            token = forge(hs256, claims, QCryptographicHash::Sha256, test::kTestJwtSecret);
        } else if (kind == QLatin1StringView("garbage")) {
            token = "not.a.jwt";
        } else if (kind == QLatin1StringView("tv")) {
            // A password change bumps the token version: the older token must die at once.
            QVERIFY(storage::UserRepository(m_server->app().database()).setPasswordHash(id, "x", true).ok());
            token = real;
        }
        const Reply r = m_http.get(url(QStringLiteral("/api/auth/me")), token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("UNAUTHORIZED"));
    }

    void refreshRotatesAndDetectsReuse() {
        const Reply reg = registerUser(QStringLiteral("rot@example.com"));
        const QString first = reg.data().value(QLatin1StringView("refreshToken")).toString();
        const Reply r1 = refresh(first);
        QCOMPARE(r1.status, 200);
        const QString second = r1.data().value(QLatin1StringView("refreshToken")).toString();
        QVERIFY(second != first);
        QVERIFY(!r1.data().value(QLatin1StringView("token")).toString().isEmpty());
        QCOMPARE(m_http
                     .get(url(QStringLiteral("/api/auth/me")),
                          r1.data().value(QLatin1StringView("token")).toString().toLatin1())
                     .status,
                 200);
        // The first token is dead; presenting it again revokes the family, so the second dies too.
        QCOMPARE(refresh(first).status, 401);
        QCOMPARE(refresh(second).status, 401);
        QCOMPARE(refresh(QStringLiteral("made-up")).status, 401);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/auth/refresh")), {}).status, 400);
    }

    void concurrentRefreshHasOneWinner() {
        const Reply reg = registerUser(QStringLiteral("race@example.com"));
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("refreshToken"),
                                       reg.data().value(QLatin1StringView("refreshToken"))}})
                .toJson();
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 8; ++i) {
            QNetworkRequest req(url(QStringLiteral("/api/auth/refresh")));
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            replies.append(nam.post(req, body));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.begin(), replies.end(), [](auto *r) { return r->isFinished(); }), 20000);
        int ok = 0;
        for (auto *r : replies)
            ok += r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? 1 : 0;
        QCOMPARE(ok, 1);
        qDeleteAll(replies);
    }

    void logoutRevokesTheRefreshToken() {
        const Reply reg = registerUser(QStringLiteral("out@example.com"));
        const QString token = reg.data().value(QLatin1StringView("refreshToken")).toString();
        const Reply out = m_http.postJson(url(QStringLiteral("/api/auth/logout")),
                                          {{QStringLiteral("refreshToken"), token}});
        QCOMPARE(out.status, 200);
        QCOMPARE(refresh(token).status, 401);
        // Idempotent: logging out twice or with an unknown token is not an error.
        QCOMPARE(
            m_http
                .postJson(url(QStringLiteral("/api/auth/logout")), {{QStringLiteral("refreshToken"), token}})
                .status,
            200);
    }

    void unknownRoutesAnswerInTheEnvelope_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown api") << QByteArray("GET") << QStringLiteral("/api/nope");
        QTest::newRow("wrong method") << QByteArray("DELETE") << QStringLiteral("/api/auth/login");
        QTest::newRow("deep path") << QByteArray("GET") << QStringLiteral("/api/auth/me/extra/parts");
        QTest::newRow("encoded junk") << QByteArray("GET") << QStringLiteral("/api/%00%ff%2e%2e/etc");
    }
    void unknownRoutesAnswerInTheEnvelope() {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const Reply r =
            m_http.send(method, QUrl(m_server->url(QString()).toString() + path, QUrl::TolerantMode));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("NOT_FOUND"));
    }

    void healthEndpoints() {
        const Reply h = m_http.get(url(QStringLiteral("/healthz")));
        QCOMPARE(h.status, 200);
        QCOMPARE(h.json().value(QLatin1StringView("status")).toString(), QStringLiteral("ok"));
        const Reply ready = m_http.get(url(QStringLiteral("/readyz")));
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.json().value(QLatin1StringView("status")).toString(), QStringLiteral("ready"));
        const Reply spec = m_http.get(url(QStringLiteral("/api/openapi.yaml")));
        QCOMPARE(spec.status, 200);
        QVERIFY(spec.header("Content-Type").startsWith("application/yaml"));
        QVERIFY(spec.body.startsWith("openapi: 3."));
        // Every route the server answers is in the spec (docs/openapi.yaml stays in sync with the code).
        for (const auto &route : m_server->app().router().routes()) {
            QString path = route.pattern;
            path.replace(QRegularExpression(QStringLiteral(":([A-Za-z]+)")), QStringLiteral("{\\1}"));
            const QByteArray key = "\n  " + path.toUtf8() + ":\n";
            QVERIFY2(spec.body.contains(key), key.constData());
            const qsizetype at = spec.body.indexOf(key);
            const qsizetype next = spec.body.indexOf("\n  /", at + key.size());
            const QByteArray section = spec.body.mid(at, next < 0 ? -1 : next - at);
            const QByteArray methodKey = "\n    " + route.method.toLower() + ":\n";
            QVERIFY2(section.contains(methodKey), QByteArray(route.method + ' ' + key).constData());
        }
    }

    void adminIsCreatedOnlyWhenNoneExists() {
        m_server.reset();
        auto withAdmin = [](app::Config &c) {
            c.adminEmail = QStringLiteral("root@example.com");
            c.adminPassword = QStringLiteral("Adm1n!Secure");
        };
        m_server = std::make_unique<test::TestServer>(withAdmin);
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        const Reply r = login(QStringLiteral("root@example.com"), QStringLiteral("Adm1n!Secure"));
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.data().value(QLatin1StringView("user")).toObject().value(QLatin1StringView("isAdmin")).toBool(),
            true);
        // A weak configured admin password is refused at start, not stored.
        m_server.reset();
        m_server = std::make_unique<test::TestServer>([](app::Config &c) {
            c.adminEmail = QStringLiteral("weak@example.com");
            c.adminPassword = QStringLiteral("password");
        });
        QVERIFY(!m_server->ok());
        QVERIFY(m_server->error().contains(QLatin1StringView("EVENTBOOK_ADMIN")));
    }
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_auth_api.moc"
