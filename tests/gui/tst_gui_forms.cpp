// The app's forms tell the user what is wrong, where, in words (issue 17, app 4, 6, 7, 8, 10):
// the event editor warns about a date in the past and asks before saving it, keeps a typed 0
// and says why it is refused, previews an image while it is typed and says why one cannot be
// shown; errors sit under their field, tied to it for screen readers, and wrap at full height
// in French; the sign-in form says before the first sign-in that no keychain can remember the
// session (and unticks "Remember me"); Settings refuses an address where no EventBook answers;
// the dark theme's text fields have a visible outline.
// CTest points D-Bus nowhere for this test, so there is no keychain.
#include "app_window.h"
#include "fixtures.h"
#include "layout_check.h"
#include "server_fixture.h"
#include "test_server.h"
#include "api/credential_store.h"
#include "ui/admin/event_editor_dialog.h"
#include "ui/settings_page.h"
#include "ui/sign_in_dialog.h"
#include "ui/theme.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTranslator>

using namespace eventbook;
using test::operator""_k;
using test::AppWindow;

namespace {
const QString kPassword = QStringLiteral("Lantern-Harbour-88!");

QLabel *labelFor(QWidget *dialog, QWidget *field) {
    for (QLabel *l : dialog->findChildren<QLabel *>())
        if (l->buddy() == field && !l->text().isEmpty() && l->styleSheet().isEmpty())
            return l;
    return nullptr;
}
QLabel *errorFor(QWidget *dialog, QWidget *field) {
    for (QLabel *l : dialog->findChildren<QLabel *>())
        if (l->buddy() == field && l->styleSheet().contains(QStringLiteral("#dc2626")))
            return l;
    return nullptr;
}
} // namespace

