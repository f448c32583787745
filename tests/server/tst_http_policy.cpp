// What every request meets before its route: rate limits per address and scope, security
// headers, CORS, gzip — over real HTTP, bytes as they travel.
#include "fixtures.h"
#include "http/compression.h"
#include "http/cors_policy.h"
#include "http/rate_limiter.h"
#include "http/request_policy.h"
#include "test_server.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <zlib.h>

using namespace eventbook;
using test::operator""_k;

namespace {
// One request on its own connection, read to the end: the raw head and body.
struct RawReply {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const {
        for (const auto &[n, v] : headers) {
            if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    QList<QByteArray> all(QByteArrayView name) const {
        QList<QByteArray> out;
        for (const auto &[n, v] : headers) {
            if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
                out.append(v);
        }
        return out;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

RawReply raw(quint16 port, const QByteArray &method, const QByteArray &target,
             const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {}) {
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(5000))
        return {};
    QByteArray req = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    for (const auto &[n, v] : headers)
        req += n + ": " + v + "\r\n";
    const bool lengthGiven = std::any_of(headers.begin(), headers.end(), [](const auto &h) {
        return h.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
    });
    if (!lengthGiven && (!body.isEmpty() || method == "POST"))
        req += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    req += "\r\n" + body;
    s.write(req);
    QByteArray all;
    (void)QTest::qWaitFor(
        [&] {
            all += s.readAll();
            return s.state() == QAbstractSocket::UnconnectedState;
        },
        15'000);
    all += s.readAll();
    RawReply r;
    const qsizetype end = all.indexOf("\r\n\r\n");
    if (end < 0)
        return r;
    const QList<QByteArray> lines = all.left(end).split('\n');
    r.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    r.body = all.mid(end + 4);
    return r;
}

QByteArray gunzip(const QByteArray &data) {
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return {};
    QByteArray out;
    char buffer[16384];
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - zs.avail_out));
    }
    inflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

void checkSecurityHeaders(const RawReply &r) {
    QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QVERIFY(r.header("Content-Security-Policy").contains("default-src 'self'"));
    QCOMPARE(r.header("Referrer-Policy"), QByteArray("no-referrer"));
    QCOMPARE(r.header("X-Frame-Options"), QByteArray("DENY"));
    QVERIFY(!r.header("Cross-Origin-Resource-Policy").isEmpty());
    QVERIFY(r.header("X-Powered-By").isEmpty());
    QVERIFY(r.header("Server").isEmpty());
}
} // namespace

class TestHttpPolicy : public QObject {
    Q_OBJECT
private:
    using Tweak = std::function<void(app::Config &)>;
    std::unique_ptr<test::TestServer> start(Tweak tweak = {}) {
        auto server = std::make_unique<test::TestServer>(std::move(tweak));
        return server->ok() ? std::move(server) : nullptr;
    }

private Q_SLOTS:
    void apiLimitAnswers429WithHeaders() {
        auto server = start([](app::Config &c) {
            c.rateLimits = true;
            c.rateLimitOverrides.insert(QStringLiteral("api"), {5, 60});
        });
        QVERIFY(server);
        for (int i = 0; i < 5; ++i) {
            const RawReply r = raw(server->port(), "GET", "/api/events");
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("RateLimit-Limit"), QByteArray("5"));
            QCOMPARE(r.header("RateLimit-Remaining").toInt(), 4 - i);
            QVERIFY(r.header("RateLimit-Reset").toInt() > 0);
        }
        const RawReply refused = raw(server->port(), "GET", "/api/events");
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json().value("success"_k).toBool(), false);
        QCOMPARE(refused.json().value("error"_k).toObject().value("code"_k).toString(), QStringLiteral("RATE_LIMITED"));
        const int retry = refused.header("Retry-After").toInt();
        QVERIFY(retry > 0 && retry <= 60);
        QCOMPARE(refused.header("RateLimit-Remaining"), QByteArray("0"));
        checkSecurityHeaders(refused);
        // Health and metrics-style endpoints outside /api are not counted.
        QCOMPARE(raw(server->port(), "GET", "/healthz").status, 200);
        // Unknown /api routes count too (a scanner is still a client).
        QCOMPARE(raw(server->port(), "GET", "/api/nope").status, 429);
    }

