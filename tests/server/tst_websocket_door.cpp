// The front door around WebSocket upgrades (issue 17, server 1 and 7): only a complete RFC 6455
// handshake leaves the guard's HTTP limits, and frames a client sends without a mask close the
// socket. Raw sockets, so every byte is the test's own.
#include "http/address_group.h"
#include "http/websocket_frame_scanner.h"
#include "test_server.h"

#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

using namespace eventbook;

namespace {
const QByteArray kKey = "dGhlIHNhbXBsZSBub25jZQ=="; // RFC 6455's sample key (16 bytes)

QByteArray handshake(const QByteArray &extra = {}) {
    return "GET /ws HTTP/1.1\r\nHost: t\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " +
           kKey + "\r\n" + extra + "\r\n";
}

// A client text frame: masked unless told otherwise (RFC 6455 §5.2).
QByteArray frame(const QByteArray &payload, bool masked = true) {
    QByteArray f;
    f.append(char(0x81));
    const char maskBit = masked ? char(0x80) : char(0);
    if (payload.size() < 126) {
        f.append(char(maskBit | char(payload.size())));
    } else {
        f.append(char(maskBit | 126));
        f.append(char(payload.size() >> 8));
        f.append(char(payload.size() & 0xFF));
    }
    if (!masked)
        return f + payload;
    const QByteArray key("\x37\xfa\x21\x3d", 4);
    f.append(key);
    for (qsizetype i = 0; i < payload.size(); ++i)
        f.append(char(payload[i] ^ key[i % 4]));
    return f;
}
} // namespace

