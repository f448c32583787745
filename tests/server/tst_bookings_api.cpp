// Booking and cancelling over real HTTP, and the invariants under concurrency, checked in SQL.
#include "eventbook/common/codecs.h"
#include "api_test_case.h"
#include "fixtures.h"
#include "http_client.h"
#include "test_server.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;
using test::Request;

class TestBookingsApi : public test::ApiTestCase {
    Q_OBJECT
private:
    QUrl bookUrl(qint64 id) const { return url(QStringLiteral("/api/events/%1/book").arg(id)); }
    Reply book(qint64 id, const Account &a) { return m_http.postJson(bookUrl(id), {}, a.token); }
    Reply cancel(qint64 id, const Account &a) { return m_http.del(bookUrl(id), a.token); }

    // The invariants of DESIGN.md, straight from the tables.
    void checkInvariants() {
        QCOMPARE(
            m_fx
                ->scalar(QStringLiteral(
                    "SELECT count(*) FROM events e WHERE e.available_slots <> e.total_slots - "
                    "(SELECT count(*) FROM bookings b WHERE b.event_id = e.id AND b.status = 'confirmed')"))
                .toInt(),
            0);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM events WHERE available_slots < 0 OR "
                                             "available_slots > total_slots"))
                     .toInt(),
                 0);
        QCOMPARE(m_fx->scalar(QStringLiteral(
                                  "SELECT count(*) FROM (SELECT user_id, event_id FROM bookings WHERE "
                                  "status = 'confirmed' GROUP BY user_id, event_id HAVING count(*) > 1) d"))
                     .toInt(),
                 0);
    }

