// The app from 800×600 to 4K, in every language, and through the accessibility tree (issue 17,
// app 3, 4, 7, 10): on the demo data, signed in as an admin, every page shows every widget at
// least at its minimum size (nothing clipped, wrapped text at its full height); every tab stop
// has a name a screen reader says; cards say date, place, seats and booked; a field's error is
// tied to the field; Enter presses the focused button and the focus stays on it after booking.
#include "app_window.h"
#include "layout_check.h"
#include "fixtures.h"
#include "server_fixture.h"
#include "services/demo_data.h"
#include "ui/admin/audit_page.h"
#include "ui/admin/dashboard_page.h"
#include "ui/admin/users_page.h"
#include "ui/admin/admin_events_page.h"
#include "ui/admin/attendees_page.h"
#include "ui/bookings_page.h"
#include "ui/event_detail_panel.h"
#include "ui/theme.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QScopeGuard>
#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace eventbook;
using test::operator""_k;
using test::AppWindow;
using ui::MainWindow;

namespace {
const QString kPassword = QStringLiteral("Lantern-Harbour-88!");

QString accessibleName(QWidget *w) {
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}
} // namespace

class TestGuiLayout : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_env;
    test::HttpClient m_http;
    QTranslator m_translator;
    qint64 m_booked = 0;

    bool signUp(const QString &email, const QString &name, bool admin) {
        return test::signUp(m_env, email, name, kPassword, admin);
    }
    // Waits until the page shows its data, so the check sees real texts (entry counts, names).
    bool pageReady(AppWindow &app, MainWindow::Page page) {
        MainWindow &w = *app.window;
        return QTest::qWaitFor(
            [&] {
                switch (page) {
                case MainWindow::Browse:
                    return app.session->events().rowCount() > 0;
                case MainWindow::Bookings:
                    return app.session->upcoming().rowCount() > 0;
                case MainWindow::AdminEvents:
                    return w.adminEvents()->model().rowCount() > 0;
                case MainWindow::Attendees:
                    return w.attendees()->eventId() != 0;
                case MainWindow::Users:
                    return w.users()->model().rowCount() > 0;
                case MainWindow::AuditLog:
                    return w.auditLog()->total() > 0;
                case MainWindow::Dashboard:
                    return w.dashboard()->updatedAt().isValid();
                default:
                    return true;
                }
            },
            15000);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("EventBookTest"));
        const QString problem = m_env.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const auto demo = services::DemoData(m_env.server->app().database()).load();
        QVERIFY2(demo && demo->events > 0, demo ? "no demo events" : qPrintable(demo.error().message));
        QVERIFY(signUp(QStringLiteral("alex@example.test"), QStringLiteral("Alexandra Administratorin"), true));
        // Alex holds a booking, so My bookings has a row.
        const QJsonArray events = m_http.get(m_env.url(QStringLiteral("/api/events?sort=date&limit=10&from=") +
                                                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate)))
                                      .data()
                                      .value("events"_k)
                                      .toArray();
        for (const QJsonValue &e : events)
            if (e.toObject().value("availableSlots"_k).toInt() > 0) {
                m_booked = e.toObject().value("id"_k).toInteger();
                break;
            }
        QVERIFY(m_booked > 0);
        const QJsonObject login = m_http.postJson(m_env.url(QStringLiteral("/api/auth/login")),
                                                  {{"email"_k, QStringLiteral("alex@example.test")}, {"password"_k, kPassword}})
                                      .data();
        QCOMPARE(m_http.postJson(m_env.url(QStringLiteral("/api/events/%1/book").arg(m_booked)), {},
                                 login.value("token"_k).toString().toUtf8())
                     .status,
                 201);
    }
    void cleanupTestCase() { m_env.stop(); }

    void nothingClipped_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("theme");
        QTest::newRow("en 800x600") << "en" << QSize(800, 600) << "light";
        QTest::newRow("fr 800x600 dark") << "fr" << QSize(800, 600) << "dark";
        QTest::newRow("de 800x600") << "de" << QSize(800, 600) << "light";
        QTest::newRow("en 1920x1080") << "en" << QSize(1920, 1080) << "dark";
        // At 200 % (tst_gui_layout_scale200) a 4K screen is the 1920x1080 row: no 7680x4320 buffer.
        if (qApp->devicePixelRatio() <= 1.0)
            QTest::newRow("de 3840x2160") << "de" << QSize(3840, 2160) << "light";
    }
    void nothingClipped() {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(QString, theme);
        const auto restore = qScopeGuard([this] {
            QApplication::removeTranslator(&m_translator);
            ui::applyTheme(*qApp, QStringLiteral("light"));
        });
        ui::applyTheme(*qApp, theme);
        if (language != QLatin1StringView("en")) {
            QVERIFY(m_translator.load(QStringLiteral(":/i18n/eventbook_%1.qm").arg(language)));
            QApplication::installTranslator(&m_translator);
        }
        AppWindow app(m_env.url());
        QVERIFY(app.signIn(QStringLiteral("alex@example.test"), kPassword));
        app.window->resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        // The window really is that small: no page's minimum holds it wider or taller.
        QStringList wide;
        for (int p = 0; p < MainWindow::PageCount; ++p) {
            const QSize least = app.window->page(MainWindow::Page(p))->minimumSizeHint();
            wide << QStringLiteral("%1 %2x%3").arg(MainWindow::pageName(MainWindow::Page(p))).arg(least.width()).arg(least.height());
        }
        QTRY_VERIFY2(app.window->size() == size, qPrintable(wide.join(QStringLiteral(", "))));
        QTRY_VERIFY(app.window->pageAvailable(MainWindow::Dashboard));
        for (int p = 0; p < MainWindow::PageCount; ++p) {
            const auto page = MainWindow::Page(p);
            app.window->showPage(page);
            QVERIFY2(pageReady(app, page), qPrintable(MainWindow::pageName(page)));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
            const QStringList problems = test::clippedWidgets(app.window.get());
            QVERIFY2(problems.isEmpty(), qPrintable(MainWindow::pageName(page) + QStringLiteral(":\n  ") +
                                                    problems.join(QStringLiteral("\n  "))));
            QVERIFY2(app.window->size() == size,
                     qPrintable(QStringLiteral("%1 made the window %2x%3")
                                    .arg(MainWindow::pageName(page))
                                    .arg(app.window->width())
                                    .arg(app.window->height())));
        }
    }

    void everyTabStopHasAName() {
        AppWindow app(m_env.url());
        QVERIFY(app.signIn(QStringLiteral("alex@example.test"), kPassword));
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QTRY_VERIFY(app.window->pageAvailable(MainWindow::Dashboard));
        for (int p = 0; p < MainWindow::PageCount; ++p) {
            const auto page = MainWindow::Page(p);
            app.window->showPage(page);
            QVERIFY(pageReady(app, page));
            for (QWidget *w : app.window->findChildren<QWidget *>()) {
                if (!w->isVisibleTo(app.window.get()) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
                    continue;
                // A spin or combo box's own line edit is read out under the box's name.
                if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
                    w = w->parentWidget();
                QVERIFY2(!accessibleName(w).trimmed().isEmpty(),
                         qPrintable(QStringLiteral("%1: a %2 (%3, in %4) without a name")
                                   .arg(MainWindow::pageName(page), QString::fromLatin1(w->metaObject()->className()),
                                        w->objectName(),
                                        w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                                          : QString())));
            }
        }
    }

    void cardsSayWhatTheyShow() {
        AppWindow app(m_env.url());
        QVERIFY(app.signIn(QStringLiteral("alex@example.test"), kPassword));
        QTRY_VERIFY(app.browse()->selectEvent(m_booked));
        QTRY_VERIFY(app.session->events().isBooked(m_booked));
        auto *cards = app.browse()->findChild<QListView *>();
        QVERIFY(cards);
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(cards);
        QVERIFY(list);
        const Event *e = app.session->events().eventAt(app.session->events().rowOf(m_booked));
        QVERIFY(e);
        QString said;
        for (int i = 0; i < list->childCount(); ++i)
            if (QAccessibleInterface *child = list->child(i); child && child->text(QAccessible::Name).startsWith(e->title))
                said = child->text(QAccessible::Name);
        QVERIFY2(!said.isEmpty(), "no card for the booked event in the accessibility tree");
        QVERIFY2(said.contains(QLocale().toString(e->date.toLocalTime().date(), QLocale::LongFormat)), qPrintable(said));
        QVERIFY2(said.contains(e->location), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("%1 of %2 seats left").arg(e->availableSlots).arg(e->totalSlots)), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("you are booked")), qPrintable(said));
    }

    void enterBooksAndTheFocusStays() {
        QVERIFY(signUp(QStringLiteral("kim@example.test"), QStringLiteral("Kim"), false));
        AppWindow app(m_env.url());
        QVERIFY(app.signIn(QStringLiteral("kim@example.test"), kPassword));
        QApplication::setActiveWindow(app.window.get());
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        QTRY_VERIFY(app.browse()->selectEvent(m_booked));
        QPushButton *action = app.browse()->detail()->actionButton();
        QTRY_COMPARE(action->text(), QStringLiteral("Book a seat"));
        action->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(action->hasFocus());
        QTest::keyClick(action, Qt::Key_Return);
        QTRY_VERIFY(app.session->events().isBooked(m_booked));
        QTRY_COMPARE(action->text(), QStringLiteral("Cancel my booking"));
        QTRY_VERIFY2(action->hasFocus(), QApplication::focusWidget()
                                             ? QApplication::focusWidget()->metaObject()->className()
                                             : "nothing has the focus");
        // My bookings: the seats column is this booking's seats, not the event's remaining ones.
        app.window->showPage(MainWindow::Bookings);
        QTreeView *table = nullptr;
        for (QTreeView *view : app.window->bookings()->findChildren<QTreeView *>())
            if (view->accessibleName() == QLatin1StringView("Upcoming bookings"))
                table = view;
        QVERIFY(table);
        QTRY_COMPARE(app.session->upcoming().rowCount(), 1);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Your seats"));
        QCOMPARE(table->model()->index(0, 3).data().toInt(), 1);
    }
};

QTEST_MAIN(TestGuiLayout)
#include "tst_gui_layout.moc"
