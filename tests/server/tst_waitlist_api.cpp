// The waiting list over real HTTP and /ws: joining and leaving, positions, and each of the paths
// that free a seat handing it to the first in line inside the same transaction.
#include "api_test_case.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/waitlist_codecs.h"
#include "fixtures.h"
#include "team_world.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QTest>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;
using test::WsClient;

class TestWaitlistApi : public test::ApiTestCase {
    Q_OBJECT
private:
    QUrl waitUrl(qint64 id) const { return url(QStringLiteral("/api/events/%1/waitlist").arg(id)); }
    QUrl bookUrl(qint64 id) const { return url(QStringLiteral("/api/events/%1/book").arg(id)); }
    Reply join(qint64 id, const Account &a) { return m_http.postJson(waitUrl(id), {}, a.token); }
    Reply leave(qint64 id, const Account &a) { return m_http.del(waitUrl(id), a.token); }
    Reply book(qint64 id, const Account &a) { return m_http.postJson(bookUrl(id), {}, a.token); }
    QJsonObject event(qint64 id) { return m_http.get(url(QStringLiteral("/api/events/%1").arg(id))).data(); }

    // An event with `seats` seats, all booked by new accounts.
    qint64 fullEvent(int seats, QList<Account> *holders = nullptr) {
        const qint64 id = m_fx->event(m_admin, {{"totalSlots"_k, seats}});
        for (int i = 0; i < seats; ++i) {
            const Account a = m_fx->account(QStringLiteral("Holder %1").arg(i));
            if (book(id, a).status != 201)
                return 0;
            if (holders)
                holders->append(a);
        }
        return id;
    }

    // My place on the list (0: not there), from GET /api/waitlist/my.
    int positionOf(qint64 eventId, const Account &a) {
        const Reply r = m_http.get(url(QStringLiteral("/api/waitlist/my")), a.token);
        if (r.status != 200)
            return -1;
        for (const QJsonValue &v : r.json().value("data"_k).toArray()) {
            const WaitlistEntry w = codec::waitlistEntryFromJson(v.toObject());
            if (w.eventId == eventId)
                return w.position;
        }
        return 0;
    }

    bool holdsBooking(qint64 eventId, const Account &a) {
        const Reply r = m_http.get(url(QStringLiteral("/api/bookings/my")), a.token);
        for (const QJsonValue &v : r.json().value("data"_k).toArray()) {
            const Booking b = codec::bookingFromJson(v.toObject());
            if (b.eventId == eventId && b.status == BookingStatus::Confirmed)
                return true;
        }
        return false;
    }

    // The invariants, from the tables: counts kept, nobody waiting beside a free seat, nobody
    // both booked and waiting.
    void checkInvariants() {
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM events e WHERE e.waitlist_count <> "
                                             "(SELECT count(*) FROM waitlist w WHERE w.event_id = e.id)"))
                     .toInt(),
                 0);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM events WHERE available_slots > 0 AND "
                                             "waitlist_count > 0 AND starts_at > 0"))
                     .toInt(),
                 0);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM waitlist w JOIN bookings b ON b.user_id = "
                                             "w.user_id AND b.event_id = w.event_id AND b.status = 'confirmed'"))
                     .toInt(),
                 0);
        QCOMPARE(m_fx->scalar(QStringLiteral(
                                  "SELECT count(*) FROM events e WHERE e.available_slots <> e.total_slots - (SELECT "
                                  "count(*) FROM bookings b WHERE b.event_id = e.id AND b.status = 'confirmed')"))
                     .toInt(),
                 0);
    }

    // Three people waiting for a one-seat event, in join order.
    struct Queue {
        qint64 event = 0;
        Account holder;
        QList<Account> waiting;
    };
    Queue queueOfThree() {
        Queue q;
        QList<Account> holders;
        q.event = fullEvent(1, &holders);
        q.holder = holders.value(0);
        for (int i = 0; i < 3; ++i) {
            const Account a = m_fx->account(QStringLiteral("Waiting %1").arg(i));
            if (join(q.event, a).status != 201)
                return {};
            q.waiting.append(a);
        }
        return q;
    }

