// The desktop client's models, fed by ClientSession from the real server (in-process, port 0)
// and checked by QAbstractItemModelTester throughout: pages, live seat counts merged in place
// (no reset, so no scroll jump), bookings split into upcoming and past, the inbox with live
// arrivals, and a refetch after the live connection comes back.
#include "async_result.h"
#include "fixtures.h"
#include "server_fixture.h"
#include "state/admin_session.h"
#include "state/client_session.h"
#include "test_server.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace eventbook;
using client::ClientSession;
using client::EventListModel;
using test::operator""_k;
using test::why;

namespace {
int seatsInRow(const QAbstractItemModel &m, int row) {
    return m.index(row, 0).data(EventListModel::AvailableSlotsRole).toInt();
}
} // namespace

class TestClientModels : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_env;
    test::HttpClient m_http;
    std::unique_ptr<ClientSession> m_session;
    QList<QAbstractItemModelTester *> m_testers;

    QUrl url(const QString &path) const { return m_env.server->url(path); }
    void startSession() {
        m_session = std::make_unique<ClientSession>(m_env.server->url(QString()), nullptr);
        m_session->live().setBackoff(50, 400);
        for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(&m_session->events()),
                                      static_cast<QAbstractItemModel *>(&m_session->upcoming()),
                                      static_cast<QAbstractItemModel *>(&m_session->past()),
                                      static_cast<QAbstractItemModel *>(&m_session->notifications())})
            m_testers.append(new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, m));
        m_session->start();
    }
    bool registerUser(const QString &name) {
        const auto r = test::waitFor<User>([&](auto done) {
            m_session->registerAccount(name.toLower() + QStringLiteral("@example.test"), QStringLiteral("Sunny-Day-2026!"),
                                       name, false, done);
        });
        return bool(r);
    }

