// The desktop app's real widgets, offscreen, against the real server (in-process, port 0),
// driven with QTest key and mouse events: register, browse, search, book — and a second window
// of the app sees the seat count drop through /ws — cancel, and My bookings is empty again.
#include "app_window.h"
#include "fixtures.h"
#include "server_fixture.h"
#include "state/client_session.h"
#include "test_server.h"
#include "ui/app_settings.h"
#include "ui/bookings_page.h"
#include "ui/browse_page.h"
#include "ui/event_detail_panel.h"
#include "ui/main_window.h"
#include "ui/sign_in_dialog.h"

#include <QApplication>
#include <QStandardPaths>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace eventbook;
using client::EventListModel;
using test::operator""_k;
using test::AppWindow;
using ui::MainWindow;

namespace {
void clickCard(ui::BrowsePage *browse, int row) {
    QListView *cards = browse->cards();
    const QRect r = cards->visualRect(cards->model()->index(row, 0));
    QTest::mouseClick(cards->viewport(), Qt::LeftButton, {}, r.center());
}
} // namespace

class TestGuiBooking : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_env;

private Q_SLOTS:
    void initTestCase() {
        // The app's settings go to a throwaway place, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("EventBookTest"));
    }
    void init() {
        const QString problem = m_env.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup() {
        m_env.stop();
    }

    void signInDialogChecksFieldsAsTheyAreTyped() {
        AppWindow app(m_env.server->url(QString()));
        ui::SignInDialog dialog(*app.session, app.window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setMode(ui::SignInDialog::Mode::Register);
        QTest::keyClicks(dialog.emailField(), QStringLiteral("ada@"));
        const auto visibleErrors = [&dialog] {
            QStringList out;
            for (QLabel *l : dialog.findChildren<QLabel *>())
                if (l->isVisible() && l->styleSheet().contains(QStringLiteral("#dc2626")) && !l->text().isEmpty())
                    out << l->text();
            return out;
        };
        QCOMPARE(visibleErrors().size(), 1); // only the field being typed in complains
        QTest::keyClicks(dialog.emailField(), QStringLiteral("example.test"));
        QCOMPARE(visibleErrors().size(), 0);
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("password"));
        QCOMPARE(visibleErrors().size(), 1); // the server's password rules, before sending
        // Submitting with a missing name shows every problem and sends nothing.
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QVERIFY(visibleErrors().size() >= 2);
        QVERIFY(!app.session->signedIn());
        // The repeated password must match, said by its field.
        dialog.passwordField()->clear();
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("Harbour-Lights-42!"));
        QTest::keyClicks(dialog.repeatField(), QStringLiteral("Harbour-Lights-41!"));
        QCOMPARE(dialog.fieldProblem(dialog.repeatField()), QStringLiteral("The two passwords are not the same."));
        QCOMPARE(dialog.repeatField()->accessibleDescription(), dialog.fieldProblem(dialog.repeatField()));
        QTest::keyClick(dialog.repeatField(), Qt::Key_Backspace);
        QTest::keyClick(dialog.repeatField(), Qt::Key_Backspace);
        QTest::keyClicks(dialog.repeatField(), QStringLiteral("2!"));
        QTRY_COMPARE(dialog.fieldProblem(dialog.repeatField()), QString());
        // A refusal from the server is shown in its words, by the field it is about.
        dialog.setMode(ui::SignInDialog::Mode::SignIn);
        QVERIFY(!dialog.repeatField()->isVisible());
        dialog.passwordField()->clear();
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("Wrong-Pass-123!"));
        QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
        QTRY_COMPARE(dialog.fieldProblem(dialog.passwordField()), QStringLiteral("Invalid email or password"));
        QCOMPARE(dialog.problem(), QString());
        QVERIFY(dialog.passwordField()->hasFocus());
        QVERIFY(dialog.isVisible());
        // A taken email: said under the email field, not at the bottom.
        test::HttpClient http;
        QCOMPARE(http.postJson(m_env.server->url(QStringLiteral("/api/auth/register")),
                               {{"email"_k, QStringLiteral("taken@example.test")},
                                {"password"_k, QStringLiteral("Harbour-Lights-42!")},
                                {"name"_k, QStringLiteral("First")}})
                     .status,
                 201);
        dialog.setMode(ui::SignInDialog::Mode::Register);
        for (QLineEdit *f : {dialog.emailField(), dialog.passwordField(), dialog.repeatField(), dialog.nameField()})
            f->clear();
        QTest::keyClicks(dialog.emailField(), QStringLiteral("taken@example.test"));
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("Harbour-Lights-42!"));
        QTest::keyClicks(dialog.repeatField(), QStringLiteral("Harbour-Lights-42!"));
        QTest::keyClicks(dialog.nameField(), QStringLiteral("Second"));
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.fieldProblem(dialog.emailField()).isEmpty());
        QCOMPARE(dialog.problem(), QString());
        QVERIFY(dialog.emailField()->hasFocus());
    }

    void registerBrowseSearchBookSeeItLiveCancel() {
        const qint64 jazz = m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Jazz on the Roof")}, {"totalSlots"_k, 12}});
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Pottery class %1").arg(i)}}));
        AppWindow mine(m_env.server->url(QString()));
        AppWindow other(m_env.server->url(QString())); // a second window, signed out, just watching
        QVERIFY(QTest::qWaitForWindowExposed(mine.window.get()));
        QTRY_COMPARE(mine.session->events().rowCount(), 4);
        QTRY_COMPARE(other.session->events().rowCount(), 4);
        QTRY_COMPARE(other.session->live().state(), client::LiveClient::State::Live);

        // Register through the dialog.
        ui::SignInDialog dialog(*mine.session, mine.window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setMode(ui::SignInDialog::Mode::Register);
        QTest::keyClicks(dialog.emailField(), QStringLiteral("grace@example.test"));
        QTest::keyClick(dialog.emailField(), Qt::Key_Tab);
        QVERIFY(dialog.passwordField()->hasFocus()); // tab order follows the form
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("Harbour-Lights-42!"));
        QTest::keyClick(dialog.passwordField(), Qt::Key_Tab);
        QVERIFY(dialog.repeatField()->hasFocus());
        QTest::keyClicks(dialog.repeatField(), QStringLiteral("Harbour-Lights-42!"));
        QTest::keyClick(dialog.repeatField(), Qt::Key_Tab);
        QTest::keyClicks(dialog.nameField(), QStringLiteral("Grace"));
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QTRY_VERIFY(mine.session->signedIn());
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(mine.session->api().user().name, QStringLiteral("Grace"));

        // Search (debounced) from the keyboard: Ctrl+F, type, one card left.
        ui::BrowsePage *browse = mine.browse();
        QApplication::setActiveWindow(mine.window.get());
        QVERIFY(QTest::qWaitForWindowActive(mine.window.get()));
        QTest::keyClick(mine.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(browse->searchBox()->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("jazz"));
        QTRY_COMPARE(mine.session->events().rowCount(), 1);
        QCOMPARE(mine.session->query().search, QStringLiteral("jazz"));
        clickCard(browse, 0);
        QTRY_COMPARE(browse->detail()->eventId(), jazz);

        // Book: the button says so, the seat count drops here and in the other window.
        QPushButton *action = browse->detail()->actionButton();
        QTRY_VERIFY(action->isEnabled());
        const QString bookLabel = action->text();
        QTest::mouseClick(action, Qt::LeftButton);
        QTRY_VERIFY(mine.session->events().isBooked(jazz));
        QTRY_COMPARE(mine.seatsShown(jazz), 11);
        QTRY_COMPARE(other.seatsShown(jazz), 11);
        QTRY_VERIFY(action->text() != bookLabel);
        QVERIFY(!browse->detail()->statusText().isEmpty());
        other.browse()->selectEvent(jazz);
        QTRY_COMPARE(other.browse()->detail()->eventId(), jazz);
        const auto seatText = [&other] {
            for (QLabel *l : other.browse()->detail()->findChildren<QLabel *>())
                if (l->text().contains(QStringLiteral("11")))
                    return true;
            return false;
        };
        QVERIFY(seatText());

        // It is in My bookings.
        mine.window->sidebar()->setFocus();
        QTest::keyClick(mine.window->sidebar(), Qt::Key_Down); // keyboard to the next page
        QTRY_COMPARE(mine.window->sidebar()->currentRow(), int(MainWindow::Bookings));
        QVERIFY(mine.window->bookings()->isVisible());
        QTRY_COMPARE(mine.window->bookings()->upcomingView()->model()->rowCount(), 1);

        // Cancel from the detail pane: seats come back everywhere, My bookings is empty.
        mine.window->showPage(MainWindow::Browse);
        QTRY_VERIFY(action->isEnabled());
        // Asked first, as My bookings asks; "keep" keeps it.
        QTest::mouseClick(action, Qt::LeftButton);
        QVERIFY(test::answerConfirmation(mine.window.get(), false).contains(QStringLiteral("Cancel your booking")));
        QVERIFY(mine.session->events().isBooked(jazz));
        QTest::mouseClick(action, Qt::LeftButton);
        QVERIFY(!test::answerConfirmation(mine.window.get()).isEmpty());
        QTRY_VERIFY(!mine.session->events().isBooked(jazz));
        QTRY_COMPARE(mine.seatsShown(jazz), 12);
        QTRY_COMPARE(other.seatsShown(jazz), 12);
        QTRY_COMPARE(mine.window->bookings()->upcomingView()->model()->rowCount(), 0);
        QTRY_COMPARE(action->text(), bookLabel);
    }

    void fullAndPastEventsCannotBeBooked() {
        const qint64 full = m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Tiny room")}, {"totalSlots"_k, 1}});
        const test::Account taker = m_env.fx->account(QStringLiteral("Taker"));
        test::HttpClient http;
        QCOMPARE(http.postJson(m_env.server->url(QStringLiteral("/api/events/%1/book").arg(full)), {}, taker.token).status, 201);
        const qint64 past = m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Yesterday's talk")}});
        // Written behind the API's back: the API refuses to create events in the past.
        QCOMPARE(m_env.fx->scalar(QStringLiteral("UPDATE events SET starts_at = %1 WHERE id = %2")
                                  .arg(QDateTime::currentDateTimeUtc().addDays(-1).toMSecsSinceEpoch())
                                  .arg(past))
                     .toInt(),
                 1);
        AppWindow app(m_env.server->url(QString()));
        QTRY_COMPARE(app.session->events().rowCount(), 1); // upcoming only by default
        const auto registered = [&] {
            bool done = false;
            app.session->registerAccount(QStringLiteral("lin@example.test"), QStringLiteral("Quiet-Forest-9!"),
                                         QStringLiteral("Lin"), false, {app.session.get(), [&](const Result<User> &) { done = true; }});
            return QTest::qWaitFor([&] { return done; }, 30'000);
        }();
        QVERIFY(registered && app.session->signedIn());
        app.browse()->selectEvent(full);
        QTRY_COMPARE(app.browse()->detail()->eventId(), full);
        // Sold out: what is left to do is to wait for a seat (tst_gui_waitlist goes on from here).
        QTRY_COMPARE(app.browse()->detail()->actionButton()->text(), QStringLiteral("Join the waiting list"));
        QVERIFY(app.browse()->detail()->actionButton()->isEnabled());
        app.browse()->pastToggle()->click();
        QTRY_COMPARE(app.session->events().rowCount(), 2);
        QTRY_VERIFY(app.browse()->selectEvent(past));
        QTRY_COMPARE(app.browse()->detail()->eventId(), past);
        QVERIFY(!app.browse()->detail()->actionButton()->isEnabled()); // it has ended
    }
};

QTEST_MAIN(TestGuiBooking)
#include "tst_gui_booking.moc"
