// Many desks at one door (issue 19): eight desks redeeming the same thousand tickets at once admit
// each exactly once; two desks that go offline decide with the manifest and the shared rule,
// upload after the server restarts, and nothing is lost, doubled or silently overwritten; the
// manifest pages and its delta cursor miss nothing. Run on SQLite and PostgreSQL.
#include "api_test_case.h"
#include "door_world.h"
#include "eventbook/common/checkin_codecs.h"

#include <QJsonArray>
#include <QTest>

using namespace eventbook;
using test::operator""_k;
using test::Reply;

namespace {
struct Crowd {
    qint64 eventId = 0;
    QList<qint64> bookings;
    QStringList tickets;
    QList<eventbook::test::Account> guests;
};
} // namespace

class TestCheckinDesks : public test::ApiTestCase {
    Q_OBJECT
private:
    test::Account m_staff;

    // An event of `n` booked attendees and a door staff member.
    Crowd crowd(int n) {
        Crowd c;
        c.eventId = m_fx->event(m_admin, {{QStringLiteral("totalSlots"), n}});
        m_staff = m_fx->account(QStringLiteral("Door Keeper"));
        m_http.sendJson("PUT", url(QStringLiteral("/api/admin/users/%1/role").arg(m_staff.id)),
                        {{QStringLiteral("role"), QStringLiteral("staff")}}, m_admin.token);
        m_http.postJson(url(QStringLiteral("/api/events/%1/team").arg(c.eventId)), {{QStringLiteral("userId"), m_staff.id}},
                        m_admin.token);
        m_staff.token = m_fx->currentToken(m_staff.id);
        QList<test::Request> book;
        c.guests = m_fx->accounts(n, QStringLiteral("guest"));
        for (const test::Account &a : std::as_const(c.guests))
            book.append({"POST", url(QStringLiteral("/api/events/%1/book").arg(c.eventId)), a.token, "{}"});
        for (const Reply &r : test::HttpClient::sendAll(book, 8)) {
            const qint64 id = r.data().value("id"_k).toInteger();
            c.bookings.append(id);
            c.tickets.append(test::DoorWorld::ticketFor(*m_server, id, c.eventId));
        }
        return c;
    }
    QJsonObject summary(qint64 eventId) {
        return m_http.get(url(QStringLiteral("/api/events/%1/checkin").arg(eventId)), m_staff.token).data();
    }
    // Every page of a listing; `cursor` comes back as the delta cursor.
    QList<checkin::TicketState> download(qint64 eventId, QString &cursor, int limit, int *pages = nullptr) {
        QList<checkin::TicketState> out;
        QString at = cursor;
        for (int page = 1;; ++page) {
            const Reply r = m_http.get(url(QStringLiteral("/api/events/%1/checkin/manifest?limit=%2&cursor=%3")
                                               .arg(eventId).arg(limit).arg(at)),
                                       m_staff.token);
            if (r.status != 200) {
                qWarning("manifest: %d %s", r.status, r.body.constData());
                return {};
            }
            for (const QJsonValue &t : r.data().value("tickets"_k).toArray())
                out.append(codec::ticketStateFromJson(t.toObject()));
            if (r.data().value("next"_k).isString()) {
                at = r.data().value("next"_k).toString();
                continue;
            }
            cursor = r.data().value("cursor"_k).toString();
            if (pages)
                *pages = page;
            return out;
        }
    }

private Q_SLOTS:
    void init() { QVERIFY2(startServer(), qPrintable(serverError())); }
    void cleanup() { stopServer(); }