private Q_SLOTS:
    void init() {
        const QString problem = m_env.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup() {
        m_session.reset();
        m_testers.clear();
        m_env.stop();
    }

    void pagesAndSearch() {
        for (int i = 0; i < 15; ++i)
            QVERIFY(m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Concert %1").arg(i)},
                                          {"tags"_k, QJsonArray{i % 2 ? QStringLiteral("music") : QStringLiteral("talk")}}}));
        startSession();
        QTRY_COMPARE(m_session->events().rowCount(), 12);
        QCOMPARE(m_session->totalEvents(), 15);
        QCOMPARE(m_session->totalPages(), 2);
        QCOMPARE(m_session->knownTags(), QStringList({QStringLiteral("music"), QStringLiteral("talk")}));
        client::EventListQuery q = m_session->query();
        q.page = 2;
        m_session->setQuery(q);
        QTRY_COMPARE(m_session->events().rowCount(), 3);
        q.page = 1;
        q.search = QStringLiteral("concert 1");
        m_session->setQuery(q);
        QTRY_COMPARE(m_session->events().rowCount(), 6); // 1, 10–14
        q.search.clear();
        q.tag = QStringLiteral("music");
        m_session->setQuery(q);
        QTRY_COMPARE(m_session->totalEvents(), 7);
    }

    // The admin console's state: fetched for an admin, merged live (seats in place, attendees
    // refetched), and gone the moment the admin signs out; nothing is fetched for an attendee.
    void adminSessionFollowsLiveChangesAndForgetsOnSignOut() {
        const qint64 event = m_env.fx->event(m_env.admin, {{"totalSlots"_k, 5}});
        const test::Account other = m_env.fx->account(QStringLiteral("Other"));
        startSession();
        const QString password = QStringLiteral("Sunny-Day-2026!");
        const auto ada = test::waitFor<User>([&](auto done) {
            m_session->registerAccount(QStringLiteral("ada@example.test"), password, QStringLiteral("Ada"), false, done);
        });
        QVERIFY2(ada, why(ada).constData());
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/users/%1/promote").arg(ada->id)), {}, m_env.admin.token)
                     .status,
                 200);
        QVERIFY(test::waitFor<User>([&](auto done) {
            m_session->signIn(QStringLiteral("ada@example.test"), password, false, done);
        }));
        QVERIFY(m_session->api().user().isAdmin);
        QTRY_COMPARE(m_session->live().state(), client::LiveClient::State::Live);

        client::AdminSession &admin = m_session->admin();
        for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(&admin.events()),
                                      static_cast<QAbstractItemModel *>(&admin.attendees())})
            m_testers.append(new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, m));
        QSignalSpy eventsLoaded(&admin, &client::AdminSession::eventsLoaded);
        admin.reloadEvents();
        QVERIFY(eventsLoaded.wait());
        QCOMPARE(admin.events().rowCount(), 1);
        admin.showAttendees(event);
        QSignalSpy attendeesLoaded(&admin, &client::AdminSession::attendeesLoaded);
        QVERIFY(attendeesLoaded.wait());
        QCOMPARE(admin.attendees().rowCount(), 0);

        QSignalSpy resets(&admin.events(), &QAbstractItemModel::modelReset);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(event)), {}, other.token).status, 201);
        QTRY_COMPARE(admin.attendees().rowCount(), 1);
        QCOMPARE(admin.attendees().rowAt(0)->user->name, QStringLiteral("Other"));
        QTRY_COMPARE(admin.events().rowAt(0)->availableSlots, 4);
        QCOMPARE(resets.count(), 0); // the seat count changed in place

        m_session->signOut();
        QCOMPARE(admin.events().rowCount(), 0);
        QCOMPARE(admin.attendees().rowCount(), 0);
        QVERIFY(registerUser(QStringLiteral("Bob")));
        admin.reloadEvents();
        admin.showAttendees(event);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1/book").arg(event)), other.token).status, 200);
        QTRY_COMPARE(m_session->events().eventAt(0) ? m_session->events().eventAt(0)->availableSlots : -1, 5);
        QCOMPARE(admin.events().rowCount(), 0);
        QCOMPARE(admin.attendees().rowCount(), 0);
    }

    void seatsMoveInPlace() {
        const qint64 event = m_env.fx->event(m_env.admin, {{"totalSlots"_k, 5}});
        QVERIFY(m_env.fx->event(m_env.admin));
        const test::Account other = m_env.fx->account(QStringLiteral("Other"));
        startSession();
        EventListModel &events = m_session->events();
        QTRY_COMPARE(events.rowCount(), 2);
        QTRY_COMPARE(m_session->live().state(), client::LiveClient::State::Live);
        const int row = events.rowOf(event);
        QVERIFY(row >= 0);
        QCOMPARE(seatsInRow(events, row), 5);
        QSignalSpy resets(&events, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&events, &QAbstractItemModel::dataChanged);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(event)), {}, other.token).status, 201);
        QTRY_COMPARE(seatsInRow(events, row), 4);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), row);
        // A refetch of the same page changes rows in place as well.
        m_session->reloadEvents();
        QTRY_COMPARE(changes.count(), 2);
        QCOMPARE(resets.count(), 0);
    }

    void bookingsSplitIntoUpcomingAndPast() {
        const qint64 soon = m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Soon")}});
        const qint64 later = m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Later")},
                                                   {"date"_k, QDateTime::currentDateTimeUtc().addDays(40).toString(Qt::ISODate)}});
        startSession();
        QTRY_COMPARE(m_session->events().rowCount(), 2);
        QVERIFY(registerUser(QStringLiteral("Rita")));
        for (qint64 id : {later, soon}) {
            const auto booked = test::waitFor<Booking>([&](auto done) { m_session->book(id, done); });
            QVERIFY2(booked, why(booked).constData());
        }
        QTRY_COMPARE(m_session->upcoming().rowCount(), 2);
        QCOMPARE(m_session->upcoming().index(0, 0).data().toString(), QStringLiteral("Soon")); // soonest first
        QVERIFY(m_session->events().index(m_session->events().rowOf(soon), 0).data(EventListModel::BookedRole).toBool());
        const auto cancelled = test::waitFor<Booking>([&](auto done) { m_session->cancel(soon, done); });
        QVERIFY2(cancelled, why(cancelled).constData());
        QTRY_COMPARE(m_session->past().rowCount(), 1);
        QCOMPARE(m_session->upcoming().rowCount(), 1);
        QCOMPARE(m_session->past().index(0, 0).data(client::BookingListModel::StatusRole).toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(!m_session->events().index(m_session->events().rowOf(soon), 0).data(EventListModel::BookedRole).toBool());
        // Again, and the conflict reads as a sentence.
        const auto again = test::waitFor<Booking>([&](auto done) { m_session->book(later, done); });
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyBooked);
        QVERIFY(!again.error().message.isEmpty());
    }

    void notificationsArriveLiveAndAreMarkedRead() {
        startSession();
        QVERIFY(registerUser(QStringLiteral("Nina")));
        const qint64 userId = m_session->api().user().id;
        QTRY_VERIFY(m_session->live().authenticated());
        auto &inbox = m_session->notifications();
        QSignalSpy unread(&inbox, &client::NotificationListModel::unreadChanged);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/notifications")),
                                 {{"userId"_k, userId}, {"title"_k, QStringLiteral("Doors at 7")},
                                  {"body"_k, QStringLiteral("Bring your ticket")}},
                                 m_env.admin.token)
                     .status,
                 201);
        QTRY_COMPARE(inbox.unread(), 1);
        QCOMPARE(inbox.rowCount(), 1);
        QTRY_COMPARE(inbox.index(0, 0).data(client::NotificationListModel::BodyRole).toString(),
                     QStringLiteral("Bring your ticket"));
        m_session->markRead(inbox.index(0, 0).data(client::NotificationListModel::IdRole).toLongLong());
        QCOMPARE(inbox.unread(), 0);
        // The server agrees.
        QTRY_COMPARE(m_env.fx->scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = %1 AND NOT is_read")
                                      .arg(userId))
                         .toInt(),
                     0);
    }

    void rememberedSessionIsRestoredAtTheNextStart() {
        // No keychain in this test (CTest points D-Bus nowhere): the store keeps the token in
        // memory, which is enough to hand it from one session to the next inside one process.
        client::CredentialStore store(QStringLiteral("EventBook-test"));
        {
            ClientSession first(m_env.server->url(QString()), &store);
            first.start();
            const auto r = test::waitFor<User>([&](auto done) {
                first.registerAccount(QStringLiteral("mo@example.test"), QStringLiteral("Maple-Syrup-77!"),
                                      QStringLiteral("Mo"), true, done);
            });
            QVERIFY2(r, why(r).constData());
        }
        ClientSession second(m_env.server->url(QString()), &store);
        QSignalSpy changed(&second, &ClientSession::userChanged);
        second.start();
        QTRY_COMPARE(second.api().user().name, QStringLiteral("Mo"));
        QVERIFY(second.signedIn());
        QCOMPARE(second.api().user().email, QStringLiteral("mo@example.test"));
        // Signing out forgets it: a third start is signed out.
        second.signOut();
        ClientSession third(m_env.server->url(QString()), &store);
        third.start();
        QTRY_COMPARE(third.live().state(), client::LiveClient::State::Live);
        QVERIFY(!third.signedIn());
    }

    void refetchesWhenTheLiveConnectionComesBack() {
        const qint64 event = m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Before")}});
        startSession();
        QTRY_COMPARE(m_session->events().rowCount(), 1);
        QTRY_COMPARE(m_session->live().state(), client::LiveClient::State::Live);
        // A change no message announces (made behind the server's back), then a restart: the
        // app cannot know what it missed, so it refetches.
        QCOMPARE(m_env.fx->scalar(QStringLiteral("UPDATE events SET title = 'After' WHERE id = %1").arg(event)).toInt(), 1);
        QVERIFY2(m_env.server->restart(), qPrintable(m_env.server->error()));
        QTRY_COMPARE(m_session->events().index(0, 0).data().toString(), QStringLiteral("After"));
    }
};

QTEST_GUILESS_MAIN(TestClientModels)
#include "tst_client_models.moc"
