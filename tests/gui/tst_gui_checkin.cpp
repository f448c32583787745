// The check-in page (issue 19) as door staff use it: a barcode scanner types the ticket and Enter
// into the field that already has the focus, a picture of a ticket is read with zxing-cpp, and
// when the server goes away the page keeps answering and says so, then catches up.
#include "app_window.h"
#include "door_world.h"
#include "ui/checkin/answer_panel.h"
#include "ui/admin/dashboard_page.h"
#include "ui/admin/door_board.h"
#include "ui/bookings_page.h"
#include "ui/checkin/checkin_page.h"
#include "ui/checkin/qr_image_reader.h"
#include "ui/ticket_dialog.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTest>

using namespace eventbook;
using test::AppWindow;
using test::operator""_k;
using ui::MainWindow;

class TestGuiCheckin : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_env;
    test::HttpClient m_http;
    QTemporaryDir m_dir;
    qint64 m_event = 0;
    QList<test::Account> m_guests;
    QStringList m_tickets;
    QList<qint64> m_bookings;
    const QString m_password = QStringLiteral("Lantern-Harbour-88!");

    // Staff member Sam keeps the door of an event three guests booked.
    bool buildDoor() {
        m_event = m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Harbour concert")}});
        if (!test::signUp(m_env, QStringLiteral("sam@example.test"), QStringLiteral("Sam Door"), m_password))
            return false;
        const qint64 sam = m_env.fx->scalar(QStringLiteral("SELECT id FROM users WHERE email = 'sam@example.test'")).toLongLong();
        if (m_http.sendJson("PUT", m_env.url(QStringLiteral("/api/admin/users/%1/role").arg(sam)), {{"role"_k, QStringLiteral("staff")}},
                            m_env.admin.token).status != 200 ||
            m_http.postJson(m_env.url(QStringLiteral("/api/events/%1/team").arg(m_event)), {{"userId"_k, sam}},
                            m_env.admin.token).status != 201)
            return false;
        m_guests = m_env.fx->accounts(3, QStringLiteral("Guest "));
        for (const test::Account &g : std::as_const(m_guests)) {
            const test::Reply r = m_http.postJson(m_env.url(QStringLiteral("/api/events/%1/book").arg(m_event)), {}, g.token);
            m_bookings.append(r.data().value("id"_k).toInteger());
            m_tickets.append(test::DoorWorld::ticketFor(*m_env.server, m_bookings.last(), m_event));
        }
        return !m_bookings.contains(0);
    }
    std::unique_ptr<AppWindow> openDesk() {
        auto app = std::make_unique<AppWindow>(m_env.url());
        if (!app->signIn(QStringLiteral("sam@example.test"), m_password))
            return {};
        if (!QTest::qWaitFor([&] { return app->window->pageAvailable(MainWindow::Checkin); }, 5000))
            return {};
        app->window->checkin()->desk().setSyncIntervalMs(60'000, 100);
        app->window->showPage(MainWindow::Checkin);
        QApplication::setActiveWindow(app->window.get());
        return app;
    }
    static void typeTicket(const QString &ticket) {
        // Where the focus already is: a USB scanner types into whatever has it.
        QTest::keyClicks(QApplication::focusWidget(), ticket);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }

private Q_SLOTS:
    void init() {
        QVERIFY2(m_env.start().isEmpty(), "server did not start");
        m_guests.clear();
        m_tickets.clear();
        m_bookings.clear();
        QVERIFY(buildDoor());
    }
    void cleanup() { m_env.stop(); }

    void aScannerTypesAndTheAnswerFillsThePage() {
        auto app = openDesk();
        QVERIFY(app);
        ui::CheckinPage *page = app->window->checkin();
        QVERIFY(QTest::qWaitForWindowActive(app->window.get()));
        QTRY_COMPARE(page->desk().eventId(), m_event);
        QTRY_VERIFY(page->desk().canDecideOffline());
        QTRY_COMPARE(QApplication::focusWidget(), page->scanInput());
        typeTicket(m_tickets.at(0));
        QTRY_COMPARE(page->answerPanel()->verdictText(), QStringLiteral("Welcome"));
        QCOMPARE(page->answerPanel()->holderText(), QStringLiteral("Guest 0"));
        QVERIFY(page->scanInput()->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), page->scanInput()); // ready for the next one
        QTRY_VERIFY(page->occupancyText().startsWith(QStringLiteral("Checked in: 1 of 3")));
        typeTicket(m_tickets.at(0));
        QTRY_COMPARE(page->answerPanel()->verdictText(), QStringLiteral("Already checked in"));
        // Which desk, named once: "through desk 1a2b…", not "through desk desk-1a2b…".
        const QString deskId = page->desk().deviceId();
        QVERIFY2(deskId.startsWith(QStringLiteral("desk-")), qPrintable(deskId));
        QVERIFY2(page->answerPanel()->detailText().endsWith(QStringLiteral("through desk ") + deskId.mid(5)),
                 qPrintable(page->answerPanel()->detailText()));
        QVERIFY2(page->statusText().endsWith(QStringLiteral(" · desk ") + deskId.mid(5)), qPrintable(page->statusText()));
        typeTicket(QStringLiteral("https://example.com/lunch-voucher"));
        QTRY_COMPARE(page->answerPanel()->verdictText(), QStringLiteral("Not a ticket"));

        // A ticket left at home, found by name and admitted.
        QTest::keyClicks(page->nameSearch(), QStringLiteral("guest 2"));
        QTRY_COMPARE(page->nameResults()->count(), 1);
        QTest::mouseClick(page->admitButton(), Qt::LeftButton);
        QTRY_COMPARE(page->answerPanel()->holderText(), QStringLiteral("Guest 2"));
        QCOMPARE(page->answerPanel()->verdictText(), QStringLiteral("Welcome"));
    }

    void aPictureOfATicketIsRead() {
        auto app = openDesk();
        QVERIFY(app);
        ui::CheckinPage *page = app->window->checkin();
        QTRY_VERIFY(page->desk().canDecideOffline());
        const test::Reply png = m_http.get(m_env.url(QStringLiteral("/api/bookings/%1/ticket.png").arg(m_bookings.at(1))),
                                           m_guests.at(1).token);
        QCOMPARE(png.status, 200);
        // As a phone photo would be: smaller, and saved as JPEG.
        QImage photo;
        QVERIFY(photo.loadFromData(png.body, "PNG"));
        const QString path = m_dir.filePath(QStringLiteral("ticket-photo.jpg"));
        QVERIFY(photo.scaled(photo.size() / 2).save(path, "JPG", 85));
        QVERIFY(page->scanPicture(path));
        QTRY_COMPARE(page->answerPanel()->verdictText(), QStringLiteral("Welcome"));
        QCOMPARE(page->answerPanel()->holderText(), QStringLiteral("Guest 1"));
        const QString blank = m_dir.filePath(QStringLiteral("blank.png"));
        QImage white(200, 200, QImage::Format_RGB32);
        white.fill(Qt::white);
        QVERIFY(white.save(blank));
        QVERIFY(!page->scanPicture(blank));
        QCOMPARE(page->answerPanel()->verdictText(), QStringLiteral("Not a ticket"));
    }

    void theHolderSavesTheTicket() {
        QVERIFY(test::signUp(m_env, QStringLiteral("gia@example.test"), QStringLiteral("Gia Guest"), m_password));
        AppWindow app(m_env.url());
        QVERIFY(app.signIn(QStringLiteral("gia@example.test"), m_password));
        QVERIFY(test::waitFor<Booking>([&](auto done) { app.session->book(m_event, done); }));
        app.window->showPage(MainWindow::Bookings);
        ui::BookingsPage *bookings = app.window->bookings();
        QTRY_COMPARE(bookings->upcomingView()->model()->rowCount(), 1);
        bookings->upcomingView()->setCurrentIndex(bookings->upcomingView()->model()->index(0, 0));
        QVERIFY(bookings->ticketButton()->isEnabled());
        ui::TicketDialog *dialog = bookings->showTicket();
        QVERIFY(dialog);
        QSignalSpy loaded(dialog, &ui::TicketDialog::ticketLoaded);
        QVERIFY(loaded.wait(5000));
        const qint64 booking = dialog->ticket().bookingId;
        const QString secret = m_http.get(m_env.url(QStringLiteral("/api/bookings/%1/ticket").arg(booking)), m_env.admin.token)
                                   .data().value("ticket"_k).toString();
        QCOMPARE(dialog->ticket().secret, secret);
        // The saved picture scans back to the ticket; the PDF is a PDF.
        const QString png = m_dir.filePath(QStringLiteral("ticket.png"));
        QVERIFY(dialog->savePng(png));
        QCOMPARE(ui::readQrCode(QImage(png)), secret);
        const QString pdf = m_dir.filePath(QStringLiteral("ticket.pdf"));
        QVERIFY(dialog->savePdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 2000);
    }

    void theDashboardFollowsTheDoor() {
        QVERIFY(test::signUp(m_env, QStringLiteral("ada@example.test"), QStringLiteral("Ada Admin"), m_password, true));
        AppWindow app(m_env.url());
        QVERIFY(app.signIn(QStringLiteral("ada@example.test"), m_password));
        QTRY_VERIFY(app.window->pageAvailable(MainWindow::Dashboard));
        app.window->showPage(MainWindow::Dashboard);
        ui::DoorBoard *door = app.window->dashboard()->door();
        QTRY_COMPARE(door->rowFor(m_event), QStringList({QStringLiteral("0 of 3"), QStringLiteral("0"), QStringLiteral("0")}));
        QTRY_COMPARE(app.session->live().state(), client::LiveClient::State::Live);
        // A desk elsewhere admits someone: the board follows without a reload.
        QCOMPARE(m_http.postJson(m_env.url(QStringLiteral("/api/checkin/redeem")),
                                 test::scanBody(m_tickets.at(1), QStringLiteral("desk-far")), m_env.admin.token).status,
                 200);
        QTRY_COMPARE(door->rowFor(m_event), QStringList({QStringLiteral("1 of 3"), QStringLiteral("1"), QStringLiteral("0")}));
    }

    void theDoorStaysOpenWhileTheServerIsAway() {
        auto app = openDesk();
        QVERIFY(app);
        ui::CheckinPage *page = app->window->checkin();
        QVERIFY(QTest::qWaitForWindowActive(app->window.get()));
        QTRY_VERIFY(page->desk().canDecideOffline());
        QTRY_COMPARE(QApplication::focusWidget(), page->scanInput());
        m_env.server->stop();
        typeTicket(m_tickets.at(2));
        QTRY_COMPARE(page->answerPanel()->verdictText(), QStringLiteral("Welcome"));
        QVERIFY(page->answerPanel()->detailText().contains(QStringLiteral("offline")));
        QVERIFY(page->statusText().startsWith(QStringLiteral("Offline")));
        QVERIFY2(page->statusText().contains(QStringLiteral("waiting to be sent")), qPrintable(page->statusText()));
        QCOMPARE(page->desk().queuedCount(), 1);
        typeTicket(m_tickets.at(2));
        QTRY_COMPARE(page->answerPanel()->verdictText(), QStringLiteral("Already checked in"));

        QVERIFY(m_env.server->start());
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().startsWith(QStringLiteral("Online")), 10'000);
        QTRY_COMPARE(page->desk().queuedCount(), 0);
        const QJsonObject s = m_http.get(m_env.url(QStringLiteral("/api/events/%1/checkin").arg(m_event)),
                                         m_env.admin.token).data();
        QCOMPARE(s.value("checkedIn"_k).toInt(), 1);
        QCOMPARE(s.value("scans"_k).toInt(), 2);
        QTRY_VERIFY(page->occupancyText().startsWith(QStringLiteral("Checked in: 1 of 3")));
    }
};

QTEST_MAIN(TestGuiCheckin)
#include "tst_gui_checkin.moc"
