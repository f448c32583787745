// The waiting list under storm (issue 20): 50 seats and 500 people; at once 300 book, 200 join the
// list, 100 random holders cancel and the capacity goes up by 20. Afterwards, from the tables: every
// seat taken is one confirmed booking, nobody waits beside a free seat, promotions went in queue
// order, nobody both waits and holds a seat, and every 201 from a join ended as a seat or a place. On
// PostgreSQL the requests are spread over two server instances on the one database.
#include "api_test_case.h"
#include "fixtures.h"
#include "server_process.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <random>
#include <memory>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;
using test::Request;

class TestWaitlistStorm : public test::ApiTestCase {
    Q_OBJECT
private:
    QTemporaryDir m_secondData;
    std::unique_ptr<test::ServerProcess> m_second;

    // Alternately this process's server and, on PostgreSQL, the second instance.
    QUrl urlAt(int i, const QString &path) const {
        return (m_second && i % 2) ? m_second->url(path) : url(path);
    }
    int scalar(const QString &sql) { return m_fx->scalar(sql).toInt(); }

private Q_SLOTS:
    void init() {
        QVERIFY2(startServer([](app::Config &c) { c.databaseThreads = 8; }), qPrintable(serverError()));
        if (m_server->backend().isPostgres()) {
            m_second = std::make_unique<test::ServerProcess>(
                QStringLiteral(EVENTBOOK_SERVER_BINARY),
                QHash<QString, QString>{{QStringLiteral("DATABASE_URL"), m_server->backend().databaseUrl()},
                                        {QStringLiteral("DATA_DIR"), m_secondData.path()},
                                        {QStringLiteral("JWT_SECRET"), QString::fromLatin1(test::kTestJwtSecret)},
                                        {QStringLiteral("RATE_LIMITS"), QStringLiteral("off")}});
            QVERIFY2(m_second->start(), qPrintable(m_second->log()));
        }
    }
    void cleanup() {
        if (m_second)
            QVERIFY(m_second->stop());
        m_second.reset();
        stopServer();
    }

    void stormKeepsTheQueueAndTheSeatsTrue() {
        const qint64 id = m_fx->event(m_admin, {{"totalSlots"_k, 50}});
        QVERIFY(id > 0);
        const QList<Account> people = m_fx->accounts(500, QStringLiteral("storm"));
        const QList<Account> bookers = people.mid(0, 300);
        const QList<Account> joiners = people.mid(300, 200);
        const QString book = QStringLiteral("/api/events/%1/book").arg(id);
        const QString wait = QStringLiteral("/api/events/%1/waitlist").arg(id);
        // The first 50 bookers hold every seat before the storm, so there are holders to cancel.
        QList<Request> first;
        for (int i = 0; i < 50; ++i)
            first.append({"POST", urlAt(i, book), bookers.at(i).token, {}});
        for (const Reply &r : test::HttpClient::sendAll(first, 16))
            QCOMPARE(r.status, 201);

        QRandomGenerator rng(20261205);
        QList<Request> storm;
        for (int i = 50; i < 300; ++i)
            storm.append({"POST", urlAt(i, book), bookers.at(i).token, {}});
        for (int i = 0; i < 200; ++i)
            storm.append({"POST", urlAt(i, wait), joiners.at(i).token, {}});
        QSet<int> cancelling;
        while (cancelling.size() < 100)
            cancelling.insert(int(rng.bounded(300)));
        for (int i : std::as_const(cancelling))
            storm.append({"DELETE", urlAt(i, book), bookers.at(i).token, {}});
        std::shuffle(storm.begin(), storm.end(), std::mt19937(20261205));
        // The capacity goes up in the middle of it.
        const QJsonObject raise{{"totalSlots"_k, 70}};
        storm.insert(storm.size() / 2, {"PATCH", urlAt(1, QStringLiteral("/api/events/%1").arg(id)), m_admin.token,
                                        QJsonDocument(raise).toJson(QJsonDocument::Compact)});
        const QList<Reply> replies = test::HttpClient::sendAll(storm, 64);
        QSet<qint64> joined;
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const Reply &r = replies.at(i);
            const Request &q = storm.at(i);
            const bool ok = r.status == 200 || r.status == 201 ||
                            (r.status == 409 && QStringList{QStringLiteral("EVENT_FULL"), QStringLiteral("EVENT_NOT_FULL"),
                                                            QStringLiteral("ALREADY_BOOKED")}
                                                    .contains(r.errorCode())) ||
                            (r.status == 404 && q.method == "DELETE");
            QVERIFY2(ok, qPrintable(QStringLiteral("%1 %2: %3 %4")
                                        .arg(QString::fromLatin1(q.method), q.url.path())
                                        .arg(r.status)
                                        .arg(QString::fromUtf8(r.body))));
            if (r.status == 201 && q.url.path().endsWith(QLatin1StringView("/waitlist")))
                joined.insert(r.data().value("id"_k).toInteger());
        }
        QVERIFY2(joined.size() > 100, qPrintable(QString::number(joined.size())));

