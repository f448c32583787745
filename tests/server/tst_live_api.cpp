// /ws on one instance: each change reaches the sockets that may see it, with the payloads and
// audiences of API.md; AUTH, PING, hostile frames, slow and silent peers, shutdown.
#include "api_test_case.h"
#include "fixtures.h"
#include "http_client.h"
#include "realtime/live_hub.h"
#include "services/token_signer.h"
#include "test_server.h"
#include "ws_client.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;
using test::WsClient;

namespace {
QJsonObject payloadOf(const QJsonObject &message) {
    return message.value("payload"_k).toObject();
}

// A WebSocket client by hand, for peers QWebSocket will not imitate: one that never reads, one
// that never answers a ping.
class RawWsPeer {
public:
    bool open(quint16 port, int receiveBuffer = 0) {
        if (receiveBuffer > 0)
            m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, receiveBuffer);
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!m_socket.waitForConnected(5000))
            return false;
        m_socket.write("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                       "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QByteArray head;
        const bool ok = QTest::qWaitFor(
            [&] {
                head += m_socket.readAll();
                return head.contains("\r\n\r\n");
            },
            5000);
        return ok && head.startsWith("HTTP/1.1 101");
    }
    // A masked text frame, as a client must send it.
    static QByteArray frame(const QByteArray &text) {
        QByteArray f;
        f.append(char(0x81));
        if (text.size() < 126) {
            f.append(char(0x80 | text.size()));
        } else {
            f.append(char(0x80 | 126));
            f.append(char(text.size() >> 8)).append(char(text.size() & 0xff));
        }
        const char mask[4] = {0x11, 0x22, 0x33, 0x44};
        f.append(mask, 4);
        for (qsizetype i = 0; i < text.size(); ++i)
            f.append(char(text.at(i) ^ mask[i % 4]));
        return f;
    }
    void write(const QByteArray &bytes) { m_socket.write(bytes); }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
};
} // namespace

class TestLiveApi : public test::ApiTestCase {
    Q_OBJECT
private:
    std::unique_ptr<WsClient> socket(const Account *as = nullptr) {
        auto ws = std::make_unique<WsClient>();
        if (!ws->open(m_server->port()))
            return nullptr;
        if (as && !ws->auth(as->token))
            return nullptr;
        return ws;
    }
    void restart(std::function<void(app::Config &)> tweak) {
        QVERIFY2(startServer(std::move(tweak)), qPrintable(serverError()));
    }
    // Every message a socket got carries seq 1, 2, 3… with no gap.
    static void checkSequence(const WsClient &ws) {
        qint64 expected = 1;
        for (const QJsonObject &m : ws.all())
            QCOMPARE(m.value("seq"_k).toInteger(), expected++);
    }

private Q_SLOTS:
    void init() {
        restart({});
    }
    void cleanup() { stopServer(); }

