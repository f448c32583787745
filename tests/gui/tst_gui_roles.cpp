// The app's navigation per role (issue 18): an attendee sees no console page, door staff the
// attendees of their events, an organiser their events, dashboard and attendees, an admin all.
// A role or scope given or taken while the app is signed in changes its sidebar without a
// restart; the password meter agrees with the server's zxcvbn check.
#include "app_window.h"
#include "ui/admin/admin_events_page.h"
#include "ui/admin/attendees_page.h"
#include "ui/admin/users_page.h"
#include "ui/password_meter.h"
#include "ui/privacy_box.h"
#include "ui/profile_page.h"
#include "ui/sign_in_dialog.h"
#include "eventbook/common/password_strength.h"

#include <QComboBox>
#include <QPushButton>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace eventbook;
using test::AppWindow;
using test::operator""_k;
using ui::MainWindow;

namespace {
// Which console pages the sidebar offers, as a short word list for readable failures.
QString offered(const MainWindow &w) {
    QStringList pages;
    const char *names[] = {"events", "attendees", "users", "audit", "dashboard", "checkin"};
    static_assert(std::size(names) == MainWindow::PageCount - MainWindow::kFirstAdminPage);
    for (int p = MainWindow::kFirstAdminPage; p < MainWindow::PageCount; ++p) {
        if (!w.sidebar()->isRowHidden(p))
            pages.append(QLatin1StringView(names[p - MainWindow::kFirstAdminPage]));
    }
    return pages.join(u' ');
}
} // namespace

class TestGuiRoles : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_env;
    test::HttpClient m_http;
    const QString m_password = QStringLiteral("Lantern-Harbour-88!");

    qint64 signUp(const QString &email, const QString &name) {
        if (!test::signUp(m_env, email, name, m_password))
            return 0;
        return m_env.fx->scalar(QStringLiteral("SELECT id FROM users WHERE email = '%1'").arg(email)).toLongLong();
    }
    int setRole(qint64 id, const QString &role) {
        return m_http.sendJson("PUT", m_env.url(QStringLiteral("/api/admin/users/%1/role").arg(id)), {{"role"_k, role}},
                               m_env.admin.token)
            .status;
    }
    int assign(qint64 eventId, qint64 userId) {
        return m_http.postJson(m_env.url(QStringLiteral("/api/events/%1/team").arg(eventId)), {{"userId"_k, userId}},
                               m_env.admin.token)
            .status;
    }

