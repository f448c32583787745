// GET /api/image-proxy: every refusal rule of API.md "Images", and a real PNG served from a
// local image server that only a test-only allow-list lets through.
#include "http/address_policy.h"
#include "http_client.h"
#include "test_server.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace eventbook;
using test::Reply;

namespace {
// A 1×1 PNG.
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

// The far side: a little HTTP server with one path per behaviour.
class ImageServer : public QObject {
public:
    ImageServer() {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path); }
    int requests = 0;
    QByteArray lastRequest;

private:
    void serve(QTcpSocket *s) {
        QByteArray &head = m_heads[s];
        head += s->readAll();
        if (!head.contains("\r\n\r\n"))
            return;
        ++requests;
        lastRequest = head;
        const QByteArray target = head.split(' ').value(1);
        const QUrl url(QString::fromLatin1(target));
        const QString path = url.path();
        auto answer = [s](const QByteArray &status, const QByteArray &type, const QByteArray &body,
                          bool length = true) {
            QByteArray out = "HTTP/1.0 " + status + "\r\nContent-Type: " + type + "\r\n";
            if (length)
                out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
            out += "\r\n" + body;
            s->write(out);
            s->disconnectFromHost();
        };
        if (path == QLatin1StringView("/cat.png")) {
            answer("200 OK", "image/png", kPng);
        } else if (path == QLatin1StringView("/page.html")) {
            answer("200 OK", "text/html", "<html><body>hi</body></html>");
        } else if (path == QLatin1StringView("/fake.png")) {
            answer("200 OK", "image/png", "<html><script>alert(1)</script></html>");
        } else if (path == QLatin1StringView("/announced-big.png")) {
            s->write("HTTP/1.0 200 OK\r\nContent-Type: image/png\r\nContent-Length: 6291456\r\n\r\n" + kPng);
        } else if (path == QLatin1StringView("/streamed-big.png")) {
            answer("200 OK", "image/png", kPng + QByteArray(6 * 1024 * 1024, 'x'), false);
        } else if (path == QLatin1StringView("/missing.png")) {
            answer("404 Not Found", "text/plain", "no");
        } else if (path == QLatin1StringView("/redirect")) {
            const QByteArray to = QUrlQuery(url).queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded).toUtf8();
            s->write("HTTP/1.0 302 Found\r\nLocation: " + to + "\r\nContent-Length: 0\r\n\r\n");
            s->disconnectFromHost();
        } else if (path == QLatin1StringView("/hang")) {
            // Never answers.
        } else {
            answer("404 Not Found", "text/plain", "unknown");
        }
    }
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_heads;
};
} // namespace

class TestImageProxy : public QObject {
    Q_OBJECT
private:
    test::HttpClient m_http;

    Reply proxy(test::TestServer &server, const QString &target) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("url"), QString::fromUtf8(QUrl::toPercentEncoding(target)));
        return m_http.get(server.url(QStringLiteral("/api/image-proxy?") + q.toString(QUrl::FullyEncoded)));
    }