    void bookingReachesEveryoneButOnlyInsidersSeeTheUser() {
        const Account alice = m_fx->account(QStringLiteral("Alice"));
        const Account bob = m_fx->account(QStringLiteral("Bob"));
        const qint64 event = m_fx->event(m_admin, {{"totalSlots"_k, 5}});
        auto anonymous = socket();
        auto own = socket(&alice);
        auto other = socket(&bob);
        auto admin = socket(&m_admin);
        QVERIFY(anonymous && own && other && admin);

        const Reply booked =
            m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(event)), {}, alice.token);
        QCOMPARE(booked.status, 201);
        const qint64 bookingId = booked.data().value("id"_k).toInteger();

        for (WsClient *ws : {anonymous.get(), own.get(), other.get(), admin.get()}) {
            const QJsonObject slot = ws->waitFor(QStringLiteral("SLOT_UPDATE"));
            QCOMPARE(payloadOf(slot).value("eventId"_k).toInteger(), event);
            QCOMPARE(payloadOf(slot).value("availableSlots"_k).toInt(), 4);
            const QJsonObject created = ws->waitFor(QStringLiteral("BOOKING_CREATED"));
            QCOMPARE(payloadOf(created).value("bookingId"_k).toInteger(), bookingId);
            QCOMPARE(payloadOf(created).value("eventId"_k).toInteger(), event);
            QCOMPARE(payloadOf(created).value("availableSlots"_k).toInt(), 4);
            // The slot update comes first.
            QVERIFY(slot.value("seq"_k).toInteger() < created.value("seq"_k).toInteger());
        }
        QCOMPARE(payloadOf(own->waitFor(QStringLiteral("BOOKING_CREATED"))).value("userId"_k).toInteger(),
                 alice.id);
        QCOMPARE(payloadOf(admin->waitFor(QStringLiteral("BOOKING_CREATED"))).value("userId"_k).toInteger(),
                 alice.id);
        QVERIFY(!payloadOf(anonymous->waitFor(QStringLiteral("BOOKING_CREATED"))).contains("userId"_k));
        QVERIFY(!payloadOf(other->waitFor(QStringLiteral("BOOKING_CREATED"))).contains("userId"_k));

        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1/book").arg(event)), alice.token).status, 200);
        for (WsClient *ws : {anonymous.get(), own.get(), other.get(), admin.get()}) {
            const QJsonObject cancelled = ws->waitFor(QStringLiteral("BOOKING_CANCELLED"));
            QCOMPARE(payloadOf(cancelled).value("bookingId"_k).toInteger(), bookingId);
            QCOMPARE(payloadOf(cancelled).value("availableSlots"_k).toInt(), 5);
            QCOMPARE(ws->received(QStringLiteral("SLOT_UPDATE")).size(), 2);
            QCOMPARE(payloadOf(ws->received(QStringLiteral("SLOT_UPDATE")).last()).value("availableSlots"_k).toInt(),
                     5);
            checkSequence(*ws);
        }
        QVERIFY(!payloadOf(anonymous->waitFor(QStringLiteral("BOOKING_CANCELLED"))).contains("userId"_k));
        QCOMPARE(payloadOf(own->waitFor(QStringLiteral("BOOKING_CANCELLED"))).value("userId"_k).toInteger(),
                 alice.id);
        // A refused booking changes nothing and says nothing.
        anonymous->clear();
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(event + 1000)), {}, alice.token)
                     .status,
                 404);
        QCOMPARE(m_http.get(url(QStringLiteral("/healthz"))).status, 200);
        QTest::qWait(0);
        QVERIFY(anonymous->all().isEmpty());
    }

    void eventChangesReachEveryone() {
        auto anonymous = socket();
        QVERIFY(anonymous);
        const qint64 event = m_fx->event(m_admin, {{"totalSlots"_k, 8}});
        QVERIFY(event > 0);
        auto isThis = [event](const QJsonObject &p) { return p.value("eventId"_k).toInteger() == event; };
        QVERIFY(!anonymous->waitFor(QStringLiteral("EVENT_CREATED"), isThis).isEmpty());

        const QUrl eventUrl = url(QStringLiteral("/api/events/%1").arg(event));
        QCOMPARE(m_http.sendJson("PATCH", eventUrl, {{"title"_k, QStringLiteral("Renamed")}}, m_admin.token).status,
                 200);
        QVERIFY(!anonymous->waitFor(QStringLiteral("EVENT_UPDATED"), isThis).isEmpty());
        QVERIFY(anonymous->received(QStringLiteral("SLOT_UPDATE")).isEmpty()); // the seats did not change

        QCOMPARE(m_http.sendJson("PATCH", eventUrl, {{"totalSlots"_k, 12}}, m_admin.token).status, 200);
        const QJsonObject slots = anonymous->waitFor(QStringLiteral("SLOT_UPDATE"), isThis);
        QCOMPARE(payloadOf(slots).value("availableSlots"_k).toInt(), 12);
        QCOMPARE(anonymous->received(QStringLiteral("EVENT_UPDATED"), isThis).size(), 2);

        QCOMPARE(m_http.del(eventUrl, m_admin.token).status, 200);
        QVERIFY(!anonymous->waitFor(QStringLiteral("EVENT_DELETED"), isThis).isEmpty());
        checkSequence(*anonymous);
    }

    void notificationsReachOnlyTheirRecipient() {
        const Account alice = m_fx->account(QStringLiteral("Alice"));
        const Account bob = m_fx->account(QStringLiteral("Bob"));
        auto anonymous = socket();
        auto aliceSocket = socket(&alice);
        auto aliceSecond = socket(&alice);
        auto bobSocket = socket(&bob);
        QVERIFY(anonymous && aliceSocket && aliceSecond && bobSocket);

        const Reply sent = m_http.postJson(url(QStringLiteral("/api/admin/notifications")),
                                           {{"userId"_k, alice.id},
                                            {"title"_k, QStringLiteral("Doors open at 7")},
                                            {"body"_k, QStringLiteral("See you there")}},
                                           m_admin.token);
        QCOMPARE(sent.status, 201);
        const qint64 storedId = m_fx->scalar(QStringLiteral("SELECT max(id) FROM notifications WHERE user_id = %1")
                                                 .arg(alice.id))
                                    .toLongLong();
        for (WsClient *ws : {aliceSocket.get(), aliceSecond.get()}) {
            const QJsonObject n = ws->waitFor(QStringLiteral("NOTIFICATION"));
            QCOMPARE(payloadOf(n).value("id"_k).toInteger(), storedId);
            QCOMPARE(payloadOf(n).value("title"_k).toString(), QStringLiteral("Doors open at 7"));
            QCOMPARE(payloadOf(n).value("type"_k).toString(), QStringLiteral("info"));
        }
        // Everyone then gets a broadcast, with the id of their own copy; Bob never saw Alice's.
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/notifications")),
                                 {{"title"_k, QStringLiteral("For all")}, {"type"_k, QStringLiteral("news")}},
                                 m_admin.token)
                     .status,
                 201);
        const QJsonObject bobs = bobSocket->waitFor(QStringLiteral("NOTIFICATION"));
        QCOMPARE(payloadOf(bobs).value("title"_k).toString(), QStringLiteral("For all"));
        QCOMPARE(payloadOf(bobs).value("id"_k).toInteger(),
                 m_fx->scalar(QStringLiteral("SELECT id FROM notifications WHERE user_id = %1").arg(bob.id))
                     .toLongLong());
        QCOMPARE(bobSocket->received(QStringLiteral("NOTIFICATION")).size(), 1);
        QTRY_COMPARE(aliceSocket->received(QStringLiteral("NOTIFICATION")).size(), 2);
        QVERIFY(anonymous->received(QStringLiteral("NOTIFICATION")).isEmpty());
    }

    void broadcastToManyUsersIsSplitAndComplete() {
        // More users than one NOTIFY payload carries.
        const QList<Account> users = m_fx->accounts(400);
        std::vector<std::unique_ptr<WsClient>> sockets;
        for (int i : {0, 170, 399}) {
            sockets.push_back(socket(&users.at(i)));
            QVERIFY(sockets.back());
        }
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/notifications")),
                                 {{"title"_k, QStringLiteral("Everyone")}}, m_admin.token)
                     .status,
                 201);
        for (const auto &ws : sockets) {
            QVERIFY(!ws->waitFor(QStringLiteral("NOTIFICATION")).isEmpty());
            QCOMPARE(ws->received(QStringLiteral("NOTIFICATION")).size(), 1);
        }
    }

    void deletingAnEventTellsItsHolders() {
        const Account alice = m_fx->account(QStringLiteral("Alice"));
        const qint64 event = m_fx->event(m_admin);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(event)), {}, alice.token).status, 201);
        auto ws = socket(&alice);
        QVERIFY(ws);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1").arg(event)), m_admin.token).status, 200);
        const QJsonObject n = ws->waitFor(QStringLiteral("NOTIFICATION"));
        QCOMPARE(payloadOf(n).value("type"_k).toString(), QStringLiteral("event_cancelled"));
        QVERIFY(!ws->waitFor(QStringLiteral("EVENT_DELETED")).isEmpty());
    }

    void deletingAUserReturnsTheirSeatsLive() {
        const Account alice = m_fx->account(QStringLiteral("Alice"));
        const qint64 first = m_fx->event(m_admin, {{"totalSlots"_k, 3}});
        const qint64 second = m_fx->event(m_admin, {{"totalSlots"_k, 7}});
        for (qint64 e : {first, second})
            QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(e)), {}, alice.token).status,
                     201);
        auto ws = socket();
        QVERIFY(ws);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/admin/users/%1").arg(alice.id)), m_admin.token).status, 200);
        for (const auto &[e, left] : {std::pair{first, 3}, std::pair{second, 7}}) {
            const QJsonObject slot = ws->waitFor(QStringLiteral("SLOT_UPDATE"), [e = e](const QJsonObject &p) {
                return p.value("eventId"_k).toInteger() == e;
            });
            QCOMPARE(payloadOf(slot).value("availableSlots"_k).toInt(), left);
        }
        QCOMPARE(ws->received(QStringLiteral("BOOKING_CANCELLED")).size(), 2);
    }

    void authAndPing() {
        auto ws = socket();
        QVERIFY(ws);
        ws->sendJson({{"type"_k, QStringLiteral("PING")}});
        QVERIFY(!ws->waitFor(QStringLiteral("PONG")).isEmpty());

        QVERIFY(!ws->auth("not-a-token"));
        QVERIFY(!payloadOf(ws->waitFor(QStringLiteral("AUTH_ERROR"))).value("message"_k).toString().isEmpty());
        // A token for a user whose token version moved on (password changed) is refused.
        const Account alice = m_fx->account(QStringLiteral("Alice"));
        m_fx->scalar(QStringLiteral("UPDATE users SET token_version = token_version + 1 WHERE id = %1 RETURNING id")
                         .arg(alice.id));
        QVERIFY(!ws->auth(alice.token));
        QVERIFY(ws->isOpen());

        const Account admin = m_admin;
        QVERIFY(ws->auth(admin.token));
        const QJsonObject ok = ws->waitFor(QStringLiteral("AUTH_OK"));
        QCOMPARE(payloadOf(ok).value("userId"_k).toInteger(), admin.id);
        QCOMPARE(payloadOf(ok).value("isAdmin"_k).toBool(), true);

        // AUTH without a token.
        const qsizetype refusals = ws->received(QStringLiteral("AUTH_ERROR")).size();
        ws->sendJson({{"type"_k, QStringLiteral("AUTH")}, {"payload"_k, QJsonObject{}}});
        QTRY_COMPARE(ws->received(QStringLiteral("AUTH_ERROR")).size(), refusals + 1);
        checkSequence(*ws);
    }

    void anExpiredTokenDropsTheSocketToAnonymous() {
        const Account alice = m_fx->account(QStringLiteral("Alice"));
        const services::TokenSigner shortLived(test::kTestJwtSecret, 2);
        auto token = shortLived.sign(alice.id, false, 0, {});
        QVERIFY(token);
        auto ws = socket();
        QVERIFY(ws);
        QVERIFY(ws->auth(token->toLatin1()));
        const QJsonObject expired = ws->waitFor(QStringLiteral("AUTH_ERROR"), {}, 10'000);
        QVERIFY(!expired.isEmpty());
        // Anonymous now: a notification for Alice no longer arrives here, a public change does.
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/notifications")),
                                 {{"userId"_k, alice.id}, {"title"_k, QStringLiteral("Private")}}, m_admin.token)
                     .status,
                 201);
        const qint64 event = m_fx->event(m_admin);
        QVERIFY(!ws->waitFor(QStringLiteral("EVENT_CREATED"), [event](const QJsonObject &p) {
                       return p.value("eventId"_k).toInteger() == event;
                   }).isEmpty());
        QVERIFY(ws->received(QStringLiteral("NOTIFICATION")).isEmpty());
        QVERIFY(ws->isOpen());
    }

    void hostileFrames_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("invalid JSON") << QStringLiteral("{\"type\":");
        QTest::newRow("not an object") << QStringLiteral("[1,2,3]");
        QTest::newRow("no type") << QStringLiteral("{\"payload\":{}}");
        QTest::newRow("unknown type") << QStringLiteral("{\"type\":\"BOOK\",\"payload\":{\"eventId\":1}}");
        QTest::newRow("type not a string") << QStringLiteral("{\"type\":42}");
        QTest::newRow("empty") << QString();
        QTest::newRow("auth token not a string") << QStringLiteral("{\"type\":\"AUTH\",\"payload\":{\"token\":1}}");
        QTest::newRow("auth payload not an object") << QStringLiteral("{\"type\":\"AUTH\",\"payload\":\"x\"}");
        QTest::newRow("control characters") << QStringLiteral("{\"type\":\"\\u0000\\u0001\"}");
    }
    void hostileFrames() {
        QFETCH(QString, text);
        auto ws = socket();
        QVERIFY(ws);
        ws->sendText(text);
        const QJsonObject answer = ws->waitFor(QStringLiteral("ERROR"), {}, 3000).isEmpty()
                                       ? ws->waitFor(QStringLiteral("AUTH_ERROR"))
                                       : ws->waitFor(QStringLiteral("ERROR"));
        QVERIFY2(!answer.isEmpty(), "a malformed message gets an ERROR or AUTH_ERROR");
        QVERIFY(!payloadOf(answer).value("message"_k).toString().isEmpty());
        ws->sendJson({{"type"_k, QStringLiteral("PING")}});
        QVERIFY(!ws->waitFor(QStringLiteral("PONG")).isEmpty());
        QVERIFY(ws->isOpen());
    }

    void binaryFramesGetAnError() {
        auto ws = socket();
        QVERIFY(ws);
        ws->socket().sendBinaryMessage(QByteArray("\x00\x01\x02", 3));
        QVERIFY(!ws->waitFor(QStringLiteral("ERROR")).isEmpty());
        QVERIFY(ws->isOpen());
    }

    void aMegabyteFrameClosesWith1009() {
        auto ws = socket();
        QVERIFY(ws);
        ws->sendText(QString(1024 * 1024, QLatin1Char('x')));
        QTRY_VERIFY_WITH_TIMEOUT(!ws->isOpen(), 10'000);
        QCOMPARE(ws->closeCode(), 1009);
        // The server is fine, and so is the next client.
        auto next = socket();
        QVERIFY(next);
        next->sendJson({{"type"_k, QStringLiteral("PING")}});
        QVERIFY(!next->waitFor(QStringLiteral("PONG")).isEmpty());
    }

    void aBurstOfTenThousandMessages() {
        auto ws = socket();
        QVERIFY(ws);
        const QString ping = QStringLiteral("{\"type\":\"PING\"}");
        for (int i = 0; i < 10'000; ++i)
            ws->sendText(i % 10 == 9 ? QStringLiteral("nonsense") : ping);
        QTRY_COMPARE_WITH_TIMEOUT(ws->all().size(), 10'000, 60'000);
        QCOMPARE(ws->received(QStringLiteral("PONG")).size(), 9000);
        QCOMPARE(ws->received(QStringLiteral("ERROR")).size(), 1000);
        checkSequence(*ws);
        QVERIFY(ws->isOpen());
        QCOMPARE(m_http.get(url(QStringLiteral("/api/events"))).status, 200);
    }

    void aClientThatDoesNotReadIsDropped() {
        restart([](app::Config &c) { c.wsSendQueueBytes = 32 * 1024; });
        RawWsPeer peer;
        QVERIFY(peer.open(m_server->port(), 4096));
        // Thousands of PINGs whose PONGs are never read: the server's queue for this socket
        // passes its bound and the socket is dropped.
        QByteArray burst;
        for (int i = 0; i < 20'000; ++i)
            burst += RawWsPeer::frame("{\"type\":\"PING\",\"payload\":{\"pad\":\"" + QByteArray(80, 'p') + "\"}}");
        peer.write(burst);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->app().liveHub().counters().slowDropped >= 1, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->app().liveHub().connectionCount(), 0, 10'000);
        // Others are unaffected.
        auto ws = socket();
        QVERIFY(ws);
        ws->sendJson({{"type"_k, QStringLiteral("PING")}});
        QVERIFY(!ws->waitFor(QStringLiteral("PONG")).isEmpty());
    }

    void aSilentPeerIsDroppedAndALiveOneKept() {
        restart([](app::Config &c) {
            c.wsPingIntervalMs = 100;
            c.wsDeadPeerMs = 400;
        });
        RawWsPeer silent; // never answers the server's pings
        QVERIFY(silent.open(m_server->port()));
        auto alive = socket(); // QWebSocket answers pings by itself
        QVERIFY(alive);
        QTRY_VERIFY_WITH_TIMEOUT(silent.socket().state() == QAbstractSocket::UnconnectedState, 10'000);
        QVERIFY(m_server->app().liveHub().counters().deadPeers >= 1);
        QVERIFY(alive->isOpen());
        alive->sendJson({{"type"_k, QStringLiteral("PING")}});
        QVERIFY(!alive->waitFor(QStringLiteral("PONG")).isEmpty());
    }

    void otherPathsAndPlainRequests() {
        // A plain GET /ws is told to upgrade.
        const Reply plain = m_http.get(url(QStringLiteral("/ws")));
        QCOMPARE(plain.status, 426);
        QCOMPARE(plain.errorCode(), QStringLiteral("UPGRADE_REQUIRED"));
        QCOMPARE(plain.json().value("success"_k).toBool(), false);
        QCOMPARE(plain.header("upgrade").toLower(), QByteArray("websocket"));
        // An upgrade anywhere else is refused with the envelope.
        WsClient elsewhere;
        QVERIFY(!elsewhere.open(m_server->port(), QStringLiteral("/api/events")));
        QTcpSocket raw;
        raw.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(raw.waitForConnected(5000));
        raw.write("GET /api/ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY((answer += raw.readAll()).contains("\r\n\r\n{") && answer.endsWith('}'));
        QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
        QVERIFY(answer.contains("\"success\":false"));
        // Handshake garbage on /ws.
        QTcpSocket bad;
        bad.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(bad.waitForConnected(5000));
        bad.write("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(bad.state() == QAbstractSocket::UnconnectedState || bad.bytesAvailable() > 0,
                                 10'000);
        QCOMPARE(m_http.get(url(QStringLiteral("/healthz"))).status, 200);
        QCOMPARE(m_server->app().liveHub().connectionCount(), 0);
    }

    void closedSocketsAreReleased() {
        {
            std::vector<std::unique_ptr<WsClient>> many;
            for (int i = 0; i < 50; ++i) {
                many.push_back(socket());
                QVERIFY(many.back());
            }
            QTRY_COMPARE(m_server->app().liveHub().connectionCount(), 50);
            for (auto &ws : many)
                ws->socket().close();
            QTRY_COMPARE(m_server->app().liveHub().connectionCount(), 0);
        }
        // The TCP connections under them are gone too.
        QTRY_COMPARE(m_server->app().openConnections(), 0);
    }

    void shutdownClosesWithGoingAway() {
        auto ws = socket();
        QVERIFY(ws);
        m_server->app().stop(2000);
        QTRY_VERIFY(!ws->isOpen());
        QCOMPARE(ws->closeCode(), 1001);
    }
};

QTEST_MAIN(TestLiveApi)
#include "tst_live_api.moc"