private Q_SLOTS:
    void init() { QVERIFY2(m_env.start().isEmpty(), "server did not start"); }
    void cleanup() { m_env.stop(); }

    void sidebarFollowsTheRoleLive() {
        const qint64 own = m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Harbour concert")}});
        const qint64 other = m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Someone else's fair")}});
        const qint64 olga = signUp(QStringLiteral("olga@example.test"), QStringLiteral("Olga"));
        QVERIFY(olga > 0 && own > 0 && other > 0);
        AppWindow app(m_env.url());
        QVERIFY(app.signIn(QStringLiteral("olga@example.test"), m_password));
        QTRY_COMPARE(app.session->live().state(), client::LiveClient::State::Live);
        QCOMPARE(offered(*app.window), QString());

        // Made an organiser of one event while signed in: the console appears, scoped.
        QCOMPARE(setRole(olga, QStringLiteral("organiser")), 200);
        QCOMPARE(assign(own, olga), 201);
        QTRY_COMPARE(offered(*app.window), QStringLiteral("events attendees dashboard checkin"));
        app.window->showPage(MainWindow::AdminEvents);
        QTRY_COMPARE(app.window->adminEvents()->model().rowCount(), 1);
        QCOMPARE(app.window->adminEvents()->model().rowAt(0)->id, own);
        app.window->showPage(MainWindow::Attendees);
        QTRY_COMPARE(app.window->attendees()->eventPicker()->count(), 1);

        // Door staff: only the attendees of their events, without email addresses.
        QCOMPARE(setRole(olga, QStringLiteral("staff")), 200);
        QTRY_COMPARE(offered(*app.window), QStringLiteral("attendees checkin"));
        QCOMPARE(assign(other, olga), 201);
        QTRY_COMPARE(app.session->api().user().scopes.size(), 1);
        app.window->showPage(MainWindow::Attendees);
        QTRY_COMPARE(app.window->attendees()->eventPicker()->count(), 1);
        QCOMPARE(app.window->attendees()->eventId(), other);

        // Back to attendee: the console goes, and the app is on a page it may show.
        QCOMPARE(setRole(olga, QStringLiteral("attendee")), 200);
        QTRY_COMPARE(offered(*app.window), QString());
        QVERIFY(app.window->pageAvailable(MainWindow::Page(app.window->sidebar()->currentRow())));

        // And an admin sees every page.
        QCOMPARE(setRole(olga, QStringLiteral("admin")), 200);
        QTRY_COMPARE(offered(*app.window), QStringLiteral("events attendees users audit dashboard checkin"));
    }

    void adminGivesRolesFromTheUsersPage() {
        const qint64 alex = signUp(QStringLiteral("alex@example.test"), QStringLiteral("Alex"));
        const qint64 dana = signUp(QStringLiteral("dana@example.test"), QStringLiteral("Dana"));
        QCOMPARE(setRole(alex, QStringLiteral("admin")), 200);
        AppWindow admin(m_env.url());
        QVERIFY(admin.signIn(QStringLiteral("alex@example.test"), m_password));
        admin.window->showPage(MainWindow::Users);
        ui::UsersPage *users = admin.window->users();
        QTRY_VERIFY(users->model().rowOf(dana) >= 0);
        QVERIFY(users->selectUser(dana));
        QSignalSpy done(users, &ui::UsersPage::actionFinished);
        users->roleAction(Role::Organiser)->trigger();
        QVERIFY(test::answerConfirmation(admin.window.get()).contains(QStringLiteral("Organiser")));
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(done.first().at(0).toBool());
        QCOMPARE(users->model().rowAt(users->model().rowOf(dana))->role, Role::Organiser);
        QCOMPARE(m_env.fx->scalar(QStringLiteral("SELECT role FROM user_roles WHERE user_id = %1").arg(dana)).toString(),
                 QStringLiteral("organiser"));
        QVERIFY(users->roleAction(Role::Organiser)->isChecked());
    }

    void meterAgreesWithTheServer() {
        QVERIFY(signUp(QStringLiteral("pat@example.test"), QStringLiteral("Pat Quill")) > 0);
        AppWindow app(m_env.url());
        QVERIFY(app.signIn(QStringLiteral("pat@example.test"), m_password));
        app.window->showPage(MainWindow::Profile);
        auto *profile = qobject_cast<ui::ProfilePage *>(app.window->page(MainWindow::Profile));
        QVERIFY(profile);
        QTest::keyClicks(profile->newPasswordField(), QStringLiteral("P@ssw0rd123!"));
        QVERIFY(profile->meter()->isVisible());
        QVERIFY(profile->meter()->score() < validation::kPasswordMinScore);
        QVERIFY(!profile->meter()->feedback().isEmpty());
        // The server refuses the same password with the same library.
        const test::Reply r = m_http.postJson(m_env.url(QStringLiteral("/api/auth/register")),
                                              {{"email"_k, QStringLiteral("x@example.test")},
                                               {"password"_k, QStringLiteral("P@ssw0rd123!")},
                                               {"name"_k, QStringLiteral("X")}});
        QCOMPARE(r.status, 400);
        profile->newPasswordField()->clear();
        QTest::keyClicks(profile->newPasswordField(), QStringLiteral("Kettle!Mosaic9Drift"));
        QVERIFY(profile->meter()->score() >= validation::kPasswordMinScore);
    }

    void signUpWaitsForAStrongEnoughPassword() {
        AppWindow app(m_env.url());
        ui::SignInDialog dialog(*app.session, app.window.get());
        dialog.setMode(ui::SignInDialog::Mode::Register);
        dialog.show();
        QTest::keyClicks(dialog.emailField(), QStringLiteral("ada@example.test"));
        QTest::keyClicks(dialog.nameField(), QStringLiteral("Ada Lovelace"));
        // Every character rule is met; zxcvbn still finds the name and a year in it.
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("Lovelace1815!"));
        QTest::keyClicks(dialog.repeatField(), QStringLiteral("Lovelace1815!"));
        auto *meter = dialog.findChild<ui::PasswordMeter *>();
        QVERIFY(meter && meter->isVisible());
        QVERIFY(meter->score() < validation::kPasswordMinScore);
        QVERIFY(meter->feedback().contains(QStringLiteral("name")));
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.fieldProblem(dialog.passwordField()).isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_env.fx->scalar(QStringLiteral("SELECT count(*) FROM users WHERE email = 'ada@example.test'")).toInt(), 0);
        // A stronger one is sent and accepted by the server.
        dialog.passwordField()->clear();
        dialog.repeatField()->clear();
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("Kettle!Mosaic9Drift"));
        QTest::keyClicks(dialog.repeatField(), QStringLiteral("Kettle!Mosaic9Drift"));
        QVERIFY(meter->score() >= validation::kPasswordMinScore);
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QTRY_VERIFY(app.session->signedIn());
        QCOMPARE(m_env.fx->scalar(QStringLiteral("SELECT count(*) FROM users WHERE email = 'ada@example.test'")).toInt(), 1);
    }

    void downloadMyDataFromProfile() {
        QVERIFY(signUp(QStringLiteral("pat@example.test"), QStringLiteral("Pat Quill")) > 0);
        AppWindow app(m_env.url());
        QVERIFY(app.signIn(QStringLiteral("pat@example.test"), m_password));
        auto *profile = qobject_cast<ui::ProfilePage *>(app.window->page(MainWindow::Profile));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QSignalSpy finished(profile->privacy(), &ui::PrivacyBox::downloadFinished);
        profile->privacy()->downloadTo(path);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(doc.value("profile"_k).toObject().value("email"_k).toString(), QStringLiteral("pat@example.test"));
        QCOMPARE(doc.value("format"_k).toString(), QStringLiteral("eventbook-export/1"));
    }
};

QTEST_MAIN(TestGuiRoles)
#include "tst_gui_roles.moc"