private Q_SLOTS:
    void init() {
        // More pool threads than the default, so more transactions overlap.
        QVERIFY2(startServer([](app::Config &c) { c.databaseThreads = 8; }), qPrintable(serverError()));
    }
    void cleanup() { stopServer(); }

    void bookCancelAndRebook() {
        const qint64 id = m_fx->event(m_admin);
        const Account ann = m_fx->account(QStringLiteral("Ann"));
        Reply r = book(id, ann);
        QCOMPARE(r.status, 201);
        const Booking b = codec::bookingFromJson(r.data());
        QCOMPARE(b.eventId, id);
        QCOMPARE(b.userId, ann.id);
        QCOMPARE(b.status, BookingStatus::Confirmed);
        QVERIFY(!b.cancelledAt);
        QCOMPARE(b.event->availableSlots, 9);
        r = book(id, ann);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("ALREADY_BOOKED"));
        r = cancel(id, ann);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("status"_k).toString(), QStringLiteral("cancelled"));
        QVERIFY(r.data().value("cancelledAt"_k).isString());
        QCOMPARE(r.data().value("event"_k).toObject().value("availableSlots"_k).toInt(), 10);
        r = cancel(id, ann);
        QCOMPARE(r.status, 404);
        QCOMPARE(book(id, ann).status, 201);
        r = m_http.get(url(QStringLiteral("/api/bookings/my")), ann.token);
        QCOMPARE(r.status, 200);
        const QJsonArray mine = r.json().value("data"_k).toArray();
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.at(0).toObject().value("status"_k).toString(),
                 QStringLiteral("confirmed")); // newest first
        QCOMPARE(mine.at(1).toObject().value("status"_k).toString(), QStringLiteral("cancelled"));
        QCOMPARE(mine.at(0).toObject().value("event"_k).toObject().value("id"_k).toInteger(), id);
        QCOMPARE(mine.at(0).toObject().value("event"_k).toObject().value("availableSlots"_k).toInt(), 9);
        QCOMPARE(
            m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'BOOKING_CREATE'"))
                .toInt(),
            2);
        QCOMPARE(
            m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE action = 'BOOKING_CANCEL'"))
                .toInt(),
            1);
        // Another user's list is their own.
        QVERIFY(
            m_http.get(url(QStringLiteral("/api/bookings/my")), m_fx->account(QStringLiteral("Bob")).token)
                .json()
                .value("data"_k)
                .toArray()
                .isEmpty());
        checkInvariants();
    }

    void refusals() {
        const qint64 single = m_fx->event(m_admin, {{"totalSlots"_k, 1}});
        const qint64 past = m_fx->event(
            m_admin, {{"date"_k, codec::formatTime(QDateTime::currentDateTimeUtc().addDays(-1))}});
        const Account ann = m_fx->account(QStringLiteral("Ann"));
        const Account bob = m_fx->account(QStringLiteral("Bob"));
        QCOMPARE(book(single, ann).status, 201);
        Reply r = book(single, bob);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("EVENT_FULL"));
        r = book(past, bob);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("EVENT_PAST"));
        QCOMPARE(book(987654, bob).status, 404);
        QCOMPARE(cancel(987654, bob).status, 404);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/abc/book")), {}, bob.token).status, 404);
        QCOMPARE(m_http.postJson(bookUrl(single), {}).status, 401);
        QCOMPARE(m_http.del(bookUrl(single)).status, 401);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/bookings/my"))).status, 401);
        QCOMPARE(m_http.postJson(bookUrl(single), {}, "not-a-token").status, 401);
        // A deleted user's token stops working at once.
        QCOMPARE(m_http.del(url(QStringLiteral("/api/admin/users/%1").arg(bob.id)), m_admin.token).status,
                 200);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/bookings/my")), bob.token).status, 401);
        checkInvariants();
    }

    void eventBookingsForAdmins() {
        const qint64 id = m_fx->event(m_admin);
        const Account ann = m_fx->account(QStringLiteral("Ann"));
        QCOMPARE(book(id, ann).status, 201);
        const QUrl u = url(QStringLiteral("/api/events/%1/bookings").arg(id));
        QCOMPARE(m_http.get(u).status, 401);
        QCOMPARE(m_http.get(u, ann.token).status, 403);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/events/424242/bookings")), m_admin.token).status, 404);
        const Reply r = m_http.get(u, m_admin.token);
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json().value("data"_k).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject user = list.first().toObject().value("user"_k).toObject();
        QCOMPARE(user.value("id"_k).toInteger(), ann.id);
        QVERIFY(user.value("email"_k).toString().startsWith(QStringLiteral("ann.")));
        QCOMPARE(user.value("name"_k).toString(), QStringLiteral("Ann"));
        QVERIFY(!user.contains(QStringLiteral("passwordHash")));
    }

    void racingUsersNeverOversell() {
        const qint64 id = m_fx->event(m_admin, {{"totalSlots"_k, 75}});
        const QList<Account> users = m_fx->accounts(300);
        QList<Request> requests;
        for (const Account &a : users)
            requests.append({"POST", bookUrl(id), a.token, {}});
        QElapsedTimer timer;
        timer.start();
        const QList<Reply> replies = test::HttpClient::sendAll(requests, 64);
        qInfo("300 users racing for 75 seats: %lld ms", timer.elapsed());
        int won = 0, full = 0;
        for (const Reply &r : replies) {
            if (r.status == 201)
                ++won;
            else if (r.status == 409 && r.errorCode() == QStringLiteral("EVENT_FULL"))
                ++full;
            else
                QFAIL(qPrintable(
                    QStringLiteral("unexpected answer %1 %2").arg(r.status).arg(QString::fromUtf8(r.body))));
        }
        QCOMPARE(won, 75);
        QCOMPARE(full, 225);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/events/%1").arg(id)))
                     .data()
                     .value("availableSlots"_k)
                     .toInt(),
                 0);
        QCOMPARE(
            m_fx->scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE status = 'confirmed'")).toInt(),
            75);
        checkInvariants();
    }

    void oneUserManyRequestsBooksOnce() {
        const qint64 id = m_fx->event(m_admin, {{"totalSlots"_k, 100}});
        const Account ann = m_fx->account(QStringLiteral("Ann"));
        const QList<Request> requests(40, Request{"POST", bookUrl(id), ann.token, {}});
        const QList<Reply> replies = test::HttpClient::sendAll(requests, 40);
        int won = 0, already = 0;
        for (const Reply &r : replies) {
            if (r.status == 201)
                ++won;
            else if (r.errorCode() == QStringLiteral("ALREADY_BOOKED"))
                ++already;
        }
        QCOMPARE(won, 1);
        QCOMPARE(already, 39);
        QCOMPARE(
            m_fx->scalar(QStringLiteral("SELECT available_slots FROM events WHERE id = %1").arg(id)).toInt(),
            99);
        checkInvariants();
    }

    void interleavedBookAndCancelKeepInvariants() {
        QList<qint64> events;
        for (int i = 0; i < 5; ++i)
            events.append(
                m_fx->event(m_admin, {{"totalSlots"_k, 20}, {"title"_k, QStringLiteral("E%1").arg(i)}}));
        const QList<Account> users = m_fx->accounts(50);
        QRandomGenerator rng(20261125);
        QList<Request> requests;
        for (int i = 0; i < 2000; ++i) {
            const Account &a = users.at(rng.bounded(int(users.size())));
            const qint64 e = events.at(rng.bounded(int(events.size())));
            requests.append(
                {rng.bounded(3) == 0 ? QByteArray("DELETE") : QByteArray("POST"), bookUrl(e), a.token, {}});
        }
        QElapsedTimer timer;
        timer.start();
        const QList<Reply> replies = test::HttpClient::sendAll(requests, 50);
        const qint64 ms = timer.elapsed();
        int made = 0, cancelled = 0;
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const int s = replies.at(i).status;
            QVERIFY2(s == 200 || s == 201 || s == 404 || s == 409,
                     qPrintable(QStringLiteral("%1 %2").arg(s).arg(QString::fromUtf8(replies.at(i).body))));
            made += s == 201;
            cancelled += s == 200;
        }
        qInfo("2000 interleaved book/cancel operations: %lld ms, %d booked, %d cancelled", ms, made,
              cancelled);
        QVERIFY(made > 0 && cancelled > 0);
        const int confirmed =
            m_fx->scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE status = 'confirmed'")).toInt();
        QCOMPARE(confirmed, made - cancelled);
        checkInvariants();
    }
};

QTEST_GUILESS_MAIN(TestBookingsApi)
#include "tst_bookings_api.moc"