    void scopesAreSeparateAndTighter() {
        auto server = start([](app::Config &c) {
            c.rateLimits = true;
            c.rateLimitOverrides.insert(QStringLiteral("auth"), {2, 3600});
            c.rateLimitOverrides.insert(QStringLiteral("booking"), {1, 3600});
        });
        QVERIFY(server);
        const QByteArray login = R"({"email":"nobody@example.test","password":"Wrong-Pass-1!"})";
        QCOMPARE(raw(server->port(), "POST", "/api/auth/login", {}, login).status, 401);
        QCOMPARE(raw(server->port(), "POST", "/api/auth/login", {}, login).status, 401);
        const RawReply third = raw(server->port(), "POST", "/api/auth/login", {}, login);
        QCOMPARE(third.status, 429);
        QVERIFY(third.json().value("error"_k).toObject().value("message"_k).toString().contains(QStringLiteral("auth")));
        // Other routes still answer.
        QCOMPARE(raw(server->port(), "GET", "/api/events").status, 200);
        test::Fixtures fx(*server);
        const test::Account admin = fx.account(QStringLiteral("Admin"), true);
        const qint64 event = fx.event(admin);
        const QList<QPair<QByteArray, QByteArray>> bearer{{"Authorization", "Bearer " + admin.token}};
        const QByteArray path = "/api/events/" + QByteArray::number(event) + "/book";
        QCOMPARE(raw(server->port(), "POST", path, bearer).status, 201);
        QCOMPARE(raw(server->port(), "DELETE", path, bearer).status, 429);
        QCOMPARE(raw(server->port(), "GET", "/api/bookings/my", bearer).status, 200);
    }

    void forwardedForOnlyBehindATrustedProxy_data() {
        QTest::addColumn<bool>("trustProxy");
        QTest::newRow("direct") << false;
        QTest::newRow("behind a proxy") << true;
    }
    void forwardedForOnlyBehindATrustedProxy() {
        QFETCH(bool, trustProxy);
        auto server = start([trustProxy](app::Config &c) {
            c.rateLimits = true;
            c.trustedProxies = trustProxy ? http::ProxyTrust::loopback() : http::ProxyTrust();
            c.rateLimitOverrides.insert(QStringLiteral("api"), {2, 60});
        });
        QVERIFY(server);
        int refused = 0;
        for (int i = 0; i < 6; ++i) {
            // A client that claims a new address each time.
            const QByteArray forwarded = "203.0.113." + QByteArray::number(i) + ", 198.51.100." + QByteArray::number(i);
            refused += raw(server->port(), "GET", "/api/events", {{"X-Forwarded-For", forwarded}}).status == 429;
        }
        // Direct: all six come from 127.0.0.1, so four are refused. Behind a proxy each request
        // comes from the address the proxy appended, a different one each time.
        QCOMPARE(refused, trustProxy ? 0 : 4);
    }

