// The waiting list in the desktop app, offscreen, against the real server: a signed-in user joins
// a full event from its detail, sees their place in My bookings, and when the holder cancels from
// another client the app shows the seat as theirs — booked, off the list, told — without a click.
// An organiser sees the queue beside the attendees.
#include "app_window.h"
#include "fixtures.h"
#include "server_fixture.h"
#include "state/client_session.h"
#include "test_server.h"
#include "ui/admin/attendees_page.h"
#include "ui/admin/queue_panel.h"
#include "ui/bookings_page.h"
#include "ui/browse_page.h"
#include "ui/event_detail_panel.h"
#include "ui/main_window.h"
#include "ui/waitlist_tab.h"

#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace eventbook;
using test::operator""_k;
using test::AppWindow;

class TestGuiWaitlist : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_env;

    bool signIn(AppWindow &app, const QString &email) {
        bool done = false;
        app.session->registerAccount(email, QStringLiteral("Quiet-Forest-9!"), QStringLiteral("Wren Waiting"), false,
                                     {app.session.get(), [&](const Result<User> &) { done = true; }});
        return QTest::qWaitFor([&] { return done; }, 30'000) && app.session->signedIn();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("EventBookTest"));
    }
    void init() {
        const QString problem = m_env.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup() { m_env.stop(); }

    void joinAFullEventAndGetTheSeatWhenItIsFreed() {
        const qint64 full =
            m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Tiny room")}, {"totalSlots"_k, 1}});
        const test::Account holder = m_env.fx->account(QStringLiteral("Holder"));
        test::HttpClient http;
        const QUrl book = m_env.url(QStringLiteral("/api/events/%1/book").arg(full));
        QCOMPARE(http.postJson(book, {}, holder.token).status, 201);

        AppWindow app(m_env.url());
        QTRY_COMPARE(app.session->events().rowCount(), 1);
        QVERIFY(signIn(app, QStringLiteral("wren@example.test")));
        app.browse()->selectEvent(full);
        ui::EventDetailPanel *detail = app.browse()->detail();
        QTRY_COMPARE(detail->eventId(), full);
        QPushButton *action = detail->actionButton();
        QTRY_COMPARE(action->text(), QStringLiteral("Join the waiting list"));
        QTest::mouseClick(action, Qt::LeftButton);
        QTRY_COMPARE(app.session->waitingPosition(full), 1);
        QTRY_COMPARE(action->text(), QStringLiteral("Leave the waiting list"));
        QVERIFY(detail->statusText().contains(QStringLiteral("number 1")));
        // My bookings has the place.
        ui::WaitlistTab *tab = app.window->bookings()->waitingTab();
        QTRY_COMPARE(tab->view()->topLevelItemCount(), 1);
        QCOMPARE(tab->view()->topLevelItem(0)->text(1), QStringLiteral("Tiny room"));
        QCOMPARE(tab->view()->topLevelItem(0)->text(0), QStringLiteral("No. 1"));
        QVERIFY(app.window->bookings()->tabs()->tabText(2).contains(QStringLiteral("(1)")));

        // The holder cancels elsewhere: nobody touches this app.
        QCOMPARE(http.del(book, holder.token).status, 200);
        QTRY_VERIFY(app.session->events().isBooked(full));
        QTRY_COMPARE(app.session->waitingPosition(full), 0);
        QTRY_COMPARE(tab->view()->topLevelItemCount(), 0);
        QTRY_COMPARE(app.window->bookings()->upcomingView()->model()->rowCount(), 1);
        QTRY_COMPARE(action->text(), QStringLiteral("Cancel my booking"));
        QTRY_VERIFY(detail->statusText().contains(QStringLiteral("it is yours")));
        QVERIFY(tab->message()->text().contains(QStringLiteral("Tiny room")));
        QTRY_VERIFY(app.session->notifications().rowCount() >= 1);
    }

    void theOrganiserSeesTheQueueBesideTheAttendees() {
        const qint64 full =
            m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Small hall")}, {"totalSlots"_k, 1}});
        test::HttpClient http;
        const test::Account holder = m_env.fx->account(QStringLiteral("Holder"));
        QCOMPARE(http.postJson(m_env.url(QStringLiteral("/api/events/%1/book").arg(full)), {}, holder.token).status, 201);
        const test::Account first = m_env.fx->account(QStringLiteral("First In Line"));
        QCOMPARE(http.postJson(m_env.url(QStringLiteral("/api/events/%1/waitlist").arg(full)), {}, first.token).status,
                 201);
        // An admin who signs in with a password, as a person would.
        const QString email = QStringLiteral("olive@example.test");
        const test::Reply made = http.postJson(m_env.url(QStringLiteral("/api/auth/register")),
                                               {{"email"_k, email},
                                                {"password"_k, QStringLiteral("Quiet-Forest-9!")},
                                                {"name"_k, QStringLiteral("Olive Admin")}});
        QCOMPARE(made.status, 201);
        const qint64 adminId = made.data().value("user"_k).toObject().value("id"_k).toInteger();
        QCOMPARE(http.postJson(m_env.url(QStringLiteral("/api/admin/users/%1/promote").arg(adminId)), {},
                               m_env.admin.token)
                     .status,
                 200);
        AppWindow app(m_env.url());
        QVERIFY(app.signIn(email, QStringLiteral("Quiet-Forest-9!")));
        app.window->showPage(ui::MainWindow::Attendees);
        ui::AttendeesPage *people = app.window->attendees();
        QTRY_VERIFY(people->showEventAttendees(full));
        QTreeWidget *queue = people->queue()->view();
        QVERIFY(people->queue()->isVisible());
        QTRY_COMPARE(queue->topLevelItemCount(), 1);
        QCOMPARE(queue->topLevelItem(0)->text(1), QStringLiteral("First In Line"));
        // Someone joins elsewhere: the queue follows.
        const test::Account second = m_env.fx->account(QStringLiteral("Second In Line"));
        QCOMPARE(http.postJson(m_env.url(QStringLiteral("/api/events/%1/waitlist").arg(full)), {}, second.token).status,
                 201);
        QTRY_COMPARE(queue->topLevelItemCount(), 2);
        QCOMPARE(queue->topLevelItem(1)->text(0), QStringLiteral("2"));
        QVERIFY(people->queue()->title()->text().contains(QStringLiteral("2")));
    }
};

QTEST_MAIN(TestGuiWaitlist)
#include "tst_gui_waitlist.moc"
