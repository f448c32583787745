// The app tells the truth about the server's state (issue 17, app 1 and 2): started while the
// server is down it loads the events as soon as the server is up, and the detail panel's
// messages go when the state they describe changes (a cancel in another window, a booking
// that landed after all).
#include "app_window.h"
#include "fixtures.h"
#include "server_fixture.h"
#include "ui/event_detail_panel.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace eventbook;
using test::operator""_k;
using test::AppWindow;
using ui::MainWindow;

class TestGuiTruth : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_env;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("EventBookTest"));
    }
    void cleanup() { m_env.stop(); }

    void startedBeforeTheServerItLoadsEventsOnceLive() {
        quint16 port = 0;
        {
            QTcpServer probe; // a port nobody listens on until the server takes it
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        AppWindow app(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QSignalSpy failed(app.session.get(), &client::ClientSession::eventsFailed);
        QTRY_VERIFY(failed.count() >= 1);
        QCOMPARE(app.session->events().rowCount(), 0);

        const QString problem = m_env.start([port](app::Config &c) { c.port = port; });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Opening night")}});
        QTRY_COMPARE_WITH_TIMEOUT(app.session->live().state(), client::LiveClient::State::Live, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(app.session->events().rowCount(), 1, 10000);
    }

    void detailMessagesFollowTheBookingState() {
        const QString problem = m_env.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const qint64 id = m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Quartet")}});
        const QString email = QStringLiteral("mo@example.test"), password = QStringLiteral("Quiet-Forest-9!");
        test::HttpClient http;
        QCOMPARE(http.postJson(m_env.url(QStringLiteral("/api/auth/register")),
                               {{"email"_k, email}, {"password"_k, password}, {"name"_k, QStringLiteral("Mo")}})
                     .status,
                 201);
        AppWindow browse(m_env.url()), bookings(m_env.url());
        QVERIFY(browse.signIn(email, password));
        QVERIFY(bookings.signIn(email, password));
        QTRY_VERIFY(browse.browse()->selectEvent(id));
        ui::EventDetailPanel *detail = browse.browse()->detail();
        QTRY_VERIFY(detail->actionButton()->isEnabled());
        QTest::mouseClick(detail->actionButton(), Qt::LeftButton);
        QTRY_VERIFY(browse.session->events().isBooked(id));
        QTRY_VERIFY(detail->statusText().contains(QStringLiteral("booked")));

        // Cancelled in the other window: "You're booked" must not stay under "Book a seat".
        bool cancelled = false;
        bookings.session->cancel(id, {bookings.session.get(), [&](const Result<Booking> &r) { cancelled = bool(r); }});
        QTRY_VERIFY(cancelled);
        QTRY_VERIFY(!browse.session->events().isBooked(id));
        QTRY_COMPARE(detail->actionButton()->text(), QStringLiteral("Book a seat"));
        QCOMPARE(detail->statusText(), QString());

        // Booked from the other window: the panel follows without a click.
        bool rebooked = false;
        bookings.session->book(id, {bookings.session.get(), [&](const Result<Booking> &r) { rebooked = bool(r); }});
        QTRY_VERIFY(rebooked);
        QTRY_VERIFY(browse.session->events().isBooked(id));
        QTRY_COMPARE(detail->actionButton()->text(), QStringLiteral("Cancel my booking"));
        QCOMPARE(detail->statusText(), QString());
    }
};

QTEST_MAIN(TestGuiTruth)
#include "tst_gui_truth.moc"
