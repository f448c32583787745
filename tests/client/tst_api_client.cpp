// The desktop client's ApiClient against the real server (in-process, port 0): sign-in,
// registration, browsing, booking and its conflicts as readable messages, the silent refresh
// on 401, the end of a session, and a server that is not there.
#include "api/api_client.h"
#include "api/events_api.h"
#include "api/notifications_api.h"
#include "async_result.h"
#include "fixtures.h"
#include "http_client.h"
#include "server_fixture.h"
#include "test_server.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTest>

using namespace eventbook;
using client::ApiClient;
using test::operator""_k;
using test::why;


class TestApiClient : public QObject {
    Q_OBJECT
private:
    test::ServerFixture m_env;

    QUrl base() const { return m_env.server->url(QString()); }

private Q_SLOTS:
    void init() {
        const QString problem = m_env.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup() {
        m_env.stop();
    }

    void registerBrowseBookCancel() {
        const qint64 event = m_env.fx->event(m_env.admin, {{"title"_k, QStringLiteral("Jazz & Wine")}, {"totalSlots"_k, 2}});
        ApiClient api(base());
        QSignalSpy changed(&api, &ApiClient::sessionChanged);
        const auto registered = test::waitFor<User>([&](auto done) {
            api.registerAccount(QStringLiteral("Rita@Example.test"), QStringLiteral("Rita-Pass-2026!"),
                                QStringLiteral("Rita"), done);
        });
        QVERIFY2(registered, why(registered).constData());
        QCOMPARE(registered->email, QStringLiteral("rita@example.test"));
        QVERIFY(api.signedIn());
        QCOMPARE(changed.count(), 1);

        client::EventListQuery query;
        query.search = QStringLiteral("jazz & wine");
        const auto page = test::waitFor<client::EventPage>([&](auto done) { client::EventsApi(api).list(query, done); });
        QVERIFY2(page, why(page).constData());
        QCOMPARE(page->total, 1);
        QCOMPARE(page->events.first().id, event);
        QCOMPARE(page->events.first().availableSlots, 2);

        const auto booked = test::waitFor<Booking>([&](auto done) { client::EventsApi(api).book(event, done); });
        QVERIFY2(booked, why(booked).constData());
        QCOMPARE(booked->eventId, event);
        QVERIFY(booked->event);
        QCOMPARE(booked->event->availableSlots, 1);
        // A second booking is refused with the server's words and code.
        const auto again = test::waitFor<Booking>([&](auto done) { client::EventsApi(api).book(event, done); });
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyBooked);
        QVERIFY(again.error().message.contains(QStringLiteral("already")));

        const auto mine = test::waitFor<QList<Booking>>([&](auto done) { client::EventsApi(api).myBookings(done); });
        QVERIFY(mine);
        QCOMPARE(mine->size(), 1);
        const auto cancelled = test::waitFor<Booking>([&](auto done) { client::EventsApi(api).cancel(event, done); });
        QVERIFY2(cancelled, why(cancelled).constData());
        QCOMPARE(cancelled->event->availableSlots, 2);
        const auto missing = test::waitFor<Event>([&](auto done) { client::EventsApi(api).get(event + 1000, done); });
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void wrongPasswordAndValidationAreReadable() {
        ApiClient api(base());
        const auto wrong = test::waitFor<User>([&](auto done) {
            api.signIn(QStringLiteral("nobody@example.test"), QStringLiteral("Wrong-Pass-1!"), done);
        });
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::Unauthorized);
        QVERIFY(!wrong.error().message.isEmpty());
        QVERIFY(!api.signedIn());
        const auto weak = test::waitFor<User>([&](auto done) {
            api.registerAccount(QStringLiteral("weak@example.test"), QStringLiteral("short"), QStringLiteral("W"), done);
        });
        QVERIFY(!weak);
        QCOMPARE(weak.error().code, ErrorCode::ValidationError);
        QVERIFY(weak.error().details.isArray()); // field-by-field messages for inline display
    }

    void anExpiredAccessTokenIsRefreshedOnce() {
        ApiClient api(base());
        QVERIFY(test::waitFor<User>([&](auto done) {
            api.registerAccount(QStringLiteral("sam@example.test"), QStringLiteral("Sam-Pass-2026!"), QStringLiteral("Sam"),
                                done);
        }));
        const QString firstRefresh = api.refreshToken();
        // Lose the access token as if it had expired: the next calls meet 401 together and
        // share one refresh.
        api.restoreSession(firstRefresh);
        QSignalSpy changed(&api, &ApiClient::sessionChanged);
        std::optional<Result<QList<Booking>>> a, b;
        client::EventsApi(api).myBookings({&api, [&](const Result<QList<Booking>> &r) { a.emplace(r); }});
        client::EventsApi(api).myBookings({&api, [&](const Result<QList<Booking>> &r) { b.emplace(r); }});
        QTRY_VERIFY(a && b);
        QVERIFY2(*a, why(*a).constData());
        QVERIFY2(*b, why(*b).constData());
        QCOMPARE(changed.count(), 1); // one refresh
        QVERIFY(api.refreshToken() != firstRefresh); // rotated
        QVERIFY(!api.accessToken().isEmpty());
    }

