// The front door: limits that Qt 6.4's QHttpServer does not have, checked with raw sockets.
#include "http/executor.h"
#include "http/router.h"
#include "http/server_counters.h"
#include "storage/database.h"
#include "test_server.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace eventbook;

namespace {
qint64 rssKb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
// The memory budget of a refused request: what a 512 MB body or 20 MB of headers must not cost.
// Under AddressSanitizer RSS measures its shadow memory and the quarantine of freed blocks, not what
// the server keeps, so the sanitizer build checks behaviour only and the normal builds check memory.
void checkMemory(qint64 beforeKb) {
#if defined(__SANITIZE_ADDRESS__)
    Q_UNUSED(beforeKb);
#else
    const qint64 rss = rssKb();
    qInfo("RSS %lld kB -> %lld kB", beforeKb, rss);
    QVERIFY2(rss > 0 && rss < 100 * 1024, qPrintable(QStringLiteral("RSS %1 kB").arg(rss)));
    QVERIFY2(rss - beforeKb < 16 * 1024,
             qPrintable(QStringLiteral("RSS grew from %1 kB to %2 kB").arg(beforeKb).arg(rss)));
#endif
}
} // namespace

class TestFrontDoor : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::TestServer> m_server;

    // The server hashes a dummy password at start (Argon2id: 64 MiB for ~150 ms); memory baselines
    // are taken after that.
    qint64 settledRssKb() {
        m_server->app().executor().pool(http::Executor::Pool::Hashing).waitForDone(30000);
        return rssKb();
    }

    std::unique_ptr<QTcpSocket> connectRaw() {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, m_server->port());
        return s;
    }

    // Streams `filler` after `head` until the server answers (or `maxBytes` went out), and
    // returns what it answered; `sentOut` tells how much had been sent by then.
    QByteArray pushUntilAnswered(const QByteArray &head, const QByteArray &filler, qint64 maxBytes,
                                 qint64 *sentOut = nullptr) {
        auto s = connectRaw();
        QByteArray answer;
        qint64 sent = 0;
        [&] { QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::ConnectedState, 5000); }();
        s->write(head);
        auto feed = [&] {
            answer += s->readAll();
            while (answer.isEmpty() && sent < maxBytes && s->bytesToWrite() < 1024 * 1024 &&
                   s->state() == QAbstractSocket::ConnectedState) {
                s->write(filler);
                sent += filler.size();
            }
            return !answer.isEmpty() || s->state() != QAbstractSocket::ConnectedState;
        };
        [&] { QTRY_VERIFY_WITH_TIMEOUT(feed(), 20000); }();
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((answer += s->readAll()).contains("\r\n\r\n{") ||
                                         s->state() != QAbstractSocket::ConnectedState,
                                     5000);
        }();
        answer += s->readAll();
        if (sentOut)
            *sentOut = sent;
        return answer;
    }

    QByteArray roundTrip(QTcpSocket &s, const QByteArray &request) {
        QByteArray answer;
        s.write(request);
        [&] { QTRY_VERIFY_WITH_TIMEOUT((answer += s.readAll()).contains("}"), 10000); }();
        return answer;
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<test::TestServer>([](app::Config &c) {
            c.headTimeoutMs = 400;
            c.idleTimeoutMs = 1500;
        });
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    void announced512MbBodyIsRefusedAtOnce() {
        const QByteArray head =
            "POST /api/auth/login HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
            "Content-Length: 536870912\r\n\r\n";
        qint64 sent = 0;
        const qint64 before = settledRssKb();
        const QByteArray answer =
            pushUntilAnswered(head, QByteArray(64 * 1024, 'a'), 512LL * 1024 * 1024, &sent);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(80).constData());
        // "At once": the answer came while the client had sent a sliver of the announced body.
        QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(QStringLiteral("sent %1 bytes first").arg(sent)));
        QVERIFY(answer.contains("\"PAYLOAD_TOO_LARGE\""));
        QVERIFY(answer.contains("X-Content-Type-Options: nosniff"));
        checkMemory(before);
        QVERIFY(m_server->app().counters().rejectedAtDoor >= 1);
    }

    void bodyJustOverTheLimitIsRefused() {
        const QByteArray body(1024 * 1024 + 1, ' ');
        const QByteArray head = "POST /api/auth/register HTTP/1.1\r\nHost: t\r\nContent-Length: " +
                                QByteArray::number(body.size()) + "\r\n\r\n";
        QVERIFY(pushUntilAnswered(head, body, body.size()).startsWith("HTTP/1.1 413 "));
    }

    void twentyMegabytesOfHeadersGet431() {
        const qint64 before = settledRssKb();
        const QByteArray answer =
            pushUntilAnswered("GET /healthz HTTP/1.1\r\nHost: t\r\n",
                              "X-Fill: " + QByteArray(8000, 'x') + "\r\n", 20 * 1024 * 1024);
        QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.left(80).constData());
        checkMemory(before);
    }

    void refusals_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::newRow("chunked body") << QByteArray("POST /api/auth/login HTTP/1.1\r\nHost: "
                                                    "t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
                                      << QByteArray("HTTP/1.1 411 ");
        QTest::newRow("garbage request line")
            << QByteArray("HELLO THERE\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("negative length")
            << QByteArray("POST /api/auth/login HTTP/1.1\r\nContent-Length: -5\r\n\r\n")
            << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("conflicting lengths")
            << QByteArray("POST /api/auth/login HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n")
            << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("header without colon")
            << QByteArray("GET /healthz HTTP/1.1\r\nbroken header\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("binary junk") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15)
                                     << QByteArray("HTTP/1.1 400 ");
        // The request line's parts, one broken at a time.
        const QByteArray bad400("HTTP/1.1 400 ");
        QTest::newRow("lower-case method") << QByteArray("get /healthz HTTP/1.1\r\n\r\n") << bad400;
        QTest::newRow("method of 17 letters")
            << QByteArray("ABCDEFGHIJKLMNOPQ /healthz HTTP/1.1\r\n\r\n") << bad400;
        QTest::newRow("two spaces") << QByteArray("GET  /healthz HTTP/1.1\r\n\r\n") << bad400;
        QTest::newRow("tab in the target") << QByteArray("GET /heal\tthz HTTP/1.1\r\n\r\n") << bad400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET /healthz HTTP/2.0\r\n\r\n") << bad400;
        QTest::newRow("no version") << QByteArray("GET /healthz\r\n\r\n") << bad400;
        QTest::newRow("trailing text") << QByteArray("GET /healthz HTTP/1.1 x\r\n\r\n") << bad400;
        QTest::newRow("target past the 16 KB head limit")
            << QByteArray("GET /" + QByteArray(16384, 'a') + " HTTP/1.1\r\n\r\n")
            << QByteArray("HTTP/1.1 431 ");
        QTest::newRow("length with a sign")
            << QByteArray("POST /api/auth/login HTTP/1.1\r\nContent-Length: +5\r\n\r\n") << bad400;
    }
    void refusals() {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, statusLine);
        auto s = connectRaw();
        s->write(request);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += s->readAll()).contains("}"), 5000);
        QVERIFY2(answer.startsWith(statusLine), answer.left(80).constData());
        QVERIFY(answer.contains("\"success\":false"));
        // The server is unharmed.
        auto other = connectRaw();
        QVERIFY(roundTrip(*other, "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n").startsWith("HTTP/1.1 200 "));
    }

    void requestIdIsEchoedOnlyWhenSafe_data() {
        QTest::addColumn<QByteArray>("sent");
        QTest::addColumn<bool>("echoed");
        QTest::newRow("plain") << QByteArray("abc-123_x.y:z") << true;
        QTest::newRow("too long") << QByteArray(200, 'a') << false;
        QTest::newRow("json breaker") << QByteArray("a\"},\"level\":\"error") << false;
        QTest::newRow("spaces") << QByteArray("a b") << false;
        QTest::newRow("non-ascii") << QByteArray("caf\xc3\xa9") << false;
    }
    void requestIdIsEchoedOnlyWhenSafe() {
        QFETCH(QByteArray, sent);
        QFETCH(bool, echoed);
        auto s = connectRaw();
        const QByteArray answer =
            roundTrip(*s, "GET /healthz HTTP/1.1\r\nHost: t\r\nX-Request-Id: " + sent + "\r\n\r\n");
        QVERIFY(answer.startsWith("HTTP/1.1 200 "));
        const qsizetype at = answer.indexOf("X-Request-Id: ");
        QVERIFY(at > 0);
        const QByteArray id = answer.mid(at + 14, answer.indexOf("\r\n", at) - at - 14);
        if (echoed) {
            QCOMPARE(id, sent);
        } else {
            QVERIFY(id != sent);
            QCOMPARE(id.size(), 36); // a fresh UUID
        }
    }

    void slowHeadTimesOutWith408() {
        auto s = connectRaw();
        s->write("GET /healthz HTTP/1.1\r\nHost: t\r\n"); // never finished
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += s->readAll()).contains("}"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.left(80).constData());
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void tricklingBodyIsCutOff() {
        m_server = std::make_unique<test::TestServer>([](app::Config &c) {
            c.headTimeoutMs = 2000;
            c.idleTimeoutMs = 10'000; // longer than the test: the rate check must be what ends it
            c.bodyGraceMs = 600;
        });
        QVERIFY(m_server->ok());
        auto s = connectRaw();
        QVERIFY(s->waitForConnected(2000));
        s->write("POST /api/auth/login HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                 "Content-Length: 50000\r\n\r\n{\"email\":\"");
        // 20 bytes every 100 ms: 200 bytes/s, far below 1 kB/s, yet never idle.
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, s.get(), [&s] { s->write(QByteArray(20, 'a')); });
        drip.start(100);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += s->readAll()).contains("}"), 8000);
        drip.stop();
        QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.left(120).constData());
        QVERIFY(answer.contains("too slowly"));
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 5000);
        // A body that arrives at a normal pace after the same grace is fine.
        const QByteArray body = R"({"refreshToken":"nothing"})";
        auto next = connectRaw();
        QVERIFY(next->waitForConnected(2000));
        QVERIFY(roundTrip(*next, "POST /api/auth/logout HTTP/1.1\r\nHost: t\r\nContent-Length: " +
                                     QByteArray::number(body.size()) + "\r\n\r\n" + body)
                    .startsWith("HTTP/1.1 200 "));
    }

    void connectionsPerAddressAreCapped() {
        // Loopback is spared the cap in service; here it is capped so the test's own connections
        // (which can only come from this host) reach it.
        m_server = std::make_unique<test::TestServer>([](app::Config &c) {
            c.maxConnectionsPerAddress = 3;
            c.capLoopbackConnections = true;
            c.idleTimeoutMs = 10'000;
            c.headTimeoutMs = 10'000;
        });
        QVERIFY(m_server->ok());
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(connectRaw());
            QVERIFY(held.back()->waitForConnected(2000));
        }
        QTRY_COMPARE(m_server->app().openConnections(), 3);
        auto extra = connectRaw();
        QVERIFY(extra->waitForConnected(2000));
        QByteArray refused;
        QTRY_VERIFY_WITH_TIMEOUT((refused += extra->readAll()).contains("}"), 5000);
        QVERIFY2(refused.startsWith("HTTP/1.1 429 "), refused.left(120).constData());
        QTRY_COMPARE_WITH_TIMEOUT(extra->state(), QAbstractSocket::UnconnectedState, 5000);
        // One leaves, another may come; the ones held still work.
        held.front()->abort();
        held.erase(held.begin());
        QTRY_COMPARE(m_server->app().openConnections(), 2);
        auto again = connectRaw();
        QVERIFY(again->waitForConnected(2000));
        QVERIFY(roundTrip(*again, "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n").startsWith("HTTP/1.1 200 "));
        QVERIFY(
            roundTrip(*held.front(), "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n").startsWith("HTTP/1.1 200 "));
    }

    void loopbackIsNotCapped() {
        m_server = std::make_unique<test::TestServer>([](app::Config &c) {
            c.maxConnectionsPerAddress = 3;
            c.idleTimeoutMs = 10'000;
            c.headTimeoutMs = 10'000;
        });
        QVERIFY(m_server->ok());
        std::vector<std::unique_ptr<QTcpSocket>> local;
        for (int i = 0; i < 6; ++i) {
            local.push_back(connectRaw());
            QVERIFY(local.back()->waitForConnected(2000));
        }
        QTRY_COMPARE(m_server->app().openConnections(), 6);
        QVERIFY(
            roundTrip(*local.back(), "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n").startsWith("HTTP/1.1 200 "));
        QVERIFY(roundTrip(*local.front(), "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
                    .startsWith("HTTP/1.1 200 "));
    }

    void silentConnectionIsClosed() {
        auto s = connectRaw();
        QVERIFY(s->waitForConnected(2000));
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->app().openConnections(), 0, 5000);
    }

    void keepAliveServesSeveralRequestsThenIdlesOut() {
        auto s = connectRaw();
        QVERIFY(roundTrip(*s, "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n").startsWith("HTTP/1.1 200 "));
        const QByteArray body = R"({"refreshToken":"nothing"})";
        const QByteArray second =
            roundTrip(*s, "POST /api/auth/logout HTTP/1.1\r\nHost: t\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY2(second.startsWith("HTTP/1.1 200 "), second.left(80).constData());
        QVERIFY(roundTrip(*s, "GET /readyz HTTP/1.1\r\nHost: t\r\n\r\n").startsWith("HTTP/1.1 200 "));
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 6000);
    }

    void expectContinueIsAnswered() {
        auto s = connectRaw();
        const QByteArray body = R"({"refreshToken":"x"})";
        s->write("POST /api/auth/logout HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n");
        QByteArray interim;
        QTRY_VERIFY_WITH_TIMEOUT((interim += s->readAll()).startsWith("HTTP/1.1 100 Continue\r\n\r\n"), 5000);
        QByteArray answer = interim.mid(25);
        s->write(body);
        QTRY_VERIFY_WITH_TIMEOUT((answer += s->readAll()).contains("}"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
    }

    void stopDeliversAnswersInFlight() {
        // A request whose work is still running when the server is told to stop gets its answer;
        // new connections are refused from that moment.
        auto gate = std::make_shared<QSemaphore>(0);
        int entered = 0;
        app::ServerApp &server = m_server->app();
        server.router().add(
            "GET", QStringLiteral("/test/slow"),
            [&server, gate, &entered](http::HttpRequest &, const std::shared_ptr<http::Responder> &r) {
                ++entered;
                server.executor().respond(http::Executor::Pool::Database, r, [gate] {
                    gate->tryAcquire(1, 30000);
                    return http::HttpResponse::message(QStringLiteral("finished"));
                });
            });
        auto s = connectRaw();
        s->write("GET /test/slow HTTP/1.1\r\nHost: t\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(entered, 1, 10000);
        QTimer::singleShot(200, [gate] { gate->release(); });
        server.stop(10000);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += s->readAll()).contains("}"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
        QVERIFY(answer.contains("finished"));
        QCOMPARE(server.port(), quint16(0));
    }

    void clientsThatLeaveBeforeTheAnswerDoNotHurt() {
        // A route whose work waits on a gate and then queries the database: the stand-in for a
        // slow query. 200 clients ask, hang up, and only then is the work allowed to finish.
        auto gate = std::make_shared<QSemaphore>(0);
        int entered = 0;
        app::ServerApp &server = m_server->app();
        server.router().add(
            "GET", QStringLiteral("/test/slow"),
            [&server, gate, &entered](http::HttpRequest &, const std::shared_ptr<http::Responder> &r) {
                ++entered;
                server.executor().respond(http::Executor::Pool::Database, r, [&server, gate] {
                    gate->tryAcquire(1, 30000);
                    const auto ping = server.database().ping();
                    return ping.ok() ? http::HttpResponse::message(QStringLiteral("done"))
                                     : http::HttpResponse::error(ping.error());
                });
            });
        constexpr int kClients = 200;
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < kClients; ++i) {
            clients.push_back(connectRaw());
            clients.back()->write("GET /test/slow HTTP/1.1\r\nHost: t\r\n\r\n");
        }
        QTRY_COMPARE_WITH_TIMEOUT(entered, kClients, 20000);
        for (auto &c : clients)
            c->abort();
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 20000);
        const quint64 droppedBefore = server.counters().responsesDropped;
        gate->release(kClients);
        QTRY_COMPARE_WITH_TIMEOUT(server.counters().responsesDropped - droppedBefore, quint64(kClients),
                                  30000);
        auto s = connectRaw();
        QVERIFY(roundTrip(*s, "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n").startsWith("HTTP/1.1 200 "));
    }
};

QTEST_GUILESS_MAIN(TestFrontDoor)
#include "tst_front_door.moc"
