// The admin console's real widgets, offscreen, against the real server (in-process, port 0):
// an event made in the editor reaches a signed-in attendee's window live; booking it there
// moves the dashboard and the attendee table without a refresh; the CSV export lands in a file
// that parses; a user is promoted and demoted; the audit log filters. Models are checked by
// QAbstractItemModelTester throughout.
#include "app_window.h"
#include "async_result.h"
#include "fixtures.h"
#include "server_fixture.h"
#include "state/client_session.h"
#include "test_server.h"
#include "ui/admin/admin_events_page.h"
#include "ui/admin/attendees_page.h"
#include "ui/admin/audit_page.h"
#include "state/admin_session.h"
#include "ui/admin/dashboard_page.h"
#include "ui/admin/event_editor_dialog.h"
#include "ui/admin/users_page.h"
#include "ui/app_settings.h"
#include "ui/browse_page.h"
#include "ui/event_detail_panel.h"
#include "ui/main_window.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace eventbook;
using test::operator""_k;
using test::why;
using test::AppWindow;
using ui::MainWindow;

namespace {
bool registerUser(const QUrl &server, const QString &email, const QString &password, const QString &name) {
    test::HttpClient http;
    QUrl url = server;
    url.setPath(QStringLiteral("/api/auth/register"));
    return http.postJson(url, {{"email"_k, email}, {"password"_k, password}, {"name"_k, name}}).status == 201;
}
} // namespace

