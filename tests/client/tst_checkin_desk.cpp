// The app's check-in desk without its widgets (issue 19): online it asks the server; when the
// server goes away it decides with its own copy by the same rule and queues; when the server is
// back the queue is uploaded once and the desk is online again. Its copy survives a restart of
// the app. Against the real server (SQLite).
#include "api_test_case.h"
#include "checkin/check_in_desk.h"
#include "door_world.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace eventbook;
using checkin::Direction;
using checkin::Verdict;
using client::DeskAnswer;
using test::operator""_k;

class TestCheckinDesk : public test::ApiTestCase {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // The answer to one scan, waited for.
    static DeskAnswer scanned(client::CheckInDesk &desk, const QString &text, Direction d = Direction::Entry) {
        QSignalSpy answers(&desk, &client::CheckInDesk::answered);
        desk.scan(text, d);
        if (answers.isEmpty() && !answers.wait(5000))
            return DeskAnswer{};
        return answers.first().first().value<DeskAnswer>();
    }

private Q_SLOTS:
    void init() { QVERIFY2(startServer(), qPrintable(serverError())); }
    void cleanup() { stopServer(); }

    void keepsDecidingWhileTheServerIsAway() {
        const test::DoorWorld d = test::DoorWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(d.ok(), qPrintable(d.team.error));
        QStringList tickets{d.ownTicket};
        for (const test::Account &guest : m_fx->accounts(3, QStringLiteral("guest"))) {
            QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(d.team.own)), {}, guest.token).status, 201);
            tickets.append(test::DoorWorld::ticketFor(
                *m_server, test::DoorWorld::bookingOf(*m_server, guest, d.team.own), d.team.own));
        }
        client::ApiClient api(url(QString()));
        api.adoptTokens({{"token"_k, QString::fromLatin1(d.team.staff.token)}});
        auto desk = std::make_unique<client::CheckInDesk>(api, m_dir.path(), QStringLiteral("desk-t1"));
        desk->setSyncIntervalMs(60'000, 100);
        desk->open(d.team.own);
        QTRY_VERIFY(desk->canDecideOffline());
        QCOMPARE(desk->ticketCount(), 4);

        DeskAnswer a = scanned(*desk, tickets.at(0));
        QCOMPARE(a.verdict, Verdict::Admitted);
        QVERIFY(!a.offline);
        QCOMPARE(a.holder, QStringLiteral("Ann Attendee"));
        QCOMPARE(scanned(*desk, tickets.at(0)).verdict, Verdict::AlreadyInside);
        QTRY_COMPARE(desk->occupancy().checkedIn, 1);

        m_server->stop();
        a = scanned(*desk, tickets.at(1));
        QCOMPARE(a.verdict, Verdict::Admitted);
        QVERIFY(a.offline);
        QVERIFY(!desk->isOnline());
        a = scanned(*desk, tickets.at(1));
        QCOMPARE(a.verdict, Verdict::AlreadyInside);
        QCOMPARE(a.previousDevice, QStringLiteral("desk-t1"));
        QCOMPARE(scanned(*desk, tickets.at(0), Direction::Exit).verdict, Verdict::Exited);
        QCOMPARE(scanned(*desk, d.otherTicket).verdict, Verdict::WrongEvent); // decided without anyone
        QString forged = tickets.at(2);
        forged.chop(2);
        forged += forged.endsWith(QLatin1Char('A')) ? QStringLiteral("BB") : QStringLiteral("AA");
        QVERIFY(QList<Verdict>({Verdict::Forged, Verdict::Invalid}).contains(scanned(*desk, forged).verdict));
        QCOMPARE(desk->queuedCount(), 3);
        // A name search works from the desk's own copy.
        QCOMPARE(desk->search(QStringLiteral("ann")).size(), 1);

        // The app restarts while the server is still away: its copy and queue are on disk.
        desk = std::make_unique<client::CheckInDesk>(api, m_dir.path(), QStringLiteral("desk-t1"));
        desk->setSyncIntervalMs(60'000, 100);
        desk->setAnswerTimeoutMs(300);
        desk->open(d.team.own);
        QVERIFY(desk->canDecideOffline());
        QCOMPARE(desk->queuedCount(), 3);
        a = scanned(*desk, tickets.at(3));
        QCOMPARE(a.verdict, Verdict::Admitted);
        QVERIFY(a.offline);
        QCOMPARE(desk->queuedCount(), 4);

        // The server is back: the queue goes up once and the desk is online again.
        QVERIFY(m_server->start());
        QTRY_COMPARE_WITH_TIMEOUT(desk->queuedCount(), 0, 10'000);
        QTRY_VERIFY(desk->isOnline());
        const QJsonObject s = m_http.get(url(QStringLiteral("/api/events/%1/checkin").arg(d.team.own)), d.team.staff.token).data();
        QCOMPARE(s.value("scans"_k).toInt(), 2 + 4);
        QCOMPARE(s.value("checkedIn"_k).toInt(), 3);
        QCOMPARE(s.value("present"_k).toInt(), 2);
        QCOMPARE(s.value("conflicts"_k).toInt(), 0);
        QTRY_COMPARE(desk->occupancy().scans, 6);
        a = scanned(*desk, tickets.at(2));
        QCOMPARE(a.verdict, Verdict::Admitted);
        QVERIFY(!a.offline);
    }
};

QTEST_GUILESS_MAIN(TestCheckinDesk)
#include "tst_checkin_desk.moc"
