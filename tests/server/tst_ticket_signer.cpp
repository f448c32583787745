// Signed tickets (issue 19): a ticket verifies with the public key alone, and every damaged,
// forged, re-signed or foreign one is refused with the right answer.
#include "services/ticket_signer.h"

#include <QTest>

using namespace eventbook;
using services::TicketClaims;
using services::TicketSigner;

namespace {
QByteArray seed(char fill) {
    return QByteArray(TicketSigner::kSeedBytes, fill);
}
QByteArray publicKeyOf(const TicketSigner &s) {
    return QByteArray::fromBase64(s.publicKey().toLatin1(), QByteArray::Base64UrlEncoding);
}
} // namespace

class TestTicketSigner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripWithThePublicKeyAlone() {
        const TicketSigner signer(seed('a'));
        const QString ticket = signer.sign({1234567, 89});
        QVERIFY(ticket.startsWith(QStringLiteral("EB1.")));
        QVERIFY2(ticket.size() <= 100, qPrintable(ticket)); // small enough for a readable QR code
        QCOMPARE(signer.sign({1234567, 89}), ticket);        // Ed25519 is deterministic
        const auto claims = TicketSigner::verifyWith(publicKeyOf(signer), ticket);
        QVERIFY(claims);
        QCOMPARE(claims->bookingId, qint64(1234567));
        QCOMPARE(claims->eventId, qint64(89));
        // Surrounding whitespace (a scanner's Enter) does not matter.
        QVERIFY(signer.verify(QStringLiteral("  ") + ticket + QStringLiteral("\r\n")));
        // Large ids survive.
        const auto big = signer.verify(signer.sign({std::numeric_limits<qint64>::max(), 1}));
        QVERIFY(big);
        QCOMPARE(big->bookingId, std::numeric_limits<qint64>::max());
    }

    void theSameSeedGivesTheSameKey() {
        QCOMPARE(TicketSigner(seed('k')).publicKey(), TicketSigner(seed('k')).publicKey());
        QVERIFY(TicketSigner(seed('k')).publicKey() != TicketSigner(seed('l')).publicKey());
    }

    void damagedTicketsAreMalformed_data() {
        QTest::addColumn<QString>("ticket");
        const QString good = TicketSigner(seed('a')).sign({42, 7});
        QTest::newRow("empty") << QString();
        QTest::newRow("no prefix") << good.mid(4);
        QTest::newRow("other prefix") << QStringLiteral("EB2.") + good.mid(4);
        QTest::newRow("cut off") << good.left(good.size() - 10);
        QTest::newRow("prefix only") << QStringLiteral("EB1.");
        QTest::newRow("not base64") << QStringLiteral("EB1.***not a ticket***");
        QTest::newRow("padding") << good + QStringLiteral("==");
        QTest::newRow("huge") << QStringLiteral("EB1.") + QString(5000, QLatin1Char('A'));
        QTest::newRow("json") << QStringLiteral(R"({"bookingId":42})");
    }
    void damagedTicketsAreMalformed() {
        QFETCH(QString, ticket);
        const auto r = TicketSigner(seed('a')).verify(ticket);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::ValidationError);
    }

    void forgedTicketsAreRefused() {
        const TicketSigner server(seed('a'));
        const TicketSigner attacker(seed('b'));
        // Signed with another key.
        auto r = server.verify(attacker.sign({42, 7}));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Forbidden);
        // One character of a real ticket changed (the ids or the signature).
        const QString good = server.sign({42, 7});
        for (int at : {4, 5, int(good.size()) - 2}) {
            QString bad = good;
            bad[at] = bad[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
            r = server.verify(bad);
            QVERIFY2(!r, qPrintable(bad));
        }
        // Another booking's signature under these ids ("re-signed" by splicing).
        const QString other = server.sign({43, 7});
        const QByteArray a = QByteArray::fromBase64(good.mid(4).toLatin1(), QByteArray::Base64UrlEncoding);
        const QByteArray b = QByteArray::fromBase64(other.mid(4).toLatin1(), QByteArray::Base64UrlEncoding);
        const QByteArray spliced = a.left(a.size() - 64) + b.right(64);
        r = server.verify(QStringLiteral("EB1.") + QString::fromLatin1(spliced.toBase64(
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Forbidden);
    }

    void aWrongPublicKeyIsRefused() {
        const QString ticket = TicketSigner(seed('a')).sign({1, 1});
        QVERIFY(!TicketSigner::verifyWith(QByteArray(3, 'x'), ticket));
        QVERIFY(!TicketSigner::verifyWith(publicKeyOf(TicketSigner(seed('c'))), ticket));
    }
};

QTEST_GUILESS_MAIN(TestTicketSigner)
#include "tst_ticket_signer.moc"