    // TRUST_PROXY names its proxies; a peer that is not one of them is its own client, whatever
    // X-Forwarded-For says ("XFF: 127.0.0.1" must not make a remote client local).
    void forwardedForIsBelievedOnlyFromTheNamedProxies() {
        const auto trust = http::ProxyTrust::parse(QStringLiteral("10.0.0.0/8, 2001:db8::/32,192.0.2.1"));
        QVERIFY(trust);
        http::RequestPolicy::Settings settings;
        settings.trustedProxies = *trust;
        const http::RequestPolicy policy(settings);
        const auto ip = [&](const char *peer, const QByteArray &xff) {
            return policy.clientIp(QHostAddress(QString::fromLatin1(peer)), xff);
        };
        QCOMPARE(ip("203.0.113.9", "127.0.0.1"), QStringLiteral("203.0.113.9"));
        QCOMPARE(ip("10.1.2.3", "198.51.100.7"), QStringLiteral("198.51.100.7"));
        // Chained proxies: the first address from the right that is not ours is the client.
        QCOMPARE(ip("10.1.2.3", "127.0.0.1, 198.51.100.7, 10.9.9.9"), QStringLiteral("198.51.100.7"));
        QCOMPARE(ip("192.0.2.1", "198.51.100.8"), QStringLiteral("198.51.100.8"));
        QCOMPARE(ip("2001:db8::5", "198.51.100.9"), QStringLiteral("198.51.100.9"));
        QCOMPARE(ip("::ffff:10.0.0.1", "198.51.100.10"), QStringLiteral("198.51.100.10"));
        QCOMPARE(ip("10.1.2.3", "not-an-address"), QStringLiteral("10.1.2.3"));
        QCOMPARE(ip("127.0.0.1", "198.51.100.7"), QStringLiteral("127.0.0.1")); // loopback was not named

        // "true" is a proxy on this host only.
        const auto local = http::ProxyTrust::parse(QStringLiteral("true"));
        QVERIFY(local && local->trusts(QHostAddress::LocalHost) && local->trusts(QHostAddress::LocalHostIPv6));
        QVERIFY(!local->trusts(QHostAddress(QStringLiteral("10.0.0.1"))));
        QVERIFY(http::ProxyTrust::parse(QStringLiteral("false")) && !http::ProxyTrust::parse(QStringLiteral("false"))->enabled());
        QVERIFY(!http::ProxyTrust::parse(QStringLiteral("perhaps")));
        QVERIFY(!http::ProxyTrust::parse(QStringLiteral("10.0.0.0/99")));
        QVERIFY(!http::ProxyTrust::parse(QStringLiteral("10.0.0.0/8,nonsense")));
    }

    void limitsCanBeTurnedOff() {
        auto server = start([](app::Config &c) {
            c.rateLimits = false;
            c.rateLimitOverrides.insert(QStringLiteral("api"), {1, 60});
        });
        QVERIFY(server);
        for (int i = 0; i < 5; ++i) {
            const RawReply r = raw(server->port(), "GET", "/api/events");
            QCOMPARE(r.status, 200);
            QVERIFY(r.header("RateLimit-Limit").isEmpty());
        }
    }