private Q_SLOTS:
    void refusesPrivateAndLocalTargets_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("status");
        QTest::newRow("loopback") << "http://127.0.0.1/x.png" << 403;
        QTest::newRow("loopback elsewhere in 127/8") << "http://127.1.2.3/x.png" << 403;
        QTest::newRow("localhost") << "http://localhost/x.png" << 403;
        QTest::newRow("IPv6 loopback") << "http://[::1]/x.png" << 403;
        QTest::newRow("IPv4-mapped loopback") << "http://[::ffff:127.0.0.1]/x.png" << 403;
        QTest::newRow("cloud metadata") << "http://169.254.169.254/latest/meta-data/" << 403;
        QTest::newRow("private 10/8") << "http://10.0.0.1/x.png" << 403;
        QTest::newRow("private 192.168") << "http://192.168.1.1/x.png" << 403;
        QTest::newRow("private 172.16/12") << "http://172.20.0.1/x.png" << 403;
        QTest::newRow("CGNAT") << "http://100.64.0.1/x.png" << 403;
        QTest::newRow("unspecified") << "http://0.0.0.0/x.png" << 403;
        QTest::newRow("multicast") << "http://224.0.0.1/x.png" << 403;
        QTest::newRow("IPv6 link-local") << "http://[fe80::1]/x.png" << 403;
        QTest::newRow("IPv6 unique local") << "http://[fd00::1]/x.png" << 403;
        QTest::newRow("IPv4-mapped metadata") << "http://[::ffff:169.254.169.254]/" << 403;
        QTest::newRow("NAT64 of loopback") << "http://[64:ff9b::7f00:1]/x.png" << 403;
        QTest::newRow("decimal-encoded loopback") << "http://2130706433/x.png" << 403;
        QTest::newRow("hex-encoded loopback") << "http://0x7f000001/x.png" << 403;
        QTest::newRow("file") << "file:///etc/passwd" << 400;
        QTest::newRow("gopher") << "gopher://example.com/1" << 400;
        QTest::newRow("ftp") << "ftp://example.com/x.png" << 400;
        QTest::newRow("credentials") << "http://user:secret@example.com/x.png" << 400;
        QTest::newRow("not a URL") << "::::" << 400;
    }
    void refusesPrivateAndLocalTargets() {
        QFETCH(QString, target);
        QFETCH(int, status);
        test::TestServer server;
        QVERIFY(server.ok());
        const Reply r = proxy(server, target);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(QLatin1StringView("success")).toBool(true), false);
        QVERIFY(!r.json().value(QLatin1StringView("error")).toObject().value(QLatin1StringView("message")).toString().isEmpty());
    }

    void missingUrlIsAValidationError() {
        test::TestServer server;
        QVERIFY(server.ok());
        QCOMPARE(m_http.get(server.url(QStringLiteral("/api/image-proxy"))).status, 400);
        QCOMPARE(proxy(server, QStringLiteral("http://example.com/") + QString(3000, QLatin1Char('a'))).status, 400);
    }

    void theLocalImageServerIsRefusedWithoutTheAllowList() {
        ImageServer images;
        test::TestServer server;
        QVERIFY(server.ok());
        QCOMPARE(proxy(server, images.url(QStringLiteral("/cat.png"))).status, 403);
        QCOMPARE(images.requests, 0); // refused before any connection
    }

    void servesARealImageWhenAllowed() {
        ImageServer images;
        test::TestServer server([](app::Config &c) { c.imageProxyAllow = {QHostAddress::LocalHost}; });
        QVERIFY(server.ok());
        const Reply r = proxy(server, images.url(QStringLiteral("/cat.png?size=small")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("image/png"));
        QCOMPARE(r.body, kPng);
        QVERIFY(r.header("Cache-Control").contains("max-age"));
        QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
        // The request went to the address that was checked, with the host name in Host.
        QVERIFY(images.lastRequest.startsWith("GET /cat.png?size=small HTTP/1.0\r\n"));
        QVERIFY(images.lastRequest.contains(QByteArray("Host: 127.0.0.1:" + QByteArray::number(images.port()))));
    }

    void refusesWhatIsNotAnImage_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("html") << "/page.html" << 415 << "UNSUPPORTED_MEDIA_TYPE";
        QTest::newRow("html labelled png") << "/fake.png" << 415 << "UNSUPPORTED_MEDIA_TYPE";
        QTest::newRow("announced 6 MB") << "/announced-big.png" << 413 << "PAYLOAD_TOO_LARGE";
        QTest::newRow("streamed 6 MB") << "/streamed-big.png" << 413 << "PAYLOAD_TOO_LARGE";
        QTest::newRow("not found upstream") << "/missing.png" << 502 << "BAD_GATEWAY";
    }
    void refusesWhatIsNotAnImage() {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, code);
        ImageServer images;
        test::TestServer server([](app::Config &c) { c.imageProxyAllow = {QHostAddress::LocalHost}; });
        QVERIFY(server.ok());
        const Reply r = proxy(server, images.url(path));
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code); // the status and the code both come from the one ErrorCode table
    }

    void redirectsAreCheckedHopByHop_data() {
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("status");
        QTest::newRow("to metadata") << "http://169.254.169.254/latest/meta-data/" << 403;
        QTest::newRow("to 10/8") << "http://10.0.0.1/x.png" << 403;
        QTest::newRow("to IPv6 loopback") << "http://[::1]/x.png" << 403;
        QTest::newRow("to file") << "file:///etc/passwd" << 400;
        QTest::newRow("to gopher") << "gopher://127.0.0.1:70/" << 400;
        QTest::newRow("to an image") << "/cat.png" << 200;
    }
    void redirectsAreCheckedHopByHop() {
        QFETCH(QString, to);
        QFETCH(int, status);
        ImageServer images;
        test::TestServer server([](app::Config &c) { c.imageProxyAllow = {QHostAddress::LocalHost}; });
        QVERIFY(server.ok());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("to"), QString::fromUtf8(QUrl::toPercentEncoding(to)));
        const Reply r = proxy(server, images.url(QStringLiteral("/redirect?") + q.toString(QUrl::FullyEncoded)));
        QCOMPARE(r.status, status);
        if (status == 200)
            QCOMPARE(r.body, kPng);
    }

    void atMostThreeRedirects() {
        ImageServer images;
        test::TestServer server([](app::Config &c) { c.imageProxyAllow = {QHostAddress::LocalHost}; });
        QVERIFY(server.ok());
        QString target = images.url(QStringLiteral("/cat.png"));
        for (int hops = 1; hops <= 4; ++hops) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("to"), QString::fromUtf8(QUrl::toPercentEncoding(target)));
            target = images.url(QStringLiteral("/redirect?") + q.toString(QUrl::FullyEncoded));
            QCOMPARE(proxy(server, target).status, hops <= 3 ? 200 : 400);
        }
    }

    void aSilentImageServerTimesOut() {
        ImageServer images;
        test::TestServer server([](app::Config &c) {
            c.imageProxyAllow = {QHostAddress::LocalHost};
            c.imageProxyTimeoutMs = 500;
        });
        QVERIFY(server.ok());
        const Reply r = proxy(server, images.url(QStringLiteral("/hang")));
        QCOMPARE(r.status, 504);
        QCOMPARE(r.errorCode(), QStringLiteral("GATEWAY_TIMEOUT"));
        QCOMPARE(m_http.get(server.url(QStringLiteral("/healthz"))).status, 200);
    }

    void addressClassification_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("isPublic");
        const std::pair<const char *, bool> cases[] = {
            {"8.8.8.8", true},          {"1.1.1.1", true},           {"93.184.216.34", true},
            {"127.0.0.1", false},       {"10.255.255.255", false},   {"172.15.255.255", true},
            {"172.16.0.0", false},      {"172.31.255.255", false},   {"172.32.0.0", true},
            {"192.168.0.1", false},     {"169.254.0.1", false},      {"100.63.255.255", true},
            {"100.64.0.0", false},      {"100.127.255.255", false},  {"100.128.0.0", true},
            {"0.0.0.0", false},         {"255.255.255.255", false},  {"224.0.0.251", false},
            {"192.0.2.1", false},       {"198.18.0.1", false},       {"2001:4860:4860::8888", true},
            {"::", false},              {"::1", false},              {"::ffff:8.8.8.8", true},
            {"::ffff:10.0.0.1", false}, {"::127.0.0.1", false},      {"fe80::1", false},
            {"fc00::1", false},         {"fdff::1", false},          {"ff02::1", false},
            {"2001:db8::1", false},     {"64:ff9b::808:808", true},  {"64:ff9b::a00:1", false},
            {"2002:7f00:1::", false},   {"2002:808:808::", true},    {"100::1", false},
        };
        for (const auto &[address, isPublic] : cases)
            QTest::newRow(address) << QString::fromLatin1(address) << isPublic;
    }
    void addressClassification() {
        QFETCH(QString, address);
        QFETCH(bool, isPublic);
        QCOMPARE(http::isPublicAddress(QHostAddress(address)), isPublic);
    }
};

QTEST_GUILESS_MAIN(TestImageProxy)
#include "tst_image_proxy.moc"