    void eightDesksAdmitEachTicketOnce() {
        constexpr int kTickets = 1000;
        constexpr int kDesks = 8;
        const Crowd c = crowd(kTickets);
        QCOMPARE(c.tickets.size(), kTickets);
        QVERIFY(!c.bookings.contains(0));
        // Every desk scans every ticket, all desks on the same ticket at about the same moment.
        QList<test::Request> scans;
        for (int i = 0; i < kTickets; ++i) {
            for (int d = 0; d < kDesks; ++d)
                scans.append(test::redeemRequest(*m_server, m_staff.token,
                                                 test::scanBody(c.tickets.at(i), QStringLiteral("desk-%1").arg(d),
                                                                {{QStringLiteral("eventId"), c.eventId}})));
        }
        const QList<Reply> replies = test::HttpClient::sendAll(scans, 2 * kDesks);
        QHash<qint64, int> admitted;
        int refused = 0;
        for (const Reply &r : replies) {
            QCOMPARE(r.status, 200);
            const QString result = r.data().value("result"_k).toString();
            if (result == QLatin1StringView("admitted"))
                ++admitted[r.data().value("bookingId"_k).toInteger()];
            else if (result == QLatin1StringView("already_inside"))
                ++refused;
            else
                QFAIL(qPrintable(QStringLiteral("unexpected answer %1").arg(result)));
        }
        QCOMPARE(admitted.size(), kTickets);
        for (auto it = admitted.cbegin(); it != admitted.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QCOMPARE(refused, kTickets * (kDesks - 1));
        const QJsonObject s = summary(c.eventId);
        QCOMPARE(s.value("checkedIn"_k).toInt(), kTickets);
        QCOMPARE(s.value("present"_k).toInt(), kTickets);
        QCOMPARE(s.value("scans"_k).toInt(), kTickets * kDesks);
        QCOMPARE(s.value("conflicts"_k).toInt(), 0);
    }

    void manifestPagesAndDeltasMissNothing() {
        const Crowd c = crowd(20);
        QString cursor;
        int pages = 0;
        const QList<checkin::TicketState> all = download(c.eventId, cursor, 7, &pages);
        QCOMPARE(pages, 3);
        QCOMPARE(all.size(), 20);
        QList<qint64> byId = c.bookings;
        std::sort(byId.begin(), byId.end());
        for (int i = 0; i < 20; ++i)
            QCOMPARE(all.at(i).bookingId, byId.at(i)); // in booking order, each once
        QVERIFY(!cursor.isEmpty());
        // Nothing changed: an empty delta, and the cursor still works afterwards.
        QString same = cursor;
        QCOMPARE(download(c.eventId, same, 7).size(), 0);
        // A scan, an exit-less second scan (changes nothing) and a cancellation change two tickets.
        m_http.postJson(url(QStringLiteral("/api/checkin/redeem")), test::scanBody(c.tickets.at(3), QStringLiteral("d1")),
                        m_staff.token);
        m_http.postJson(url(QStringLiteral("/api/checkin/redeem")), test::scanBody(c.tickets.at(3), QStringLiteral("d2")),
                        m_staff.token);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1/book").arg(c.eventId)), c.guests.at(11).token).status, 200);
        const QList<checkin::TicketState> delta = download(c.eventId, cursor, 7);
        QCOMPARE(delta.size(), 2);
        for (const checkin::TicketState &t : delta) {
            if (t.bookingId == c.bookings.at(3)) {
                QVERIFY(t.inside);
                QCOMPARE(t.lastDevice, QStringLiteral("d1"));
            } else {
                QCOMPARE(t.bookingId, c.bookings.at(11));
                QVERIFY(!t.confirmed);
            }
        }
        const Reply page = m_http.get(url(QStringLiteral("/api/events/%1/checkin/manifest").arg(c.eventId)), m_staff.token);
        QCOMPARE(page.data().value("revoked"_k).toArray(), QJsonArray{c.bookings.at(11)});
        // Names and door state only: no password hashes, tokens or e-mail addresses.
        for (const char *secret : {"password", "hash", "token", "@", "email"})
            QVERIFY2(!page.body.toLower().contains(secret), secret);
        // Cursors this server did not make are refused, never a server error.
        for (const QString &bad : QStringList{QStringLiteral("garbage"), QStringLiteral("m1.!!!"),
                                   QStringLiteral("m1.") + QString::fromLatin1(QByteArray(R"({"s":"5:3:"})").toBase64(QByteArray::Base64UrlEncoding)),
                                   QStringLiteral("m1.") + QString::fromLatin1(QByteArray(R"({"s":"1:9:4,2"})").toBase64(QByteArray::Base64UrlEncoding)),
                                   QStringLiteral("m1.") + QString::fromLatin1(QByteArray(R"({"a":5})").toBase64(QByteArray::Base64UrlEncoding)),
                                   QStringLiteral("m1.") + QString::fromLatin1(QByteArray(R"({"s":"-1"})").toBase64(QByteArray::Base64UrlEncoding))}) {
            const Reply r = m_http.get(url(QStringLiteral("/api/events/%1/checkin/manifest?cursor=%2").arg(c.eventId).arg(bad)),
                                       m_staff.token);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        }
    }

    void offlineDesksUploadOnceAndFlagConflicts() {
        const Crowd c = crowd(16);
        // Before the doors open both desks download the manifest; desk A admits five online.
        QString cursorA;
        QString cursorB;
        QHash<qint64, checkin::TicketState> deskA;
        QHash<qint64, checkin::TicketState> deskB;
        for (const checkin::TicketState &t : download(c.eventId, cursorA, 500))
            deskA.insert(t.bookingId, t);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_http.postJson(url(QStringLiteral("/api/checkin/redeem")),
                                     test::scanBody(c.tickets.at(i), QStringLiteral("desk-a")), m_staff.token)
                         .data().value("result"_k).toString(),
                     QStringLiteral("admitted"));
        for (const checkin::TicketState &t : download(c.eventId, cursorB, 500))
            deskB.insert(t.bookingId, t);
        QVERIFY(deskB.value(c.bookings.at(0)).inside);

        // The network goes: each desk decides with its own copy and the shared rule, and queues.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto offline = [&](QHash<qint64, checkin::TicketState> &desk, const QString &device, int i,
                                 checkin::Direction direction, QJsonArray &queue) {
            const qint64 id = c.bookings.at(i);
            const checkin::Verdict v = checkin::decide(desk.value(id), c.eventId, direction);
            desk[id] = checkin::apply(desk.value(id), v, now, device);
            queue.append(QJsonObject{{QStringLiteral("secret"), c.tickets.at(i)},
                                     {QStringLiteral("nonce"), test::newNonce()},
                                     {QStringLiteral("direction"), checkin::directionName(direction)},
                                     {QStringLiteral("at"), now.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("admitted"), checkin::admits(v)}});
        };
        QJsonArray queueA;
        QJsonArray queueB;
        for (int i = 5; i <= 12; ++i)
            offline(deskA, QStringLiteral("desk-a"), i, checkin::Direction::Entry, queueA);
        for (int i = 10; i <= 15; ++i) // 10, 11, 12: let in at both doors
            offline(deskB, QStringLiteral("desk-b"), i, checkin::Direction::Entry, queueB);
        offline(deskB, QStringLiteral("desk-b"), 0, checkin::Direction::Exit, queueB);
        offline(deskB, QStringLiteral("desk-b"), 1, checkin::Direction::Entry, queueB); // known inside: turned away
        QVERIFY(m_server->restart());

