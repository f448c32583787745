// Tickets over HTTP (issue 19, first step): the door's public key, and a confirmed booking's
// ticket for its holder, the event's organisers and door staff and admins only; a cancelled
// booking's ticket is revoked. The ticket verifies with the served key alone.
#include "api_test_case.h"
#include "app/config.h"
#include "services/ticket_signer.h"
#include "qr_reader.h"
#include "team_world.h"

#include <QFile>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;

class TestTicketsApi : public test::ApiTestCase {
    Q_OBJECT
private:
    qint64 bookingOf(const Account &a, qint64 eventId) {
        for (const QJsonValue &b : m_http.get(url(QStringLiteral("/api/bookings/my")), a.token).json().value("data"_k).toArray()) {
            if (b.toObject().value("eventId"_k).toInteger() == eventId)
                return b.toObject().value("id"_k).toInteger();
        }
        return 0;
    }
    Reply ticket(qint64 bookingId, const QByteArray &token) {
        return m_http.get(url(QStringLiteral("/api/bookings/%1/ticket").arg(bookingId)), token);
    }

private Q_SLOTS:
    void init() { QVERIFY2(startServer(), qPrintable(serverError())); }
    void cleanup() { stopServer(); }

    void aTicketVerifiesWithTheServedKey() {
        const test::TeamWorld w = test::TeamWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(w.ok(), qPrintable(w.error));
        const qint64 booking = bookingOf(w.attendee, w.own);
        QVERIFY(booking > 0);
        const Reply r = ticket(booking, w.attendee.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value("status"_k).toString(), QStringLiteral("confirmed"));
        QCOMPARE(r.data().value("holder"_k).toString(), QStringLiteral("Ann Attendee"));
        QCOMPARE(r.data().value("event"_k).toObject().value("id"_k).toInteger(), w.own);
        const QString secret = r.data().value("ticket"_k).toString();

        const Reply key = m_http.get(url(QStringLiteral("/api/checkin/key")));
        QCOMPARE(key.status, 200);
        QCOMPARE(key.data().value("algorithm"_k).toString(), QStringLiteral("Ed25519"));
        const QByteArray publicKey =
            QByteArray::fromBase64(key.data().value("publicKey"_k).toString().toLatin1(), QByteArray::Base64UrlEncoding);
        const auto claims = services::TicketSigner::verifyWith(publicKey, secret);
        QVERIFY(claims);
        QCOMPARE(claims->bookingId, booking);
        QCOMPARE(claims->eventId, w.own);
        // Asked again, the same ticket (nothing is stored; the signature is deterministic).
        QCOMPARE(ticket(booking, w.attendee.token).data().value("ticket"_k).toString(), secret);
    }

    void theTicketPictureScansToTheTicket() {
        const test::TeamWorld w = test::TeamWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(w.ok(), qPrintable(w.error));
        const qint64 booking = bookingOf(w.attendee, w.own);
        const QString secret = ticket(booking, w.attendee.token).data().value("ticket"_k).toString();
        const QString png = QStringLiteral("/api/bookings/%1/ticket.png").arg(booking);
        const Reply r = m_http.get(url(png), w.attendee.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("image/png"));
        QImage image;
        QVERIFY(image.loadFromData(r.body, "PNG"));
        QCOMPARE(image.width(), image.height());
        QCOMPARE(test::readQrCode(image), secret);
        // Shrunk to a phone photo's scale, it still reads.
        QCOMPARE(test::readQrCode(image.scaled(image.width() / 3, image.height() / 3)), secret);
        QCOMPARE(m_http.get(url(png), m_fx->account(QStringLiteral("Stan")).token).status, 404);
        QCOMPARE(m_http.get(url(png)).status, 401);
    }

    void whoGetsATicket() {
        const test::TeamWorld w = test::TeamWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(w.ok(), qPrintable(w.error));
        const qint64 own = bookingOf(w.attendee, w.own);
        const qint64 other = bookingOf(w.attendee, w.other);
        const Account stranger = m_fx->account(QStringLiteral("Stan"));
        QCOMPARE(ticket(own, {}).status, 401);
        QCOMPARE(ticket(own, stranger.token).status, 404);        // another attendee: as if it did not exist
        QCOMPARE(ticket(own, w.staff.token).status, 200);         // door staff of the event
        QCOMPARE(ticket(other, w.staff.token).status, 404);       // … not of another event
        QCOMPARE(ticket(own, w.organiser.token).status, 200);     // the event's organiser
        QCOMPARE(ticket(other, w.organiser.token).status, 404);
        QCOMPARE(ticket(other, w.otherOrganiser.token).status, 200);
        QCOMPARE(ticket(own, m_admin.token).status, 200);
        QCOMPARE(ticket(987654, m_admin.token).status, 404);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/bookings/abc/ticket")), m_admin.token).status, 404);
    }

    void signingKeyIsKeptOrGiven() {
        QTemporaryDir dir;
        QProcessEnvironment env;
        env.insert(QStringLiteral("DATA_DIR"), dir.path());
        auto first = app::Config::load(env, nullptr);
        QVERIFY(first.ok());
        QVERIFY(first->resolveTicketSeed().ok());
        QCOMPARE(first->ticketSeed.size(), services::TicketSigner::kSeedBytes);
        // Made once, readable by the owner only, the same at the next start.
        QFile key(dir.filePath(QStringLiteral("ticket_signing_key")));
        QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        auto again = app::Config::load(env, nullptr);
        QVERIFY(again->resolveTicketSeed().ok());
        QCOMPARE(again->ticketSeed, first->ticketSeed);
        // Given in the environment (standard or URL-safe base64), it is used as it is.
        QProcessEnvironment given = env;
        given.insert(QStringLiteral("TICKET_SIGNING_KEY"), QString::fromLatin1(QByteArray(32, 'z').toBase64()));
        auto configured = app::Config::load(given, nullptr);
        QVERIFY(configured.ok());
        QVERIFY(configured->resolveTicketSeed().ok());
        QCOMPARE(configured->ticketSeed, QByteArray(32, 'z'));
        // Anything else is refused at start, naming the variable.
        for (const char *bad : {"not base64 at all!", "c2hvcnQ="}) {
            given.insert(QStringLiteral("TICKET_SIGNING_KEY"), QString::fromLatin1(bad));
            auto refused = app::Config::load(given, nullptr);
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().message.startsWith(QStringLiteral("TICKET_SIGNING_KEY: must be 32 bytes")));
        }
    }

    void aCancelledBookingsTicketIsRevoked() {
        const test::TeamWorld w = test::TeamWorld::build(*m_server, *m_fx, m_admin);
        QVERIFY2(w.ok(), qPrintable(w.error));
        const qint64 booking = bookingOf(w.attendee, w.own);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1/book").arg(w.own)), w.attendee.token).status, 200);
        const Reply r = ticket(booking, w.attendee.token);
        QCOMPARE(r.status, 409);
        QVERIFY(r.json().value("error"_k).toObject().value("message"_k).toString().contains(QStringLiteral("revoked")));
        QVERIFY(!r.json().contains("data"_k));
    }
};

QTEST_GUILESS_MAIN(TestTicketsApi)
#include "tst_tickets_api.moc"
