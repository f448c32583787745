// The outbox's promise under faults: the mail server is down while 200 people book (on
// PostgreSQL through two server processes on one database), one server restarts in between, and
// when the mail server is back every confirmation arrives exactly once.
#include "api_test_case.h"
#include "server_process.h"
#include "services/mailer.h"
#include "smtp_sink.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;

class TestMailOutage : public test::ApiTestCase {
    Q_OBJECT
private Q_SLOTS:
    void twoHundredBookingsWhileTheMailServerIsDown() {
        constexpr int kBookings = 200;
        // A port where nothing listens yet: the sink comes up on it later.
        test::SmtpSink sink;
        QVERIFY2(sink.start(), qPrintable(sink.error()));
        const quint16 smtpPort = sink.port();
        sink.stop();
        const QString smtp = sink.url();
        const auto withMail = [smtp](app::Config &c) {
            c.mail.enabled = true;
            c.mail.smtp.url = smtp;
            c.mail.from = {QStringLiteral("events@example.test"), {}};
            c.mail.pollMs = 100;
            c.mail.retryBaseMs = 100;
            c.mail.retryMaxMs = 400;
            c.mail.maxAttempts = 100;
        };
        QVERIFY2(startServer(withMail), qPrintable(serverError()));
        const bool twoInstances = m_server->backend().isPostgres();
        std::unique_ptr<test::ServerProcess> other;
        if (twoInstances) {
            other = std::make_unique<test::ServerProcess>(
                QStringLiteral(EVENTBOOK_SERVER_BINARY),
                QHash<QString, QString>{{QStringLiteral("DATABASE_URL"), m_server->backend().databaseUrl()},
                                        {QStringLiteral("JWT_SECRET"), QString::fromLatin1(test::kTestJwtSecret)},
                                        {QStringLiteral("RATE_LIMITS"), QStringLiteral("off")},
                                        {QStringLiteral("SMTP_URL"), smtp},
                                        {QStringLiteral("MAIL_FROM"), QStringLiteral("events@example.test")},
                                        {QStringLiteral("MAIL_POLL_MS"), QStringLiteral("100")},
                                        {QStringLiteral("MAIL_RETRY_BASE_MS"), QStringLiteral("100")},
                                        {QStringLiteral("MAIL_RETRY_MAX_MS"), QStringLiteral("400")},
                                        {QStringLiteral("MAIL_MAX_ATTEMPTS"), QStringLiteral("100")}});
            QVERIFY2(other->start(), qPrintable(other->log()));
        }
        const qint64 id = m_fx->event(m_admin, {{"totalSlots"_k, kBookings}});
        const QList<Account> people = m_fx->accounts(kBookings, QStringLiteral("guest"));
        QList<test::Request> first, second;
        for (int i = 0; i < kBookings; ++i) {
            // Half to each instance (one instance on SQLite); the second half after a restart.
            const QUrl base = twoInstances && i % 2 ? other->url(QStringLiteral("/api/events/%1/book").arg(id))
                                                    : m_server->url(QStringLiteral("/api/events/%1/book").arg(id));
            (i < kBookings / 2 ? first : second).append({"POST", base, people[i].token, "{}"});
        }
        for (const Reply &r : test::HttpClient::sendAll(first, 16))
            QCOMPARE(r.status, 201);
        QVERIFY(m_server->restart()); // the in-process instance stops and comes back meanwhile
        for (test::Request &r : second) {
            if (r.url.port() != int(other ? other->port() : 0))
                r.url.setPort(m_server->port());
        }
        for (const Reply &r : test::HttpClient::sendAll(second, 16))
            QCOMPARE(r.status, 201);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'booking_confirmed'")).toInt(),
                 kBookings);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'sent'")).toInt(), 0);
        QVERIFY(m_fx->scalar(QStringLiteral("SELECT max(attempts) FROM outbox")).toInt() >= 1);

        // The mail server is back.
        QVERIFY2(sink.start({}, smtpPort), qPrintable(sink.error()));
        QTRY_COMPARE_WITH_TIMEOUT(m_fx->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'sent'")).toInt(),
                                  kBookings, 60'000);
        // Every send happens before its row is marked: once all are marked, a second copy would be here.
        QCOMPARE(sink.count(), kBookings);
        const QJsonArray mails = sink.mails();
        QCOMPARE(mails.size(), kBookings);
        QSet<QString> ids, recipients;
        for (const QJsonValue &v : mails) {
            ids.insert(v.toObject().value("messageId"_k).toString());
            recipients.insert(v.toObject().value("to"_k).toString());
        }
        QCOMPARE(ids.size(), kBookings);
        QCOMPARE(recipients.size(), kBookings);
        if (other)
            QVERIFY(other->stop());
    }
};

QTEST_GUILESS_MAIN(TestMailOutage)
#include "tst_mail_outage.moc"