        const auto upload = [&](const QString &device, const QJsonArray &queue) {
            return m_http.postJson(url(QStringLiteral("/api/checkin/batch")),
                                   {{QStringLiteral("deviceId"), device}, {QStringLiteral("eventId"), c.eventId},
                                    {QStringLiteral("scans"), queue}},
                                   m_staff.token);
        };
        const Reply a = upload(QStringLiteral("desk-a"), queueA);
        QCOMPARE(a.status, 200);
        const Reply b = upload(QStringLiteral("desk-b"), queueB);
        QCOMPARE(b.status, 200);
        QStringList resultsB;
        for (const QJsonValue &r : b.data().value("results"_k).toArray())
            resultsB.append(r.toObject().value("result"_k).toString());
        QCOMPARE(resultsB, QStringList({QStringLiteral("conflict"), QStringLiteral("conflict"), QStringLiteral("conflict"),
                                        QStringLiteral("admitted"), QStringLiteral("admitted"), QStringLiteral("admitted"),
                                        QStringLiteral("exited"), QStringLiteral("not_admitted")}));
        // The answer was lost and desk B uploads again: every scan is the one already recorded.
        const Reply again = upload(QStringLiteral("desk-b"), queueB);
        for (const QJsonValue &r : again.data().value("results"_k).toArray())
            QVERIFY(r.toObject().value("replayed"_k).toBool());

