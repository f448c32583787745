// One address, one account (issue 17, server 3): spellings that look alike on screen either
// meet the account that exists (compatibility forms, combining accents) or are refused
// (invisible characters, mixed alphabets), through the real register and login routes.
#include "http_client.h"
#include "server_fixture.h"

#include <QJsonArray>
#include <QTest>

using namespace eventbook;
using test::operator""_k;
using test::Reply;

namespace {
const QString kPassword = QStringLiteral("Xk9$mzq!Lp2");
}

class TestLookalikeEmails : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_s;
    test::HttpClient m_http;

    Reply registerAs(const QString &email) {
        return m_http.postJson(m_s.url(QStringLiteral("/api/auth/register")),
                               {{"email"_k, email}, {"password"_k, kPassword}, {"name"_k, QStringLiteral("Alice")}});
    }

private Q_SLOTS:
    void init() {
        const QString problem = m_s.start([](app::Config &c) { c.rateLimits = false; });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup() { m_s.stop(); }

    void sameAddressInAnotherSpellingIsTaken_data() {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("lookalike");
        QTest::newRow("full width") << QStringLiteral("alice@example.com")
                                    << QString::fromUtf8("\uff41\uff4c\uff49\uff43\uff45@example.com");
        QTest::newRow("combining accent") << QString::fromUtf8("caf\u00e9@example.com")
                                          << QString::fromUtf8("cafe\u0301@example.com");
        QTest::newRow("case") << QStringLiteral("bob@example.com") << QStringLiteral("BOB@Example.com");
    }
    void sameAddressInAnotherSpellingIsTaken() {
        QFETCH(QString, original);
        QFETCH(QString, lookalike);
        const Reply first = registerAs(original);
        QCOMPARE(first.status, 201);
        const Reply second = registerAs(lookalike);
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), QStringLiteral("EMAIL_TAKEN"));
        // And the look-alike spelling signs in to the one account.
        const Reply login = m_http.postJson(m_s.url(QStringLiteral("/api/auth/login")),
                                            {{"email"_k, lookalike}, {"password"_k, kPassword}});
        QCOMPARE(login.status, 200);
        QCOMPARE(login.data().value("user"_k).toObject().value("id"_k).toInteger(),
                 first.data().value("user"_k).toObject().value("id"_k).toInteger());
    }

    void invisibleAndMixedAreRefused_data() {
        QTest::addColumn<QString>("email");
        QTest::newRow("zero-width space") << QString::fromUtf8("ali\u200bce@example.com");
        QTest::newRow("cyrillic a") << QString::fromUtf8("\u0430lice@example.com");
        QTest::newRow("greek omicron in domain") << QString::fromUtf8("alice@ex\u03bfmple.com");
        QTest::newRow("bidi override") << QString::fromUtf8("alice\u202e@example.com");
    }
    void invisibleAndMixedAreRefused() {
        QFETCH(QString, email);
        const Reply r = registerAs(email);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(r.json().value("error"_k).toObject().value("details"_k).toArray().first().toObject().value(
                     "field"_k).toString(),
                 QStringLiteral("email"));
    }
};

QTEST_GUILESS_MAIN(TestLookalikeEmails)
#include "tst_lookalike_emails.moc"
