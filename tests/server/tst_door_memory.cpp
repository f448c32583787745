// The door's first try decides on what this server remembers of a ticket and of the desk's caller,
// and writes only if the database still holds exactly that (issue 19's one-statement scan). These
// tests change the rows behind the server's back, as another instance or an operator would, and
// check that every answer is still decided on what is there now. Run on SQLite and PostgreSQL.
#include "api_test_case.h"
#include "door_world.h"

#include <QTest>

using namespace eventbook;
using test::DoorWorld;
using test::operator""_k;
using test::Reply;
using test::scanBody;

class TestDoorMemory : public test::ApiTestCase {
    Q_OBJECT
private:
    Reply redeem(const QString &ticket, const QByteArray &token, const QString &direction = QStringLiteral("entry")) {
        return m_http.postJson(url(QStringLiteral("/api/checkin/redeem")),
                               scanBody(ticket, QStringLiteral("desk-here"), {{QStringLiteral("direction"), direction}}),
                               token);
    }
    static QString result(const Reply &r) {
        return r.status == 200 ? r.data().value("result"_k).toString() : QString::number(r.status);
    }
    int scans(qint64 eventId) {
        return m_http.get(url(QStringLiteral("/api/events/%1/checkin").arg(eventId)), m_admin.token)
            .data()
            .value("scans"_k)
            .toInt();
    }
    // What another server's scan does to a ticket's row.
    void setDoorState(qint64 bookingId, bool inside, int entries, const QString &device) {
        const QVariant changed = m_fx->scalar(
            QStringLiteral("UPDATE bookings SET checkin_inside = (%1 = 1), checkin_entries = %2, "
                           "checkin_first_at = COALESCE(checkin_first_at, 1700000000000), "
                           "checkin_last_at = COALESCE(checkin_last_at, 1700000000000) + 60000, "
                           "checkin_last_device = '%3' WHERE id = %4")
                .arg(int(inside))
                .arg(entries)
                .arg(device)
                .arg(bookingId));
        QCOMPARE(changed.toInt(), 1);
    }

private Q_SLOTS:
    void init() { QVERIFY2(startServer(), qPrintable(serverError())); }
    void cleanup() { stopServer(); }

    void aTicketScannedElsewhereIsDecidedOnItsRow() {
        const DoorWorld d = DoorWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(d.ok(), qPrintable(d.team.error));
        const QByteArray staff = d.team.staff.token;

        // Remembered inside here; another server lets the holder out.
        QCOMPARE(result(redeem(d.ownTicket, staff)), QStringLiteral("admitted"));
        setDoorState(d.ownBooking, false, 1, QStringLiteral("desk-elsewhere"));
        Reply r = redeem(d.ownTicket, staff);
        QCOMPARE(result(r), QStringLiteral("admitted"));
        QCOMPARE(r.data().value("ticket"_k).toObject().value("entries"_k).toInt(), 2);
        r = redeem(d.ownTicket, staff);
        QCOMPARE(result(r), QStringLiteral("already_inside"));
        QCOMPARE(r.data().value("previous"_k).toObject().value("deviceId"_k).toString(), QStringLiteral("desk-here"));

        // Never seen here (taken for a fresh ticket), but another server let the holder in.
        setDoorState(d.otherBooking, true, 1, QStringLiteral("desk-elsewhere"));
        r = redeem(d.otherTicket, m_admin.token);
        QCOMPARE(result(r), QStringLiteral("already_inside"));
        QCOMPARE(r.data().value("previous"_k).toObject().value("deviceId"_k).toString(),
                 QStringLiteral("desk-elsewhere"));
        QCOMPARE(result(redeem(d.otherTicket, m_admin.token, QStringLiteral("exit"))), QStringLiteral("exited"));

        // Remembered outside and confirmed; then cancelled by its holder.
        QCOMPARE(result(redeem(d.ownTicket, staff, QStringLiteral("exit"))), QStringLiteral("exited"));
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1/book").arg(d.team.own)), d.team.attendee.token).status,
                 200);
        QCOMPARE(result(redeem(d.ownTicket, staff)), QStringLiteral("revoked"));
    }

    // Every API change of a caller's standing moves their token version on (tst_checkin_api); a row
    // changed without that (an operator's SQL, a restored backup) must stop the remembered caller too.
    void aCallerChangedBehindTheTokensBackIsJudgedAgain() {
        const DoorWorld d = DoorWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(d.ok(), qPrintable(d.team.error));
        QCOMPARE(result(redeem(d.ownTicket, d.team.staff.token)), QStringLiteral("admitted"));
        QCOMPARE(m_fx->scalar(QStringLiteral("DELETE FROM event_roles WHERE user_id = %1 AND event_id = %2")
                                  .arg(d.team.staff.id)
                                  .arg(d.team.own))
                     .toInt(),
                 1);
        QCOMPARE(result(redeem(d.ownTicket, d.team.staff.token, QStringLiteral("exit"))), QStringLiteral("403"));

        QCOMPARE(result(redeem(d.otherTicket, m_admin.token)), QStringLiteral("admitted"));
        QCOMPARE(m_fx->scalar(QStringLiteral("UPDATE users SET is_admin = (1 = 0) WHERE id = %1").arg(m_admin.id)).toInt(),
                 1);
        QCOMPARE(result(redeem(d.otherTicket, m_admin.token, QStringLiteral("exit"))), QStringLiteral("403"));
        QCOMPARE(m_fx->scalar(QStringLiteral("UPDATE users SET is_admin = (1 = 1) WHERE id = %1").arg(m_admin.id)).toInt(),
                 1);

        // Only the two admissions were recorded.
        QCOMPARE(scans(d.team.own), 1);
        QCOMPARE(scans(d.team.other), 1);
    }

    void theAnswerNamesTheHolderAsTheyAreNow() {
        const DoorWorld d = DoorWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(d.ok(), qPrintable(d.team.error));
        Reply r = redeem(d.ownTicket, d.team.staff.token);
        QCOMPARE(r.data().value("holder"_k).toString(), QStringLiteral("Ann Attendee"));
        QCOMPARE(m_http.sendJson("PUT", url(QStringLiteral("/api/profile")), {{"name"_k, QStringLiteral("Ann Newname")}},
                                 d.team.attendee.token)
                     .status,
                 200);
        r = redeem(d.ownTicket, d.team.staff.token, QStringLiteral("exit"));
        QCOMPARE(result(r), QStringLiteral("exited"));
        QCOMPARE(r.data().value("holder"_k).toString(), QStringLiteral("Ann Newname"));
        r = redeem(d.ownTicket, d.team.staff.token);
        QCOMPARE(r.data().value("holder"_k).toString(), QStringLiteral("Ann Newname"));
    }
};

QTEST_GUILESS_MAIN(TestDoorMemory)
#include "tst_door_memory.moc"