        const QJsonObject s = summary(c.eventId);
        QCOMPARE(s.value("scans"_k).toInt(), 5 + 8 + 8);
        QCOMPARE(s.value("checkedIn"_k).toInt(), 16);
        QCOMPARE(s.value("present"_k).toInt(), 15);
        QCOMPARE(s.value("conflicts"_k).toInt(), 3);
        const QJsonArray flagged = s.value("conflictTickets"_k).toArray();
        QCOMPARE(flagged.size(), 3);
        for (const QJsonValue &t : flagged) {
            const QJsonArray scans = t.toObject().value("scans"_k).toArray();
            QCOMPARE(scans.size(), 2); // both admissions kept
            QCOMPARE(scans.at(0).toObject().value("deviceId"_k).toString(), QStringLiteral("desk-a"));
            QCOMPARE(scans.at(1).toObject().value("deviceId"_k).toString(), QStringLiteral("desk-b"));
        }
        // Desk A catches up: what desk B did since A's cursor, and nothing else.
        QSet<qint64> changed;
        for (const checkin::TicketState &t : download(c.eventId, cursorA, 500))
            changed.insert(t.bookingId);
        QSet<qint64> expected;
        for (int i : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
            expected.insert(c.bookings.at(i));
        QCOMPARE(changed, expected);
        QSet<qint64> sinceB;
        for (const checkin::TicketState &t : download(c.eventId, cursorB, 500))
            sinceB.insert(t.bookingId);
        expected.remove(c.bookings.at(1)); // turned away at B: the ticket did not change
        for (int i : {2, 3, 4})
            expected.remove(c.bookings.at(i)); // admitted before B's download
        QCOMPARE(sinceB, expected);
    }

    // A scan goes with its holder's account and with its event, through its booking (on PostgreSQL
    // checkins.event_id has no key of its own: 0008_door_writes.sql); the counters go with the event.
    void scansGoWithTheirHolderAndTheirEvent() {
        const Crowd c = crowd(3);
        QList<test::Request> scans;
        for (const QString &ticket : c.tickets)
            scans.append(test::redeemRequest(*m_server, m_staff.token,
                                             test::scanBody(ticket, QStringLiteral("desk-a"),
                                                            {{QStringLiteral("eventId"), c.eventId}})));
        for (const Reply &r : test::HttpClient::sendAll(scans, 3))
            QCOMPARE(r.data().value("result"_k).toString(), QStringLiteral("admitted"));
        auto rows = [&](const char *table) {
            return m_fx->scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE event_id = %2")
                                    .arg(QLatin1StringView(table)).arg(c.eventId))
                .toLongLong();
        };
        QCOMPARE(rows("checkins"), 3);
        QVERIFY(rows("checkin_counts") > 0);
        QCOMPARE(m_http.sendJson("DELETE", url(QStringLiteral("/api/admin/users/%1").arg(c.guests.at(0).id)), {},
                                 m_admin.token).status,
                 200);
        QCOMPARE(rows("checkins"), 2);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM checkins WHERE booking_id = %1").arg(c.bookings.at(0)))
                     .toLongLong(),
                 0);
        QCOMPARE(m_http.sendJson("DELETE", url(QStringLiteral("/api/events/%1").arg(c.eventId)), {}, m_admin.token).status,
                 200);
        QCOMPARE(rows("checkins"), 0);
        QCOMPARE(rows("checkin_counts"), 0);
    }
};

QTEST_GUILESS_MAIN(TestCheckinDesks)
#include "tst_checkin_desks.moc"