        const QString e = QString::number(id);
        // Seats taken = confirmed bookings.
        QCOMPARE(scalar(QStringLiteral("SELECT total_slots - available_slots FROM events WHERE id = ") + e),
                 scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE status = 'confirmed' AND event_id = ") + e));
        QCOMPARE(scalar(QStringLiteral("SELECT total_slots FROM events WHERE id = ") + e), 70);
        // Nobody waits beside a free seat.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE available_slots > 0 AND waitlist_count > 0")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT waitlist_count FROM events WHERE id = ") + e),
                 scalar(QStringLiteral("SELECT count(*) FROM waitlist WHERE event_id = ") + e));
        // Nobody both waits and holds a seat; nobody holds two.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM waitlist w JOIN bookings b ON b.user_id = w.user_id AND "
                                       "b.event_id = w.event_id AND b.status = 'confirmed'")),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM (SELECT user_id FROM bookings WHERE status = 'confirmed' "
                                       "GROUP BY user_id, event_id HAVING count(*) > 1) d")),
                 0);
        // Every accepted join is a seat now or still a place in line.
        int seated = 0, waiting = 0;
        for (const Account &a : joiners) {
            const int holds = scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE status = 'confirmed' AND "
                                                    "event_id = %1 AND user_id = %2")
                                         .arg(id)
                                         .arg(a.id));
            const int waits =
                scalar(QStringLiteral("SELECT count(*) FROM waitlist WHERE event_id = %1 AND user_id = %2").arg(id).arg(a.id));
            QVERIFY(holds + waits <= 1);
            seated += holds;
            waiting += waits;
        }
        const int promotions = scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'WAITLIST_PROMOTE'"));
        QCOMPARE(seated, promotions);
        QCOMPARE(seated + waiting, int(joined.size()));
        QVERIFY2(promotions > 0, "the storm freed no seat for the list");
        // Promotions went in queue order: each promoted person joined no later than the one promoted
        // after them, and than anyone still waiting.
        QList<QDateTime> promotedJoins;
        const Reply audit = m_http.get(url(QStringLiteral("/api/admin/audit-logs?action=WAITLIST_PROMOTE&limit=100")),
                                       m_admin.token);
        QCOMPARE(audit.status, 200);
        QList<QJsonObject> logs;
        for (const QJsonValue &v : audit.data().value("logs"_k).toArray())
            logs.append(v.toObject());
        QCOMPARE(logs.size(), promotions);
        std::sort(logs.begin(), logs.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value("id"_k).toInteger() < b.value("id"_k).toInteger();
        });
        for (const QJsonObject &log : std::as_const(logs)) {
            const QJsonObject details = log.value("details"_k).toObject();
            promotedJoins.append(QDateTime::fromString(details.value("joinedAt"_k).toString(), Qt::ISODateWithMs));
        }
        for (qsizetype i = 1; i < promotedJoins.size(); ++i)
            QVERIFY2(promotedJoins.at(i - 1) <= promotedJoins.at(i), qPrintable(QString::number(i)));
        const qint64 firstWaiting =
            m_fx->scalar(QStringLiteral("SELECT COALESCE(MIN(joined_at), 0) FROM waitlist WHERE event_id = ") + e)
                .toLongLong();
        if (firstWaiting > 0)
            QVERIFY(promotedJoins.last().toMSecsSinceEpoch() <= firstWaiting);
        qInfo("storm: %d promoted, %d still waiting, %lld joins accepted", seated, waiting, qint64(joined.size()));
    }
};

QTEST_GUILESS_MAIN(TestWaitlistStorm)
#include "tst_waitlist_storm.moc"
