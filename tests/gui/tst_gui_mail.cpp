// Mail and calendar in the desktop app, offscreen, against the real server: Profile's mail
// settings saved and read back by the server, the calendar feed's address copied and reset (the
// old one stops working), "Add to calendar" writing the event's and the booking's calendar files
// (read with libical), and the admin's dashboard line about the outbox.
#include "app_window.h"
#include "calendar_check.h"
#include "eventbook/common/codecs.h"
#include "fixtures.h"
#include "server_fixture.h"
#include "state/client_session.h"
#include "test_server.h"
#include "ui/admin/dashboard_page.h"
#include "ui/admin/mail_status.h"
#include "ui/browse_page.h"
#include "ui/calendar_button.h"
#include "ui/event_detail_panel.h"
#include "ui/mail_settings_box.h"
#include "ui/main_window.h"
#include "ui/profile_page.h"
#include "ui/ticket_dialog.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace eventbook;
using test::operator""_k;
using test::AppWindow;

class TestGuiMail : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_env;

    bool signIn(AppWindow &app, const QString &email) {
        bool done = false;
        app.session->registerAccount(email, QStringLiteral("Quiet-Forest-9!"), QStringLiteral("Mira Mail"), false,
                                     {app.session.get(), [&](const Result<User> &) { done = true; }});
        return QTest::qWaitFor([&] { return done; }, 30'000) && app.session->signedIn();
    }
    static QByteArray fileText(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
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

    void settingsAndTheFeedInProfile() {
        AppWindow app(m_env.url());
        QVERIFY(signIn(app, QStringLiteral("mira@example.test")));
        ui::MailSettingsBox *box = app.window->profile()->mail();
        QTRY_VERIFY(!box->feedField()->text().isEmpty());
        const QString firstFeed = box->feedField()->text();
        QVERIFY(firstFeed.contains(QStringLiteral("/api/calendar/feed/")));
        auto *language = box->findChild<QComboBox *>();
        QVERIFY(language);
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        const QList<QCheckBox *> checks = box->findChildren<QCheckBox *>();
        QCOMPARE(checks.size(), 2);
        checks[0]->setChecked(false); // reminders off
        QSignalSpy saved(box, &ui::MailSettingsBox::saved);
        box->save();
        QTRY_COMPARE(saved.count(), 1);
        // The server has them.
        test::HttpClient http;
        const QByteArray token = app.session->api().accessToken().toUtf8();
        const test::Reply stored = http.get(m_env.url(QStringLiteral("/api/profile/mail")), token);
        QCOMPARE(stored.data().value("language"_k).toString(), QStringLiteral("de"));
        QCOMPARE(stored.data().value("reminders"_k).toBool(), false);
        QCOMPARE(stored.data().value("news"_k).toBool(), true);

        box->copyFeed();
        QCOMPARE(QApplication::clipboard()->text(), firstFeed);
        QCOMPARE(http.get(QUrl(firstFeed)).status, 200);
        box->resetFeed(false);
        QTRY_VERIFY(box->feedField()->text() != firstFeed);
        QCOMPARE(http.get(QUrl(firstFeed)).status, 404);
        QCOMPARE(http.get(QUrl(box->feedField()->text())).status, 200);
    }

    void addToCalendarFromTheEventAndTheTicket() {
        // Whole seconds (a calendar file has no milliseconds), from one reading of the clock: two
        // readings can straddle a second under ASan's pace.
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(nowMs - nowMs % 1000, Qt::UTC).addDays(9);
        const qint64 id = m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Lantern Walk")},
                                                        {"date"_k, codec::formatTime(when)}});
        AppWindow app(m_env.url());
        QTRY_COMPARE(app.session->events().rowCount(), 1);
        QVERIFY(signIn(app, QStringLiteral("lantern@example.test")));
        app.browse()->selectEvent(id);
        ui::EventDetailPanel *detail = app.browse()->detail();
        QTRY_COMPARE(detail->eventId(), id);
        QTemporaryDir dir;
        const QString eventFile = dir.filePath(QStringLiteral("event.ics"));
        QSignalSpy done(detail->calendarButton(), &ui::CalendarButton::finished);
        detail->calendarButton()->saveTo(eventFile);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.first().at(0).toBool(), true);
        QVERIFY(detail->statusText().contains(QStringLiteral("Saved")));
        const test::ParsedCalendar event = test::parseCalendar(fileText(eventFile));
        QVERIFY(event.ok);
        QCOMPARE(event.entries.value(0).summary, QStringLiteral("Lantern Walk"));
        QCOMPARE(event.entries.value(0).start, when);

        // Book, then the ticket's own entry: the booking's UID.
        QTest::mouseClick(detail->actionButton(), Qt::LeftButton);
        QTRY_VERIFY(app.session->events().isBooked(id));
        test::HttpClient http;
        const test::Reply mine = http.get(m_env.url(QStringLiteral("/api/bookings/my")), app.session->api().accessToken().toUtf8());
        const qint64 bookingId = mine.json().value("data"_k).toArray().first().toObject().value("id"_k).toInteger();
        QVERIFY(bookingId > 0);
        ui::TicketDialog ticket(*app.session, bookingId);
        const QString bookingFile = dir.filePath(QStringLiteral("booking.ics"));
        QSignalSpy ticketDone(ticket.calendarButton(), &ui::CalendarButton::finished);
        ticket.calendarButton()->saveTo(bookingFile);
        QTRY_COMPARE(ticketDone.count(), 1);
        const test::ParsedCalendar booking = test::parseCalendar(fileText(bookingFile));
        QCOMPARE(booking.entries.value(0).uid.section(QLatin1Char('@'), 0, 0), QStringLiteral("booking-%1").arg(bookingId));
        // A file that cannot be written is said, not crashed on.
        QSignalSpy refused(detail->calendarButton(), &ui::CalendarButton::finished);
        detail->calendarButton()->saveTo(dir.filePath(QStringLiteral("missing/dir/x.ics")));
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(refused.first().at(0).toBool(), false);
    }

    void theDashboardShowsTheOutbox() {
        test::HttpClient http;
        const QString email = QStringLiteral("olive@example.test");
        const test::Reply made = http.postJson(m_env.url(QStringLiteral("/api/auth/register")),
                                               {{"email"_k, email},
                                                {"password"_k, QStringLiteral("Quiet-Forest-9!")},
                                                {"name"_k, QStringLiteral("Olive Admin")}});
        QCOMPARE(made.status, 201);
        const qint64 adminId = made.data().value("user"_k).toObject().value("id"_k).toInteger();
        QCOMPARE(http.postJson(m_env.url(QStringLiteral("/api/admin/users/%1/promote").arg(adminId)), {}, m_env.admin.token)
                     .status,
                 200);
        AppWindow app(m_env.url());
        QVERIFY(app.signIn(email, QStringLiteral("Quiet-Forest-9!")));
        const test::Account ada = m_env.fx->account(QStringLiteral("Ada"));
        QCOMPARE(http.postJson(m_env.url(QStringLiteral("/api/events/%1/book").arg(m_env.fx->event(m_env.admin))), {}, ada.token)
                     .status,
                 201);
        ui::MailStatus *status = app.window->dashboard()->mailStatus();
        QSignalSpy loaded(status, &ui::MailStatus::loaded);
        status->reload();
        QTRY_COMPARE(loaded.count(), 1);
        // No SMTP_URL in this server: the confirmation waits in the outbox, and the line says so.
        QVERIFY(status->summary().contains(QStringLiteral("Mail off")));
        QVERIFY(status->summary().contains(QStringLiteral("1 waiting")));
    }
};

QTEST_MAIN(TestGuiMail)
#include "tst_gui_mail.moc"