    void limiterMemoryIsBounded() {
        http::RateLimiter limiter(http::RateLimiter::defaults(), 10'000);
        qint64 now = 1'000'000;
        // A million distinct addresses inside one window.
        for (int i = 0; i < 1'000'000; ++i) {
            const QString ip = QStringLiteral("10.%1.%2.%3").arg((i >> 16) & 255).arg((i >> 8) & 255).arg(i & 255);
            QVERIFY(limiter.hit(http::RateScope::Api, ip, now + i / 1000).allowed);
            QVERIFY(limiter.size() <= 10'000);
        }
        // Windows that have ended are dropped.
        limiter.hit(http::RateScope::Api, QStringLiteral("192.0.2.1"), now + 16 * 60 * 1000 + 1000);
        QCOMPARE(limiter.size(), 1);
        // IPv6 clients are counted per /64: a host cannot escape by changing its interface id.
        http::RateLimiter v6({http::RateRule{3, 60}, {}, {}, {}});
        int allowed = 0;
        for (int i = 0; i < 10; ++i)
            allowed += v6.hit(http::RateScope::Api, QStringLiteral("2001:db8:1:2::%1").arg(i + 1, 0, 16), now).allowed;
        QCOMPARE(allowed, 3);
        QVERIFY(v6.hit(http::RateScope::Api, QStringLiteral("2001:db8:1:3::1"), now).allowed);
    }

    void securityHeadersOnEveryKindOfAnswer() {
        auto server = start([](app::Config &c) {
            c.cspExtraOrigins = {QStringLiteral("https://cdn.example.test")};
        });
        QVERIFY(server);
        const RawReply ok = raw(server->port(), "GET", "/api/events");
        QCOMPARE(ok.status, 200);
        checkSecurityHeaders(ok);
        QVERIFY(ok.header("Content-Security-Policy").contains("https://cdn.example.test"));
        QVERIFY(ok.header("Strict-Transport-Security").isEmpty()); // plain HTTP
        const RawReply missing = raw(server->port(), "GET", "/api/nothing-here");
        QCOMPARE(missing.status, 404);
        checkSecurityHeaders(missing);
        const RawReply notModified = raw(server->port(), "GET", "/api/events", {{"If-None-Match", ok.header("ETag")}});
        QCOMPARE(notModified.status, 304);
        checkSecurityHeaders(notModified);
        const RawReply malformed = raw(server->port(), "POST", "/api/auth/login", {}, "{not json");
        QCOMPARE(malformed.status, 400);
        checkSecurityHeaders(malformed);
        // The front door's own refusals too.
        const RawReply tooLarge = raw(server->port(), "POST", "/api/auth/login",
                                      {{"Content-Length", "3145728"}, {"Content-Type", "application/json"}});
        QCOMPARE(tooLarge.status, 413);
        checkSecurityHeaders(tooLarge);
        QCOMPARE(raw(server->port(), "GET", "/healthz").status, 200);
    }

    void corsAllowsListedOriginsOnly() {
        auto server = start([](app::Config &c) {
            c.allowedOrigins = {QStringLiteral("https://app.example.test")};
        });
        QVERIFY(server);
        const RawReply allowed = raw(server->port(), "GET", "/api/events", {{"Origin", "https://app.example.test"}});
        QCOMPARE(allowed.status, 200);
        QCOMPARE(allowed.header("Access-Control-Allow-Origin"), QByteArray("https://app.example.test"));
        QVERIFY(allowed.all("Vary").contains("Origin"));
        QVERIFY(allowed.header("Access-Control-Allow-Credentials").isEmpty());

        const RawReply other = raw(server->port(), "GET", "/api/events", {{"Origin", "https://evil.example.test"}});
        QCOMPARE(other.status, 200);
        QVERIFY(other.header("Access-Control-Allow-Origin").isEmpty());
        QVERIFY(other.all("Vary").contains("Origin"));

        const RawReply preflight = raw(server->port(), "OPTIONS", "/api/events/1/book",
                                       {{"Origin", "https://app.example.test"},
                                        {"Access-Control-Request-Method", "POST"},
                                        {"Access-Control-Request-Headers", "authorization, content-type"}});
        QCOMPARE(preflight.status, 204);
        QCOMPARE(preflight.header("Access-Control-Allow-Origin"), QByteArray("https://app.example.test"));
        QVERIFY(preflight.header("Access-Control-Allow-Methods").contains("POST"));
        QVERIFY(preflight.header("Access-Control-Allow-Headers").contains("Authorization"));
        QVERIFY(preflight.body.isEmpty());
        checkSecurityHeaders(preflight);

        const RawReply refusedPreflight = raw(server->port(), "OPTIONS", "/api/events",
                                              {{"Origin", "https://evil.example.test"},
                                               {"Access-Control-Request-Method", "DELETE"}});
        QCOMPARE(refusedPreflight.status, 403);
        QVERIFY(refusedPreflight.header("Access-Control-Allow-Origin").isEmpty());
        QCOMPARE(refusedPreflight.json().value("error"_k).toObject().value("code"_k).toString(),
                 QStringLiteral("FORBIDDEN"));
    }

    void corsIsOffUnlessConfigured() {
        auto server = start();
        QVERIFY(server);
        const RawReply r = raw(server->port(), "GET", "/api/events", {{"Origin", "https://app.example.test"}});
        QVERIFY(r.header("Access-Control-Allow-Origin").isEmpty());
        QCOMPARE(raw(server->port(), "OPTIONS", "/api/events",
                     {{"Origin", "https://app.example.test"}, {"Access-Control-Request-Method", "GET"}})
                     .status,
                 403);
    }

    void gzipDecodesToTheSameBytes() {
        auto server = start();
        QVERIFY(server);
        test::Fixtures fx(*server);
        const test::Account admin = fx.account(QStringLiteral("Admin"), true);
        for (int i = 0; i < 6; ++i)
            QVERIFY(fx.event(admin, {{"description"_k, QString(300, QLatin1Char('a' + i))}}) > 0);
        QCOMPARE(fx.accounts(12).size(), 12);
        for (const QByteArray &path : {QByteArray("/api/events?limit=50"), QByteArray("/api/admin/users"),
                                      QByteArray("/api/openapi.yaml")}) {
            const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + admin.token}};
            const RawReply plain = raw(server->port(), "GET", path, auth);
            QCOMPARE(plain.status, 200);
            QVERIFY2(plain.body.size() >= 1024, path.constData());
            QVERIFY(plain.header("Content-Encoding").isEmpty());
            QVERIFY(plain.all("Vary").contains("Accept-Encoding"));
            auto zipped = auth;
            zipped.append(http::Header{"Accept-Encoding", "br;q=1.0, gzip;q=0.8"});
            const RawReply packed = raw(server->port(), "GET", path, zipped);
            QCOMPARE(packed.status, 200);
            QCOMPARE(packed.header("Content-Encoding"), QByteArray("gzip"));
            QCOMPARE(packed.header("Content-Length").toInt(), packed.body.size());
            QVERIFY(packed.body.size() < plain.body.size());
            QCOMPARE(gunzip(packed.body), plain.body);
            if (!plain.header("ETag").isEmpty()) {
                // Two encodings, two validators; each revalidates.
                QVERIFY(packed.header("ETag") != plain.header("ETag"));
                auto revalidate = zipped;
                revalidate.append(http::Header{"If-None-Match", packed.header("ETag")});
                const RawReply notModified = raw(server->port(), "GET", path, revalidate);
                QCOMPARE(notModified.status, 304);
                QCOMPARE(notModified.header("ETag"), packed.header("ETag"));
                QVERIFY(notModified.body.isEmpty());
            }
        }
        // Refused with q=0, and small bodies stay as they are.
        const RawReply refused = raw(server->port(), "GET", "/api/events?limit=50", {{"Accept-Encoding", "gzip;q=0"}});
        QVERIFY(refused.header("Content-Encoding").isEmpty());
        const RawReply small = raw(server->port(), "GET", "/healthz", {{"Accept-Encoding", "gzip"}});
        QVERIFY(small.header("Content-Encoding").isEmpty());
        QCOMPARE(small.json().value("status"_k).toString(), QStringLiteral("ok"));
    }

    void acceptEncodingParsing_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("gzip");
        QTest::newRow("plain") << QByteArray("gzip") << true;
        QTest::newRow("list") << QByteArray("deflate, gzip") << true;
        QTest::newRow("upper case") << QByteArray("GZIP") << true;
        QTest::newRow("q zero") << QByteArray("gzip;q=0") << false;
        QTest::newRow("q zero point zero") << QByteArray("gzip; q=0.000") << false;
        QTest::newRow("star") << QByteArray("*") << true;
        QTest::newRow("none") << QByteArray("identity") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("garbage q") << QByteArray("gzip;q=abc") << false;
        QTest::newRow("x-gzip only") << QByteArray("x-gzip") << false;
    }
    void acceptEncodingParsing() {
        QFETCH(QByteArray, header);
        QFETCH(bool, gzip);
        QCOMPARE(http::acceptsGzip(header), gzip);
    }
};

QTEST_GUILESS_MAIN(TestHttpPolicy)
#include "tst_http_policy.moc"