class TestWebSocketDoor : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::TestServer> m_server;

    std::unique_ptr<QTcpSocket> connectRaw() {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!s->waitForConnected(5000))
            return nullptr;
        return s;
    }
    // Reads until `until` appears in what arrived (or the socket closes) and returns it all.
    QByteArray readUntil(QTcpSocket &s, const QByteArray &until, int timeoutMs = 10000) {
        QByteArray got;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((got += s.readAll()).contains(until) ||
                                         s.state() == QAbstractSocket::UnconnectedState,
                                     timeoutMs);
        }();
        return got + s.readAll();
    }
    std::unique_ptr<QTcpSocket> upgraded() {
        auto s = connectRaw();
        if (!s)
            return nullptr;
        s->write(handshake());
        const QByteArray answer = readUntil(*s, "\r\n\r\n");
        if (!answer.startsWith("HTTP/1.1 101"))
            return nullptr;
        return s;
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<test::TestServer>([](app::Config &c) {
            c.headTimeoutMs = 1000;
            c.idleTimeoutMs = 1500;
        });
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    // The outside finding: "Upgrade: websocket" without the rest of a handshake switched the guard
    // off, and the connection then carried chunked bodies to routes.
    void fakeUpgradeStaysUnderTheGuard() {
        auto s = connectRaw();
        QVERIFY(s);
        s->write("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\r\n");
        const QByteArray first = readUntil(*s, "}");
        QVERIFY2(first.startsWith("HTTP/1.1 426 "), first.left(200).constData());
        s->write("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "5\r\nhello\r\n0\r\n\r\n");
        const QByteArray second = readUntil(*s, "}");
        QVERIFY2(second.startsWith("HTTP/1.1 411 "), second.left(200).constData());
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void fakeUpgradeThenHugeBodyIsRefusedBeforeItIsRead() {
        auto s = connectRaw();
        QVERIFY(s);
        s->write("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\r\n");
        QVERIFY(readUntil(*s, "}").startsWith("HTTP/1.1 426 "));
        s->write("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Content-Length: 400000000\r\n\r\n");
        const QByteArray answer = readUntil(*s, "}");
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
    }

    void fakeUpgradeStillIdlesOut() {
        auto s = connectRaw();
        QVERIFY(s);
        s->write("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\r\n");
        QVERIFY(readUntil(*s, "}").startsWith("HTTP/1.1 426 "));
        // The idle timeout (1.5 s here) still holds the connection.
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 8000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->app().openConnections(), 0, 5000);
    }

    void invalidHandshakesAreRefused_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("reason");
        const QByteArray base = "Host: t\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n";
        QTest::newRow("no key") << "GET /ws HTTP/1.1\r\n" + base + "Sec-WebSocket-Version: 13\r\n\r\n"
                                << QByteArray("Sec-WebSocket-Key");
        QTest::newRow("short key") << "GET /ws HTTP/1.1\r\n" + base +
                                          "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: c2hvcnQ=\r\n\r\n"
                                   << QByteArray("Sec-WebSocket-Key");
        QTest::newRow("not base64") << "GET /ws HTTP/1.1\r\n" + base +
                                           "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                                           "!!!!!!!!!!!!!!!!!!!!!!==\r\n\r\n"
                                    << QByteArray("Sec-WebSocket-Key");
        QTest::newRow("two keys") << "GET /ws HTTP/1.1\r\n" + base + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " +
                                         kKey + "\r\nSec-WebSocket-Key: " + kKey + "\r\n\r\n"
                                  << QByteArray("one Sec-WebSocket-Key");
        QTest::newRow("version 8") << "GET /ws HTTP/1.1\r\n" + base + "Sec-WebSocket-Version: 8\r\nSec-WebSocket-Key: " +
                                          kKey + "\r\n\r\n"
                                   << QByteArray("Version must be 13");
        QTest::newRow("POST") << "POST /ws HTTP/1.1\r\n" + base + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " +
                                     kKey + "\r\n\r\n"
                              << QByteArray("GET");
        QTest::newRow("HTTP/1.0") << "GET /ws HTTP/1.0\r\n" + base + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " +
                                         kKey + "\r\n\r\n"
                                  << QByteArray("HTTP/1.1");
        QTest::newRow("with body") << "GET /ws HTTP/1.1\r\n" + base + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " +
                                          kKey + "\r\nContent-Length: 5\r\n\r\nhello"
                                   << QByteArray("no body");
        QTest::newRow("h2c") << QByteArray("GET /ws HTTP/1.1\r\nHost: t\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n\r\n")
                             << QByteArray("websocket");
    }
    void invalidHandshakesAreRefused() {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, reason);
        auto s = connectRaw();
        QVERIFY(s);
        s->write(request);
        const QByteArray answer = readUntil(*s, "}");
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.left(200).constData());
        QVERIFY2(answer.contains("Invalid WebSocket handshake") && answer.contains(reason),
                 answer.constData());
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 5000);
    }

    // "Connection: keep-alive, Upgrade" is a complete handshake too, and the socket outlives the
    // guard's HTTP timeouts once it is a WebSocket.
    void realHandshakeOutlivesHttpTimeouts() {
        auto s = connectRaw();
        QVERIFY(s);
        s->write(handshake().replace("Connection: Upgrade", "Connection: keep-alive, Upgrade"));
        QVERIFY(readUntil(*s, "\r\n\r\n").startsWith("HTTP/1.1 101"));
        QTest::qWait(2500); // past the head (1 s), idle (1.5 s) and handshake deadlines: nothing to signal
        QCOMPARE(s->state(), QAbstractSocket::ConnectedState);
        s->write(frame(R"({"type":"PING"})"));
        QVERIFY(readUntil(*s, "PONG").contains("PONG"));
    }

    void maskedFramesInPiecesAreServed() {
        auto s = upgraded();
        QVERIFY(s);
        // One byte at a time, then many frames in one write, then a 2-byte-length frame.
        const QByteArray ping = frame(R"({"type":"PING"})");
        for (char c : ping) {
            s->write(&c, 1);
            s->flush();
            QTest::qWait(5);
        }
        QVERIFY(readUntil(*s, "PONG").contains("PONG"));
        QByteArray many;
        for (int i = 0; i < 20; ++i)
            many += ping;
        s->write(many);
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += s->readAll()).count("PONG") == 20, 10000);
        const QByteArray padded = "{\"type\":\"PING\",\"pad\":\"" + QByteArray(300, 'x') + "\"}";
        s->write(frame(padded));
        QVERIFY(readUntil(*s, "PONG").contains("PONG"));
        QCOMPARE(s->state(), QAbstractSocket::ConnectedState);
    }

    void unmaskedFrameClosesWithProtocolError() {
        auto s = upgraded();
        QVERIFY(s);
        s->write(frame(R"({"type":"PING"})"));
        QVERIFY(readUntil(*s, "PONG").contains("PONG"));
        s->write(frame(R"({"type":"PING"})", false));
        const QByteArray got = readUntil(*s, "masked");
        // A close frame (0x88) with code 1002, and no PONG for the unmasked PING.
        const qsizetype at = got.indexOf(char(0x88));
        QVERIFY2(at >= 0 && got.size() >= at + 4, got.toHex().constData());
        QCOMPARE(qFromBigEndian<quint16>(got.constData() + at + 2), quint16(1002));
        QVERIFY(!got.contains("PONG"));
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void unmaskedFrameBehindTheHandshakeIsCaught() {
        auto s = connectRaw();
        QVERIFY(s);
        s->write(handshake() + frame(R"({"type":"PING"})", false));
        // Refused before QWebSocket reads anything: a close frame instead of the 101.
        const QByteArray got = readUntil(*s, "masked");
        QVERIFY2(got.startsWith(QByteArray("\x88", 1)) && got.contains("Client frames must be masked"),
                 got.toHex().constData());
        QVERIFY2(!got.contains("PONG"), got.constData());
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void frameScannerFollowsLengths() {
        http::WebSocketFrameScanner scanner;
        QByteArray stream;
        // a 64-bit length frame is built by hand: 0x81, 0x80|127, 8 length bytes, mask, payload
        QByteArray big;
        big.append(char(0x82));
        big.append(char(0x80 | 127));
        QByteArray len(8, 0);
        qToBigEndian<quint64>(70000, len.data());
        big += len + QByteArray("\1\2\3\4") + QByteArray(70000, 'd');
        stream = frame("a") + frame(QByteArray(200, 'b')) + big;
        for (qsizetype i = 0; i < stream.size(); i += 7)
            QCOMPARE(scanner.feed(QByteArrayView(stream).sliced(i, qMin<qsizetype>(7, stream.size() - i))),
                     http::WebSocketFrameScanner::Verdict::Ok);
        QCOMPARE(scanner.framesSeen(), 3);
        QCOMPARE(scanner.feed(frame("x", false)), http::WebSocketFrameScanner::Verdict::Unmasked);
    }

    void ipv6PeersAreGroupedBySlash64() {
        using http::addressGroup;
        QCOMPARE(addressGroup(QHostAddress(QStringLiteral("2001:db8:1:2::1"))), addressGroup(QHostAddress(QStringLiteral("2001:db8:1:2:ffff::9"))));
        QVERIFY(addressGroup(QHostAddress(QStringLiteral("2001:db8:1:2::1"))) != addressGroup(QHostAddress(QStringLiteral("2001:db8:1:3::1"))));
        QCOMPARE(addressGroup(QHostAddress(QStringLiteral("::ffff:192.0.2.7"))), addressGroup(QHostAddress(QStringLiteral("192.0.2.7"))));
        QVERIFY(addressGroup(QHostAddress(QStringLiteral("192.0.2.7"))) != addressGroup(QHostAddress(QStringLiteral("192.0.2.8"))));
    }
};

QTEST_GUILESS_MAIN(TestWebSocketDoor)
#include "tst_websocket_door.moc"