private Q_SLOTS:
    void init() { QVERIFY2(startServer(), qPrintable(serverError())); }
    void cleanup() { stopServer(); }

    void joinOnlyAFullFutureEventOnce() {
        const Account ann = m_fx->account(QStringLiteral("Ann"));
        const qint64 open = m_fx->event(m_admin, {{"totalSlots"_k, 3}});
        Reply r = join(open, ann);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("EVENT_NOT_FULL"));
        QList<Account> holders;
        const qint64 full = fullEvent(2, &holders);
        QVERIFY(full > 0);
        r = join(full, holders.first());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("ALREADY_BOOKED"));
        r = join(full, ann);
        QCOMPARE(r.status, 201);
        const WaitlistEntry mine = codec::waitlistEntryFromJson(r.data());
        QCOMPARE(mine.eventId, full);
        QCOMPARE(mine.position, 1);
        QVERIFY(mine.joinedAt.isValid());
        QCOMPARE(mine.event->waitlistCount, 1);
        QVERIFY(!r.data().contains("email"_k));
        r = join(full, ann);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("ALREADY_WAITING"));
        QCOMPARE(event(full).value("waitlistCount"_k).toInt(), 1);
        QCOMPARE(event(open).value("waitlistCount"_k).toInt(), 0);
        // A full event that has taken place.
        const qint64 past = fullEvent(1);
        m_fx->scalar(QStringLiteral("UPDATE events SET starts_at = 1000 WHERE id = %1").arg(past));
        r = join(past, ann);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("EVENT_PAST"));
        // Nobody, nothing, garbage.
        QCOMPARE(m_http.postJson(waitUrl(full), {}).status, 401);
        QCOMPARE(join(999999, ann).status, 404);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/abc/waitlist")), {}, ann.token).status, 404);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/-1/waitlist")), {}, ann.token).status, 404);
        checkInvariants();
    }

    void positionsFollowThoseAheadLeaving() {
        const Queue q = queueOfThree();
        QCOMPARE(q.waiting.size(), 3);
        QCOMPARE(positionOf(q.event, q.waiting[0]), 1);
        QCOMPARE(positionOf(q.event, q.waiting[1]), 2);
        QCOMPARE(positionOf(q.event, q.waiting[2]), 3);
        Reply r = leave(q.event, q.waiting[1]);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("event"_k).toObject().value("waitlistCount"_k).toInt(), 2);
        QCOMPARE(positionOf(q.event, q.waiting[1]), 0);
        QCOMPARE(positionOf(q.event, q.waiting[2]), 2);
        r = leave(q.event, q.waiting[1]);
        QCOMPARE(r.status, 404);
        QCOMPARE(leave(q.event, q.holder).status, 404);
        // My positions carry the event.
        r = m_http.get(url(QStringLiteral("/api/waitlist/my")), q.waiting[2].token);
        const QJsonArray mine = r.json().value("data"_k).toArray();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.at(0).toObject().value("event"_k).toObject().value("id"_k).toInteger(), q.event);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/waitlist/my"))).status, 401);
        checkInvariants();
    }

    void aCancellationPromotesTheFirstInLine() {
        const Queue q = queueOfThree();
        WsClient first, other;
        QVERIFY(first.open(m_server->port()) && first.auth(q.waiting[0].token));
        QVERIFY(other.open(m_server->port()) && other.auth(q.waiting[1].token));
        Reply r = m_http.del(bookUrl(q.event), q.holder.token);
        QCOMPARE(r.status, 200);
        // The seat was handed on before anyone could see it free.
        QCOMPARE(r.data().value("event"_k).toObject().value("availableSlots"_k).toInt(), 0);
        QCOMPARE(r.data().value("event"_k).toObject().value("waitlistCount"_k).toInt(), 2);
        QVERIFY(holdsBooking(q.event, q.waiting[0]));
        QVERIFY(!holdsBooking(q.event, q.waiting[1]));
        QCOMPARE(positionOf(q.event, q.waiting[0]), 0);
        QCOMPARE(positionOf(q.event, q.waiting[1]), 1);
        const auto isThis = [&](const QJsonObject &payload) {
            return payload.value("eventId"_k).toInteger() == q.event;
        };
        const QJsonObject promoted = first.waitFor(QStringLiteral("WAITLIST_PROMOTED"), isThis);
        QVERIFY(!promoted.isEmpty());
        QVERIFY(promoted.value("payload"_k).toObject().value("bookingId"_k).toInteger() > 0);
        QVERIFY(!first.waitFor(QStringLiteral("NOTIFICATION")).isEmpty());
        const QJsonObject slots = other.waitFor(QStringLiteral("SLOT_UPDATE"), [&](const QJsonObject &payload) {
            return isThis(payload) && payload.value("waitlistCount"_k).toInt(-1) == 2;
        });
        QVERIFY(!slots.isEmpty());
        QVERIFY(other.received(QStringLiteral("WAITLIST_PROMOTED")).isEmpty());
        // The notification is kept, and the audit trail has the promotion.
        r = m_http.get(url(QStringLiteral("/api/notifications")), q.waiting[0].token);
        QVERIFY(r.body.contains("waitlist_promoted"));
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'WAITLIST_PROMOTE'"))
                     .toInt(),
                 1);
        checkInvariants();
    }

    void moreSeatsGoToTheQueueInOrder() {
        const Queue q = queueOfThree();
        const Reply r = m_http.sendJson("PATCH", url(QStringLiteral("/api/events/%1").arg(q.event)),
                                        {{"totalSlots"_k, 3}}, m_admin.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("availableSlots"_k).toInt(), 0);
        QCOMPARE(r.data().value("waitlistCount"_k).toInt(), 1);
        QVERIFY(holdsBooking(q.event, q.waiting[0]));
        QVERIFY(holdsBooking(q.event, q.waiting[1]));
        QVERIFY(!holdsBooking(q.event, q.waiting[2]));
        QCOMPARE(positionOf(q.event, q.waiting[2]), 1);
        // More seats than people: the rest stay free and the list is empty.
        QCOMPARE(m_http.sendJson("PATCH", url(QStringLiteral("/api/events/%1").arg(q.event)), {{"totalSlots"_k, 6}},
                                 m_admin.token)
                     .data()
                     .value("availableSlots"_k)
                     .toInt(),
                 2);
        QVERIFY(holdsBooking(q.event, q.waiting[2]));
        QCOMPARE(event(q.event).value("waitlistCount"_k).toInt(), 0);
        checkInvariants();
    }

    void aRemovedAccountsSeatGoesToTheQueue() {
        const Queue q = queueOfThree();
        // The second in line is deleted too: the third moves up.
        QCOMPARE(m_http.del(url(QStringLiteral("/api/admin/users/%1").arg(q.waiting[1].id)), m_admin.token).status, 200);
        QCOMPARE(event(q.event).value("waitlistCount"_k).toInt(), 2);
        QCOMPARE(positionOf(q.event, q.waiting[2]), 2);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/admin/users/%1").arg(q.holder.id)), m_admin.token).status, 200);
        QVERIFY(holdsBooking(q.event, q.waiting[0]));
        QCOMPARE(positionOf(q.event, q.waiting[2]), 1);
        QCOMPARE(event(q.event).value("availableSlots"_k).toInt(), 0);
        checkInvariants();
    }

    void anAnonymisedAccountsSeatGoesToTheQueue() {
        const Queue q = queueOfThree();
        const Reply r = m_http.postJson(url(QStringLiteral("/api/admin/users/%1/anonymise").arg(q.holder.id)), {},
                                        m_admin.token);
        QCOMPARE(r.status, 200);
        QVERIFY(holdsBooking(q.event, q.waiting[0]));
        QCOMPARE(positionOf(q.event, q.waiting[1]), 1);
        // Anonymised while waiting: off the list.
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/users/%1/anonymise").arg(q.waiting[1].id)), {},
                                 m_admin.token)
                     .status,
                 200);
        QCOMPARE(event(q.event).value("waitlistCount"_k).toInt(), 1);
        checkInvariants();
    }

    void anOrganiserRemovingABookingPromotes() {
        const Queue q = queueOfThree();
        const qint64 bookingId =
            m_fx->scalar(QStringLiteral("SELECT id FROM bookings WHERE event_id = %1 AND status = 'confirmed'")
                             .arg(q.event))
                .toLongLong();
        const QUrl remove = url(QStringLiteral("/api/events/%1/bookings/%2").arg(q.event).arg(bookingId));
        QCOMPARE(m_http.del(remove, q.waiting[0].token).status, 403);
        Reply r = m_http.del(remove, m_admin.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("status"_k).toString(), QStringLiteral("cancelled"));
        QVERIFY(holdsBooking(q.event, q.waiting[0]));
        QVERIFY(!holdsBooking(q.event, q.holder));
        // The holder is told.
        r = m_http.get(url(QStringLiteral("/api/notifications")), q.holder.token);
        QVERIFY(r.body.contains("booking_cancelled"));
        // Once only; a booking of another event or no booking at all is not found.
        QCOMPARE(m_http.del(remove, m_admin.token).status, 404);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1/bookings/999999").arg(q.event)), m_admin.token).status,
                 404);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1/bookings/x").arg(q.event)), m_admin.token).status,
                 404);
        checkInvariants();
    }

    void theQueueIsForTheEventsOrganisers() {
        const test::TeamWorld w = test::TeamWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(w.ok(), qPrintable(w.error));
        // Fill `own` (the world's attendee holds one seat).
        QVERIFY(m_http.sendJson("PATCH", url(QStringLiteral("/api/events/%1").arg(w.own)), {{"totalSlots"_k, 1}},
                                m_admin.token)
                    .status == 200);
        const Account ann = m_fx->account(QStringLiteral("Ann Waiting"));
        QCOMPARE(join(w.own, ann).status, 201);
        Reply r = m_http.get(waitUrl(w.own), w.organiser.token);
        QCOMPARE(r.status, 200);
        const QJsonArray queue = r.json().value("data"_k).toArray();
        QCOMPARE(queue.size(), 1);
        const WaitlistEntry first = codec::waitlistEntryFromJson(queue.at(0).toObject());
        QCOMPARE(first.userId, ann.id);
        QCOMPARE(first.name, QStringLiteral("Ann Waiting"));
        QCOMPARE(first.position, 1);
        QVERIFY(first.email.contains(QLatin1Char('@')));
        QCOMPARE(m_http.get(waitUrl(w.own), m_admin.token).status, 200);
        QCOMPARE(m_http.get(waitUrl(w.own), w.otherOrganiser.token).status, 403);
        QCOMPARE(m_http.get(waitUrl(w.own), w.staff.token).status, 403);
        QCOMPARE(m_http.get(waitUrl(w.own), ann.token).status, 403);
        QCOMPARE(m_http.get(waitUrl(999999), m_admin.token).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestWaitlistApi)
#include "tst_waitlist_api.moc"