    void aRevokedSessionEnds() {
        ApiClient api(base());
        QVERIFY(test::waitFor<User>([&](auto done) {
            api.registerAccount(QStringLiteral("kim@example.test"), QStringLiteral("Kim-Pass-2026!"), QStringLiteral("Kim"),
                                done);
        }));
        // The refresh token is revoked elsewhere (signed out on another device), the access token gone.
        test::HttpClient http;
        QCOMPARE(http.postJson(m_env.server->url(QStringLiteral("/api/auth/logout")), {{"refreshToken"_k, api.refreshToken()}})
                     .status,
                 200);
        api.restoreSession(api.refreshToken());
        QSignalSpy expired(&api, &ApiClient::sessionExpired);
        const auto r = test::waitFor<QList<Booking>>([&](auto done) { client::EventsApi(api).myBookings(done); });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
        QCOMPARE(expired.count(), 1);
        QVERIFY(!expired.first().first().toString().isEmpty());
        QVERIFY(!api.signedIn());
    }

    void aServerThatIsNotThereIsExplained() {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const auto r = test::waitFor<client::EventPage>([&](auto done) { client::EventsApi(api).list({}, done); });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::ServiceUnavailable);
        QVERIFY2(r.error().message.contains(QStringLiteral("Cannot reach")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QString::number(port)));
    }

    void destroyedWithCallsInFlight() {
        bool called = false;
        {
            ApiClient api(base());
            client::EventsApi(api).list({}, {&api, [&called](const Result<client::EventPage> &) { called = true; }});
            api.signIn(QStringLiteral("x@example.test"), QStringLiteral("Whatever-1!"),
                       {&api, [&called](const Result<User> &) { called = true; }});
        }
        QTest::qWait(200); // the server answers into the void
        QVERIFY(!called);
        QCOMPARE(test::HttpClient().get(m_env.server->url(QStringLiteral("/healthz"))).status, 200);
    }

    // Banners the server stores are immutable: the second start of the app (a new ApiClient on the
    // same cache directory) shows them from disk without asking the server.
    void storedImagesComeFromDiskOnTheNextStart() {
        QImage picture(40, 20, QImage::Format_RGB32);
        picture.fill(Qt::darkYellow);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(picture.save(&buffer, "PNG"));
        const qint64 event = m_env.fx->event(
            m_env.admin, QJsonObject{{"image"_k, QString(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()))}});
        test::HttpClient http;
        const QString path =
            http.get(m_env.server->url(QStringLiteral("/api/events/%1").arg(event))).data().value("image"_k).toString();
        QVERIFY(path.startsWith(QStringLiteral("/api/images/")));
        const auto served = [&] {
            static const QRegularExpression line(
                QStringLiteral(R"(eventbook_http_requests_total\{method="GET",route="/api/images/:hash",status="200"\} (\d+))"));
            const auto m = line.match(QString::fromUtf8(http.get(m_env.server->url(QStringLiteral("/metrics"))).body));
            return m.hasMatch() ? m.captured(1).toInt() : 0;
        };
        QTemporaryDir cache;
        struct Got {
            bool done = false;
            QByteArray bytes;
            bool fromDisk = false;
        };
        for (int start = 0; start < 2; ++start) {
            ApiClient api(base());
            api.setImageCache(cache.path());
            Got got;
            api.storedImage(path, [&got](const Result<QByteArray> &bytes, bool fromDisk) {
                got = Got{true, bytes ? *bytes : QByteArray(), fromDisk};
            });
            QTRY_VERIFY(got.done);
            QCOMPARE(got.bytes, png);
            QCOMPARE(got.fromDisk, start == 1);
            QCOMPARE(served(), 1); // the first start asked once, the second not at all
        }
    }

    void notifications() {
        ApiClient api(base());
        const auto me = test::waitFor<User>([&](auto done) {
            api.registerAccount(QStringLiteral("nia@example.test"), QStringLiteral("Nia-Pass-2026!"), QStringLiteral("Nia"),
                                done);
        });
        QVERIFY(me);
        test::HttpClient http;
        QCOMPARE(http.postJson(m_env.server->url(QStringLiteral("/api/admin/notifications")),
                               {{"userId"_k, me->id}, {"title"_k, QStringLiteral("Hello")}}, m_env.admin.token)
                     .status,
                 201);
        const auto page = test::waitFor<client::NotificationPage>([&](auto done) { client::NotificationsApi(api).list(1, 20, false, done); });
        QVERIFY(page);
        QCOMPARE(page->unread, 1);
        QCOMPARE(page->items.first().title, QStringLiteral("Hello"));
        QVERIFY(test::waitFor<Unit>([&](auto done) { client::NotificationsApi(api).markRead(page->items.first().id, done); }));
        const auto after = test::waitFor<client::NotificationPage>([&](auto done) { client::NotificationsApi(api).list(1, 20, true, done); });
        QVERIFY(after);
        QCOMPARE(after->unread, 0);
        QVERIFY(after->items.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
