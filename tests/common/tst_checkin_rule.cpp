// The one rule a scan is decided by (issue 19), on the server and on an offline desk alike: every
// state of a ticket against entry and exit, online and as an offline upload, and what each
// decision does to the ticket.
#include "eventbook/common/checkin.h"

#include <QTest>

using namespace eventbook::checkin;

namespace {
TicketState ticket(bool confirmed, bool inside, int entries = 0) {
    TicketState t;
    t.bookingId = 7;
    t.eventId = 3;
    t.holder = QStringLiteral("Ann");
    t.confirmed = confirmed;
    t.inside = inside;
    t.entries = entries;
    return t;
}
} // namespace

class TestCheckinRule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decisions_data() {
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<bool>("inside");
        QTest::addColumn<qint64>("desk");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("offline"); // -1 online, 0 turned away offline, 1 let in offline
        QTest::addColumn<int>("expected");
        const int entry = int(Direction::Entry);
        const int exit = int(Direction::Exit);
        QTest::newRow("first entry") << true << false << qint64(3) << entry << -1 << int(Verdict::Admitted);
        QTest::newRow("entry while inside") << true << true << qint64(3) << entry << -1 << int(Verdict::AlreadyInside);
        QTest::newRow("exit while inside") << true << true << qint64(3) << exit << -1 << int(Verdict::Exited);
        QTest::newRow("exit while outside") << true << false << qint64(3) << exit << -1 << int(Verdict::NotInside);
        QTest::newRow("cancelled") << false << false << qint64(3) << entry << -1 << int(Verdict::Revoked);
        QTest::newRow("other event") << true << false << qint64(4) << entry << -1 << int(Verdict::WrongEvent);
        QTest::newRow("other event, exit") << true << true << qint64(4) << exit << -1 << int(Verdict::WrongEvent);
        QTest::newRow("offline admission, free") << true << false << qint64(3) << entry << 1 << int(Verdict::Admitted);
        QTest::newRow("offline admission, inside") << true << true << qint64(3) << entry << 1 << int(Verdict::Conflict);
        QTest::newRow("offline turn-away") << true << false << qint64(3) << entry << 0 << int(Verdict::NotAdmitted);
        QTest::newRow("offline admission, cancelled") << false << false << qint64(3) << entry << 1 << int(Verdict::Revoked);
        QTest::newRow("offline exit, inside") << true << true << qint64(3) << exit << 1 << int(Verdict::Exited);
    }
    void decisions() {
        QFETCH(bool, confirmed);
        QFETCH(bool, inside);
        QFETCH(qint64, desk);
        QFETCH(int, direction);
        QFETCH(int, offline);
        QFETCH(int, expected);
        const std::optional<bool> admitted = offline < 0 ? std::nullopt : std::optional<bool>(offline == 1);
        QCOMPARE(int(decide(ticket(confirmed, inside, inside ? 1 : 0), desk, Direction(direction), admitted)), expected);
    }

    void whatADecisionChanges() {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const TicketState in = apply(ticket(true, false), Verdict::Admitted, at, QStringLiteral("d1"));
        QVERIFY(in.inside);
        QCOMPARE(in.entries, 1);
        QCOMPARE(in.firstAt, at);
        QCOMPARE(in.lastDevice, QStringLiteral("d1"));
        const TicketState out = apply(in, Verdict::Exited, at.addSecs(60), QStringLiteral("d2"));
        QVERIFY(!out.inside);
        QCOMPARE(out.entries, 1);
        QCOMPARE(out.firstAt, at); // the first entry stays
        const TicketState back = apply(out, Verdict::Admitted, at.addSecs(120), QStringLiteral("d1"));
        QCOMPARE(back.entries, 2);
        const TicketState twice = apply(in, Verdict::Conflict, at.addSecs(5), QStringLiteral("d3"));
        QVERIFY(twice.conflict);
        QVERIFY(twice.inside);
        QCOMPARE(twice.entries, 2);
        // Refusals change nothing, not even who saw the ticket last.
        for (Verdict v : {Verdict::AlreadyInside, Verdict::NotInside, Verdict::NotAdmitted, Verdict::Revoked,
                          Verdict::WrongEvent, Verdict::Forged, Verdict::Invalid}) {
            const TicketState same = apply(in, v, at.addSecs(9), QStringLiteral("d9"));
            QCOMPARE(same.lastDevice, QStringLiteral("d1"));
            QCOMPARE(same.entries, 1);
            QVERIFY(!admits(v));
        }
        QVERIFY(admits(Verdict::Admitted) && admits(Verdict::Exited));
    }

    void namesRoundTrip() {
        for (int v = int(Verdict::Admitted); v <= int(Verdict::Invalid); ++v) {
            const QString name = verdictName(Verdict(v));
            QVERIFY(!name.isEmpty());
            QCOMPARE(verdictFromName(name), std::optional<Verdict>(Verdict(v)));
        }
        QCOMPARE(verdictFromName(QStringLiteral("ADMITTED")), std::nullopt);
        QCOMPARE(directionFromName(QStringLiteral("exit")), std::optional<Direction>(Direction::Exit));
        QCOMPARE(directionFromName(QStringLiteral("out")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestCheckinRule)
#include "tst_checkin_rule.moc"