class TestGuiAdmin : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_env;
    test::HttpClient m_http;
    const QString m_password = QStringLiteral("Lantern-Harbour-88!");

    QUrl base() const { return m_env.server->url(QString()); }
    // An admin who can sign in with a password.
    bool makeAdmin(const QString &email) {
        if (!registerUser(base(), email, m_password, QStringLiteral("Alex Admin")))
            return false;
        const qint64 id = m_env.fx->scalar(QStringLiteral("SELECT id FROM users WHERE email = '%1'").arg(email)).toLongLong();
        return m_http.postJson(m_env.server->url(QStringLiteral("/api/admin/users/%1/promote").arg(id)), {}, m_env.admin.token)
                   .status == 200;
    }
    void checkModels(MainWindow &w) {
        for (QAbstractItemModel *m :
             {static_cast<QAbstractItemModel *>(&w.adminEvents()->model()),
              static_cast<QAbstractItemModel *>(&w.attendees()->model()),
              static_cast<QAbstractItemModel *>(&w.users()->model()),
              static_cast<QAbstractItemModel *>(&w.auditLog()->model())})
            new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, m);
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
    void cleanup() {
        m_env.stop();
    }

    void adminPagesAreForAdminsOnly() {
        QVERIFY(registerUser(base(), QStringLiteral("ann@example.test"), m_password, QStringLiteral("Ann")));
        AppWindow app(base());
        for (int p = MainWindow::kFirstAdminPage; p < MainWindow::PageCount; ++p)
            QVERIFY(app.window->sidebar()->isRowHidden(p));
        QVERIFY(app.signIn(QStringLiteral("ann@example.test"), m_password));
        QTRY_VERIFY(!app.window->pageAvailable(MainWindow::Dashboard));
        QVERIFY(app.window->sidebar()->isRowHidden(MainWindow::Dashboard));
        QVERIFY(makeAdmin(QStringLiteral("alex@example.test")));
        AppWindow admin(base());
        QVERIFY(admin.signIn(QStringLiteral("alex@example.test"), m_password));
        QTRY_VERIFY(!admin.window->sidebar()->isRowHidden(MainWindow::Dashboard));
        // The server enforces it too: an attendee's token gets 403 on the admin routes.
        const auto refused = test::waitFor<client::UserPage>(
            [&](auto done) { client::AdminApi(app.session->api()).users(1, 10, QString(), done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    }

    void editorMakesAnEventThatReachesAttendeesLive() {
        QVERIFY(makeAdmin(QStringLiteral("alex@example.test")));
        QVERIFY(registerUser(base(), QStringLiteral("bea@example.test"), m_password, QStringLiteral("Bea")));
        AppWindow admin(base());
        checkModels(*admin.window);
        QVERIFY(admin.signIn(QStringLiteral("alex@example.test"), m_password));
        AppWindow attendee(base());
        QVERIFY(attendee.signIn(QStringLiteral("bea@example.test"), m_password));
        QTRY_VERIFY(attendee.session->live().authenticated());
        admin.window->showPage(MainWindow::AdminEvents);
        ui::AdminEventsPage *events = admin.window->adminEvents();
        QSignalSpy loaded(events, &ui::AdminEventsPage::loaded);
        QTRY_VERIFY(loaded.count() >= 1);
        QCOMPARE(events->model().rowCount(), 0);

        // The editor checks as it goes: an empty title and too few seats are caught before sending.
        ui::EventEditorDialog editor(*admin.session, admin.window->images(), Event{}, admin.window.get());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QVERIFY(!editor.fieldProblem(QStringLiteral("title")).isEmpty());
        QVERIFY(!editor.fieldProblem(QStringLiteral("location")).isEmpty());
        QTest::keyClicks(editor.titleField(), QStringLiteral("Harbour Lights Concert"));
        QTest::keyClicks(editor.locationField(), QStringLiteral("Kiel, Pier 3"));
        QTest::keyClicks(editor.descriptionField(), QStringLiteral("Brass band at dusk."));
        editor.seatsField()->setValue(3);
        QTest::keyClicks(editor.tagsField(), QStringLiteral("music, outdoor"));
        QTest::keyClicks(editor.imageUrlField(), QStringLiteral("ftp://example.org/x.png"));
        QTRY_VERIFY(!editor.fieldProblem(QStringLiteral("image")).isEmpty()); // the server's image rule
        QTest::keyClick(editor.imageUrlField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(editor.imageUrlField(), Qt::Key_Backspace);
        QTRY_VERIFY(editor.fieldProblem(QStringLiteral("image")).isEmpty());
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(editor.result(), int(QDialog::Accepted));
        const qint64 id = editor.saved().id;
        QVERIFY(id > 0);
        QCOMPARE(editor.saved().tags, QStringList({QStringLiteral("music"), QStringLiteral("outdoor")}));

        // It reaches the attendee's Browse without a refresh, and the admin's table.
        QTRY_VERIFY(attendee.session->events().rowOf(id) >= 0);
        QTRY_VERIFY(events->model().rowOf(id) >= 0);

        // Editing it: the total cannot go below what is booked — said before the server says it.
        const auto booked = test::waitFor<Booking>([&](auto done) { attendee.session->book(id, done); });
        QVERIFY2(booked, why(booked).constData());
        const test::Account other = m_env.fx->account(QStringLiteral("Other"));
        QCOMPARE(m_http.postJson(m_env.server->url(QStringLiteral("/api/events/%1/book").arg(id)), {}, other.token).status,
                 201);
        QTRY_COMPARE(events->model().rowAt(events->model().rowOf(id))->availableSlots, 1); // live in the table
        ui::EventEditorDialog edit(*admin.session, admin.window->images(),
                                   *events->model().rowAt(events->model().rowOf(id)), admin.window.get());
        edit.show();
        edit.seatsField()->setValue(1);
        QVERIFY(edit.fieldProblem(QStringLiteral("totalSlots")).contains(QStringLiteral("2")));
        edit.seatsField()->setValue(2);
        QVERIFY(edit.fieldProblem(QStringLiteral("totalSlots")).isEmpty());
        edit.reject();
    }

    void bookingMovesDashboardAndAttendeesAndExports() {
        QVERIFY(makeAdmin(QStringLiteral("alex@example.test")));
        QVERIFY(registerUser(base(), QStringLiteral("cy@example.test"), m_password, QString::fromUtf8("Cy \"Quote\", Jr.")));
        const qint64 id = m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Night Market")}, {"totalSlots"_k, 10}});
        AppWindow admin(base());
        checkModels(*admin.window);
        QVERIFY(admin.signIn(QStringLiteral("alex@example.test"), m_password));
        AppWindow attendee(base());
        QVERIFY(attendee.signIn(QStringLiteral("cy@example.test"), m_password));

        admin.window->showPage(MainWindow::Dashboard);
        ui::DashboardPage *dash = admin.window->dashboard();
        QTRY_COMPARE(dash->card(QStringLiteral("totalBookings")), QStringLiteral("0"));
        const QDateTime firstAnswer = dash->updatedAt();
        QVERIFY(firstAnswer.isValid());
        admin.window->showPage(MainWindow::AdminEvents); // loads the events the attendee page lists
        admin.window->showPage(MainWindow::Attendees);
        ui::AttendeesPage *people = admin.window->attendees();
        QTRY_VERIFY(people->showEventAttendees(id));
        QTRY_COMPARE(people->eventId(), id);
        QCOMPARE(people->model().rowCount(), 0);

        // The attendee books in their window: both admin pages follow without a refresh.
        QTRY_VERIFY(attendee.browse()->selectEvent(id));
        QTRY_VERIFY(attendee.browse()->detail()->actionButton()->isEnabled());
        QTest::mouseClick(attendee.browse()->detail()->actionButton(), Qt::LeftButton);
        QTRY_COMPARE(people->model().rowCount(), 1);
        QCOMPARE(people->model().rowAt(0)->user->email, QStringLiteral("cy@example.test"));
        QTRY_COMPARE(dash->card(QStringLiteral("totalBookings")), QStringLiteral("1"));
        QTRY_COMPARE(dash->daily().last().bookings, 1);
        QCOMPARE(dash->daily().size(), client::AdminSession::kDashboardDays);
        QCOMPARE(dash->card(QStringLiteral("occupancyRate")), QStringLiteral("10.0 %"));
        // The "Updated" line moves with the live refresh (to the second), not only on a reload.
        QVERIFY(dash->updatedAt() > firstAnswer);
        QCOMPARE(dash->updatedText(),
                 QStringLiteral("Updated %1").arg(QLocale().toString(dash->updatedAt().time(), QLocale::LongFormat)));

        // The save dialog starts in a folder that exists, never the working directory.
        const QFileInfo suggested(people->suggestedExportPath(false));
        QVERIFY2(suggested.absoluteDir().exists(), qPrintable(suggested.filePath()));
        QVERIFY(suggested.absolutePath() != QDir::currentPath());
        QCOMPARE(suggested.fileName(), QStringLiteral("bookings-event-%1.csv").arg(id));
        // CSV export to a file, read back by a real CSV parser (Python's csv module).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("night-market.csv"));
        QSignalSpy exported(people, &ui::AttendeesPage::exportFinished);
        people->exportTo(path, false);
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import csv,sys,json; print(json.dumps(list(csv.reader(open(sys.argv[1], "
                                     "newline='', encoding='utf-8')))))"),
                      path});
        QVERIFY(python.waitForFinished(30'000));
        const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QCOMPARE(rows.size(), 2); // header + one booking
        const QStringList header = [&] {
            QStringList h;
            for (const QJsonValue &v : rows.first().toArray())
                h << v.toString();
            return h;
        }();
        const QJsonArray row = rows.at(1).toArray();
        QVERIFY2(header.size() == row.size(), qPrintable(header.join(QLatin1Char(','))));
        bool sawName = false;
        for (const QJsonValue &cell : row)
            sawName = sawName || cell.toString() == QString::fromUtf8("Cy \"Quote\", Jr.");
        QVERIFY(sawName);
        // A place that cannot be written is refused in words and leaves nothing behind.
        exported.clear();
        people->exportTo(dir.filePath(QStringLiteral("missing-dir/out.csv")), false);
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY(!exported.first().at(0).toBool());
        QVERIFY(!exported.first().at(1).toString().isEmpty());

        // Cancelling updates the row's status live.
        QTest::mouseClick(attendee.browse()->detail()->actionButton(), Qt::LeftButton);
        QVERIFY(!test::answerConfirmation(attendee.window.get()).isEmpty());
        QTRY_COMPARE(people->model().rowAt(0)->status, BookingStatus::Cancelled);
        QTRY_COMPARE(dash->card(QStringLiteral("totalBookings")), QStringLiteral("0"));
    }

    void promoteDemoteAndTheLastAdminRule() {
        QVERIFY(makeAdmin(QStringLiteral("alex@example.test")));
        QVERIFY(registerUser(base(), QStringLiteral("dana@example.test"), m_password, QStringLiteral("Dana")));
        AppWindow admin(base());
        checkModels(*admin.window);
        QVERIFY(admin.signIn(QStringLiteral("alex@example.test"), m_password));
        admin.window->showPage(MainWindow::Users);
        ui::UsersPage *users = admin.window->users();
        QTRY_VERIFY(users->model().rowCount() >= 3);
        QTest::keyClicks(users->searchBox(), QStringLiteral("dana"));
        QTRY_COMPARE(users->model().rowCount(), 1);
        const qint64 dana = users->model().rowAt(0)->id;
        QVERIFY(users->selectUser(dana));
        QSignalSpy done(users, &ui::UsersPage::actionFinished);
        QVERIFY(users->roleButton()->isEnabled());
        QVERIFY(users->roleAction(Role::Attendee)->isChecked());
        users->roleAction(Role::Admin)->trigger();
        QVERIFY(test::answerConfirmation(admin.window.get()).contains(QStringLiteral("admin")));
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(done.first().at(0).toBool());
        QVERIFY(users->model().rowAt(0)->isAdmin);
        QCOMPARE(m_env.fx->scalar(QStringLiteral("SELECT is_admin FROM users WHERE id = %1").arg(dana)).toInt(), 1);
        QTRY_VERIFY(users->roleAction(Role::Admin)->isChecked());
        users->roleAction(Role::Attendee)->trigger();
        QVERIFY(test::answerConfirmation(admin.window.get()).contains(QStringLiteral("Remove admin rights")));
        QTRY_COMPARE(done.count(), 2);
        QVERIFY(done.last().at(0).toBool());
        QCOMPARE(m_env.fx->scalar(QStringLiteral("SELECT is_admin FROM users WHERE id = %1").arg(dana)).toInt(), 0);

        // The last admin cannot step down: the server's rule, shown as a sentence.
        QVERIFY(m_http.postJson(m_env.server->url(QStringLiteral("/api/admin/users/%1/demote").arg(m_env.admin.id)), {},
                                m_env.admin.token)
                    .status == 200);
        users->searchBox()->clear();
        QTest::keyClicks(users->searchBox(), QStringLiteral("alex"));
        QTRY_VERIFY(users->model().rowCount() == 1 &&
                    users->model().rowAt(0)->email == QStringLiteral("alex@example.test"));
        QVERIFY(users->selectUser(users->model().rowAt(0)->id));
        users->roleAction(Role::Attendee)->trigger();
        QVERIFY(!test::answerConfirmation(admin.window.get()).isEmpty());
        QTRY_COMPARE(done.count(), 3);
        QVERIFY(!done.last().at(0).toBool());
        QVERIFY2(!users->message().isEmpty(), "no message for the refused demotion");

        // Notify one user: it arrives in their inbox.
        users->notify(dana, QStringLiteral("Welcome aboard"), QStringLiteral("Glad you are here."), QStringLiteral("info"));
        QTRY_COMPARE(done.count(), 4);
        QVERIFY(done.last().at(0).toBool());
        QCOMPARE(m_env.fx->scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = %1").arg(dana)).toInt(), 1);
    }

    void auditLogFilters() {
        QVERIFY(makeAdmin(QStringLiteral("alex@example.test")));
        const qint64 id = m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Audit me")}});
        QCOMPARE(m_http.sendJson("PATCH", m_env.server->url(QStringLiteral("/api/events/%1").arg(id)),
                                 {{"title"_k, QStringLiteral("Audited")}}, m_env.admin.token)
                     .status,
                 200);
        AppWindow admin(base());
        checkModels(*admin.window);
        QVERIFY(admin.signIn(QStringLiteral("alex@example.test"), m_password));
        admin.window->showPage(MainWindow::AuditLog);
        ui::AuditPage *audit = admin.window->auditLog();
        QTRY_VERIFY(audit->total() >= 4); // registrations, promotion, create, update
        const int all = audit->total();
        audit->actionFilter()->setCurrentIndex(audit->actionFilter()->findData(QStringLiteral("EVENT_UPDATE")));
        QSignalSpy loaded(audit, &ui::AuditPage::logLoaded);
        QTest::mouseClick(audit->applyButton(), Qt::LeftButton);
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(audit->total(), 1);
        QCOMPARE(audit->model().rowAt(0)->action, QStringLiteral("EVENT_UPDATE"));
        // Read as words, not codes (issue 17, app 9): the action, the actor's name, what changed.
        const QString adminName =
            m_env.fx->scalar(QStringLiteral("SELECT name FROM users WHERE id = %1").arg(m_env.admin.id)).toString();
        QVERIFY(!adminName.isEmpty());
        const QAbstractItemModel *shown = audit->table()->model();
        QCOMPARE(shown->index(0, 1).data().toString(), QStringLiteral("Event changed"));
        QCOMPARE(shown->index(0, 2).data().toString(), adminName);
        QCOMPARE(shown->index(0, 3).data().toString(), QStringLiteral("Event %1").arg(id));
        audit->table()->selectRow(0);
        QTRY_VERIFY(!audit->details().isEmpty());
        QVERIFY2(audit->details().contains(adminName + QStringLiteral(": Event changed")), qPrintable(audit->details()));
        QVERIFY2(audit->details().contains(QStringLiteral("Changed: title")), qPrintable(audit->details()));
        QVERIFY(!audit->details().contains(QLatin1Char('{')));
        // Actor filter: the fixtures' admin made both event entries; Alex none.
        audit->actionFilter()->setCurrentIndex(0);
        audit->targetFilter()->setCurrentIndex(audit->targetFilter()->findData(QStringLiteral("event")));
        QTest::keyClicks(audit->actorFilter(), QString::number(m_env.admin.id));
        QTest::mouseClick(audit->applyButton(), Qt::LeftButton);
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(audit->total(), 2);
        QVERIFY(audit->total() < all);
    }
};

QTEST_MAIN(TestGuiAdmin)
#include "tst_gui_admin.moc"
