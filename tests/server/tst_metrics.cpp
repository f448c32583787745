// /metrics: valid Prometheus text (checked by promtool), counters that move with real traffic,
// route labels that are patterns, and the access rule (loopback, or METRICS_TOKEN).
#include "fixtures.h"
#include "http_client.h"
#include "test_server.h"
#include "ws_client.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace eventbook;
using test::operator""_k;
using test::Reply;

namespace {
// The value of one sample line, e.g. `eventbook_bookings_total` or
// `eventbook_booking_conflicts_total{reason="EVENT_FULL"}`; -1 when absent.
double sample(const QByteArray &text, const QByteArray &series) {
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).toDouble();
    }
    return -1;
}
} // namespace

class TestMetrics : public QObject {
    Q_OBJECT
private:
    test::HttpClient m_http;

    Reply scrape(test::TestServer &server, const QByteArray &forwardedFor = {}, const QByteArray &bearer = {}) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!forwardedFor.isEmpty())
            headers.append({"X-Forwarded-For", forwardedFor});
        if (!bearer.isEmpty())
            headers.append({"Authorization", "Bearer " + bearer});
        return m_http.send("GET", server.url(QStringLiteral("/metrics")), {}, headers);
    }

private Q_SLOTS:
    void metricsAreValidAndMove() {
        test::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        test::Fixtures fx(server);
        const test::Account admin = fx.account(QStringLiteral("Admin"), true);
        const test::Account alice = fx.account(QStringLiteral("Alice"));
        const qint64 event = fx.event(admin, {{"totalSlots"_k, 1}});
        test::WsClient ws;
        QVERIFY(ws.open(server.port()));

        const Reply before = scrape(server);
        QCOMPARE(before.status, 200);
        QVERIFY(before.header("Content-Type").startsWith("text/plain; version=0.0.4"));
        QCOMPARE(sample(before.body, "eventbook_bookings_total"), 0.0);
        QCOMPARE(sample(before.body, "eventbook_ws_connections"), 1.0);

        const QUrl book = server.url(QStringLiteral("/api/events/%1/book").arg(event));
        QCOMPARE(m_http.postJson(book, {}, alice.token).status, 201);
        QCOMPARE(m_http.postJson(book, {}, alice.token).status, 409); // ALREADY_BOOKED
        QCOMPARE(m_http.postJson(book, {}, admin.token).status, 409); // EVENT_FULL
        QCOMPARE(m_http.del(book, alice.token).status, 200);
        QCOMPARE(m_http.get(server.url(QStringLiteral("/api/events/999999"))).status, 404);

        const Reply after = scrape(server);
        QCOMPARE(after.status, 200);
        QCOMPARE(sample(after.body, "eventbook_bookings_total"), 1.0);
        QCOMPARE(sample(after.body, "eventbook_booking_cancellations_total"), 1.0);
        QCOMPARE(sample(after.body, R"(eventbook_booking_conflicts_total{reason="ALREADY_BOOKED"})"), 1.0);
        QCOMPARE(sample(after.body, R"(eventbook_booking_conflicts_total{reason="EVENT_FULL"})"), 1.0);
        QCOMPARE(sample(after.body, R"(eventbook_http_requests_total{method="POST",route="/api/events/:id/book",status="201"})"),
                 1.0);
        QCOMPARE(sample(after.body, R"(eventbook_http_requests_total{method="POST",route="/api/events/:id/book",status="409"})"),
                 2.0);
        QCOMPARE(sample(after.body, R"(eventbook_http_requests_total{method="GET",route="/api/events/:id",status="404"})"),
                 1.0);
        // Patterns only: no raw path with an id in any label.
        QVERIFY(!after.body.contains(QByteArray("/api/events/" + QByteArray::number(event))));
        QVERIFY(!after.body.contains("999999"));
        QVERIFY(sample(after.body, R"(eventbook_http_request_duration_seconds_count{method="POST",route="/api/events/:id/book"})") >=
                3.0);
        QVERIFY(sample(after.body, R"(eventbook_ws_messages_sent_total)") >= 4.0); // 2 changes × 2 messages
        QVERIFY(sample(after.body, "process_resident_memory_bytes") > 1e6);
        QVERIFY(sample(after.body, "process_open_fds") > 3);
        QVERIFY(sample(after.body, "process_start_time_seconds") > 1.7e9);
        QVERIFY(sample(after.body, "eventbook_db_pool_size") >= 1);

        // promtool, the reference parser and linter, accepts it.
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!promtool.isEmpty(), "promtool is missing (Debian package prometheus; scripts/eventbook.sh test installs it)");
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(check.waitForStarted());
        check.write(after.body);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30'000));
        QVERIFY2(check.exitCode() == 0, check.readAll().constData());
    }

    void accessRule() {
        {
            // No token configured: loopback only. TRUST_PROXY makes the forwarded address the client.
            test::TestServer server([](app::Config &c) { c.trustedProxies = http::ProxyTrust::loopback(); });
            QVERIFY(server.ok());
            QCOMPARE(scrape(server).status, 200);
            const Reply remote = scrape(server, "203.0.113.7");
            QCOMPARE(remote.status, 403);
            QCOMPARE(remote.json().value("success"_k).toBool(), false);
        }
        {
            test::TestServer server([](app::Config &c) {
                c.trustedProxies = http::ProxyTrust::loopback();
                c.metricsToken = QStringLiteral("scrape-token-0123456789");
            });
            QVERIFY(server.ok());
            QCOMPARE(scrape(server).status, 200); // loopback still may
            QCOMPARE(scrape(server, "203.0.113.7").status, 401);
            QCOMPARE(scrape(server, "203.0.113.7", "scrape-token-012345678X").status, 401);
            QCOMPARE(scrape(server, "203.0.113.7", "scrape-token").status, 401);
            const Reply ok = scrape(server, "203.0.113.7", "scrape-token-0123456789");
            QCOMPARE(ok.status, 200);
            QVERIFY(ok.body.contains("# TYPE eventbook_http_requests_total counter"));
        }
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