class TestGuiForms : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_env;
    test::HttpClient m_http;

    bool signUp(const QString &email, bool admin) {
        return test::signUp(m_env, email, QStringLiteral("Robin"), kPassword, admin);
    }
    int events() const { return m_env.fx->scalar(QStringLiteral("SELECT count(*) FROM events")).toInt(); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("EventBookTest"));
        QVERIFY(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"));
    }
    void init() {
        const QString problem = m_env.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup() { m_env.stop(); }

    void editorSaysWhatIsWrongAndWhere() {
        QVERIFY(signUp(QStringLiteral("robin@example.test"), true));
        AppWindow app(m_env.url());
        QVERIFY(app.signIn(QStringLiteral("robin@example.test"), kPassword));
        ui::EventEditorDialog dialog(*app.session, app.window->images(), Event{}, app.window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.titleField(), QStringLiteral("Harbour walk"));
        QTest::keyClicks(dialog.locationField(), QStringLiteral("Kiel"));

        // Labels are tied to their fields: no literal "&", and the accessibility tree relates them.
        QLabel *imageLabel = labelFor(&dialog, dialog.imageUrlField());
        QVERIFY(imageLabel);
        QCOMPARE(imageLabel->text(), QStringLiteral("&Image"));
        QAccessibleInterface *imageField = QAccessible::queryAccessibleInterface(dialog.imageUrlField());
        bool related = false;
        for (const auto &[other, relation] : imageField->relations(QAccessible::Label))
            related = related || other->object() == imageLabel;
        QVERIFY(related);

        // 0 seats stays 0 and is refused with a reason, under the field, read out with it.
        dialog.seatsField()->selectAll();
        QTest::keyClicks(dialog.seatsField(), QStringLiteral("0"));
        QTest::keyClick(dialog.seatsField(), Qt::Key_Tab);
        QCOMPARE(dialog.seatsField()->value(), 0);
        const QString seats = dialog.fieldProblem(QStringLiteral("totalSlots"));
        QVERIFY2(seats.contains(QStringLiteral("between 1 and")), qPrintable(seats));
        QCOMPARE(dialog.seatsField()->accessibleDescription(), seats);
        QLabel *seatsError = errorFor(&dialog, dialog.seatsField());
        QVERIFY(seatsError && seatsError->isVisible());
        const int before = events();
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.problem(), QStringLiteral("Please correct the fields marked above."));
        dialog.seatsField()->selectAll();
        QTest::keyClicks(dialog.seatsField(), QStringLiteral("40"));
        QCOMPARE(dialog.fieldProblem(QStringLiteral("totalSlots")), QString());
        QCOMPARE(dialog.seatsField()->accessibleDescription(), QString());

        // A date in the past: said at once under the date, and asked about before saving.
        dialog.dateField()->setDateTime(QDateTime::currentDateTime().addDays(-2));
        QVERIFY(dialog.fieldProblem(QStringLiteral("date")).contains(QStringLiteral("in the past")));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(test::answerConfirmation(&dialog, false).contains(QStringLiteral("in the past")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(events(), before);

        // The preview follows the typing, and says why an image cannot be shown (the server's
        // proxy refuses a loopback address).
        QCOMPARE(dialog.previewText(), QStringLiteral("No image"));
        QTest::keyClicks(dialog.imageUrlField(), QStringLiteral("http://127.0.0.1:9/banner.png"));
        QVERIFY(dialog.previewText() != QStringLiteral("No image"));
        QTRY_VERIFY2(dialog.previewText().startsWith(QStringLiteral("Cannot show this image: ")),
                     qPrintable(dialog.previewText()));
        dialog.imageUrlField()->clear();

        // Saving it anyway, when asked, creates it.
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(!test::answerConfirmation(&dialog, true).isEmpty());
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(events(), before + 1);
        QCOMPARE(dialog.saved().totalSlots, 40);
    }

    // Issue 23, 1: a dialog closed while its request is in flight is not written to when the
    // answer comes (the callback's owner is the dialog). Under ASan (the asan preset runs this)
    // the old bare callbacks were a heap-use-after-free here.
    void closingADialogMidRequestDropsItsAnswer() {
        QVERIFY(signUp(QStringLiteral("robin@example.test"), true));
        AppWindow app(m_env.url());
        auto *signIn = new ui::SignInDialog(*app.session, app.window.get());
        signIn->show();
        QTest::keyClicks(signIn->emailField(), QStringLiteral("robin@example.test"));
        QTest::keyClicks(signIn->passwordField(), kPassword);
        QTest::mouseClick(signIn->submitButton(), Qt::LeftButton);
        delete signIn; // before the answer: nothing has been processed yet
        QTRY_VERIFY(app.session->signedIn()); // the session still takes it
        const int before = events();
        Event draft;
        draft.title = QStringLiteral("Closed too soon");
        draft.location = QStringLiteral("Kiel");
        draft.date = QDateTime::currentDateTimeUtc().addDays(3);
        draft.totalSlots = 12;
        auto *editor = new ui::EventEditorDialog(*app.session, app.window->images(), draft, app.window.get());
        editor->show();
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        delete editor;
        QTRY_COMPARE(events(), before + 1); // the server did it; the gone dialog heard nothing
        QVERIFY(app.window->isVisible());
    }

    void wrappedErrorsShowWholeInFrench() {
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/i18n/eventbook_fr.qm")));
        QApplication::installTranslator(&french);
        const auto restore = qScopeGuard([&] { QApplication::removeTranslator(&french); });
        AppWindow app(m_env.url());
        ui::SignInDialog dialog(*app.session, app.window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setMode(ui::SignInDialog::Mode::Register);
        QTest::keyClicks(dialog.emailField(), QStringLiteral("pas-une-adresse"));
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("abc"));
        QTest::keyClicks(dialog.repeatField(), QStringLiteral("abd"));
        QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
        QLabel *password = errorFor(&dialog, dialog.passwordField());
        QVERIFY(password && !password->text().isEmpty());
        // Long enough to wrap at this width: the check below is about wrapped text.
        QTRY_VERIFY(password->heightForWidth(password->width()) > password->fontMetrics().height());
        QTRY_VERIFY2(test::clippedWidgets(&dialog).isEmpty(),
                     qPrintable(test::clippedWidgets(&dialog).join(QLatin1Char('\n'))));
    }

    void noKeychainIsSaidBeforeTheFirstSignIn() {
        client::CredentialStore store(QStringLiteral("EventBook-test"));
        client::ClientSession session(m_env.url(), &store);
        ui::SignInDialog first(session);
        first.show();
        QTRY_VERIFY_WITH_TIMEOUT(!first.keychainNote().isEmpty(), 20000);
        QVERIFY(first.keychainNote().contains(QStringLiteral("only until EventBook closes")));
        QVERIFY2(!first.keychainNote().contains(QLatin1Char('/')) && !first.keychainNote().contains(QStringLiteral("D-Bus")),
                 qPrintable(first.keychainNote()));
        QVERIFY(!first.rememberBox()->isChecked());
        QVERIFY(!first.rememberBox()->isEnabled());
        first.close();
        // And every time: the next opening says it at once.
        ui::SignInDialog second(session);
        second.show();
        QCOMPARE(second.keychainNote(), first.keychainNote());
        QVERIFY(!second.rememberBox()->isChecked());
    }

    void settingsSwitchOnlyToAnEventBookServer() {
        AppWindow app(m_env.url());
        auto *settings = app.window->findChild<ui::SettingsPage *>();
        QVERIFY(settings);
        const auto tryAddress = [&](const QString &address) {
            settings->serverField()->setText(address);
            QTest::mouseClick(settings->connectButton(), Qt::LeftButton);
            if (!QTest::qWaitFor([&] { return settings->connectButton()->isEnabled(); }, 15000))
                return QStringLiteral("(still checking after 15 s)");
            return settings->serverMessage();
        };
        // A real HTTP server that is not EventBook: ours, under a path that is not the API's root.
        const QString other = m_env.url(QStringLiteral("/docs")).toString();
        QString said = tryAddress(other);
        QVERIFY2(said.contains(QStringLiteral("not an EventBook server")), qPrintable(said));
        QCOMPARE(app.session->serverUrl(), m_env.url());
        // Nobody listening.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        said = tryAddress(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QVERIFY2(said.startsWith(QStringLiteral("No server answers at")), qPrintable(said));
        QCOMPARE(app.session->serverUrl(), m_env.url());
        // Another EventBook server: switched.
        test::TestServer second;
        QVERIFY2(second.ok(), qPrintable(second.error()));
        said = tryAddress(second.url(QString()).toString());
        QVERIFY2(said.startsWith(QStringLiteral("Now using")), qPrintable(said));
        QCOMPARE(app.session->serverUrl(), second.url(QString()));
    }

    void darkTextFieldsHaveAVisibleOutline() {
        const auto restore = qScopeGuard([] { ui::applyTheme(*qApp, QStringLiteral("light")); });
        ui::applyTheme(*qApp, QStringLiteral("dark"));
        QVERIFY(ui::isDark());
        const QPalette p = QApplication::palette();
        // WCAG 2.1 non-text contrast: a field's outline at least 3:1 against the window.
        QVERIFY2(ui::contrastRatio(ui::fieldBorder(), p.color(QPalette::Window)) >= 3.0,
                 qPrintable(QString::number(ui::contrastRatio(ui::fieldBorder(), p.color(QPalette::Window)))));
        QVERIFY(p.color(QPalette::Base) != p.color(QPalette::Window));
        QVERIFY(ui::contrastRatio(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7.0);
        QVERIFY(qApp->styleSheet().contains(ui::fieldBorder().name()));
    }
};

QTEST_MAIN(TestGuiForms)
#include "tst_gui_forms.moc"
