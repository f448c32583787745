// TLS_CERT / TLS_KEY: HTTPS and WSS on the one port, with a certificate the test makes itself.
#include "fixtures.h"
#include "test_server.h"
#include "ws_client.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace eventbook;
using test::operator""_k;

class TestTls : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
    QSslConfiguration m_trust;

    bool makeCertificate(const QString &name, const QStringList &keyArgs) {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        QStringList args{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-nodes"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                         QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                         QStringLiteral("-keyout"), m_dir.filePath(name + QStringLiteral(".key")),
                         QStringLiteral("-out"), m_dir.filePath(name + QStringLiteral(".crt"))};
        args += keyArgs;
        openssl.start(QStringLiteral("openssl"), args);
        if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0) {
            qWarning("openssl: %s", openssl.readAll().constData());
            return false;
        }
        return true;
    }

    struct Answer {
        int status = 0;
        QByteArray body;
        QByteArray hsts;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };
    Answer get(const QUrl &url) {
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setSslConfiguration(m_trust);
        QNetworkReply *reply = nam.get(request);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15'000); }();
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                 reply->rawHeader("Strict-Transport-Security"), reply->error()};
        delete reply;
        return a;
    }

private Q_SLOTS:
    void initTestCase() {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here");
        QVERIFY(makeCertificate(QStringLiteral("rsa"), {QStringLiteral("-newkey"), QStringLiteral("rsa:2048")}));
        QVERIFY(makeCertificate(QStringLiteral("ec"), {QStringLiteral("-newkey"), QStringLiteral("ec"),
                                                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")}));
        m_cert = m_dir.filePath(QStringLiteral("rsa.crt"));
        m_key = m_dir.filePath(QStringLiteral("rsa.key"));
        m_trust = QSslConfiguration::defaultConfiguration();
        m_trust.setCaCertificates(QSslCertificate::fromPath(m_cert) +
                                  QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ec.crt"))));
    }

    void httpsAndWssOnOnePort_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("RSA key") << QStringLiteral("rsa");
        QTest::newRow("EC key") << QStringLiteral("ec");
    }
    void httpsAndWssOnOnePort() {
        QFETCH(QString, name);
        test::TestServer server([&](app::Config &c) {
            c.tlsCert = m_dir.filePath(name + QStringLiteral(".crt"));
            c.tlsKey = m_dir.filePath(name + QStringLiteral(".key"));
        });
        QVERIFY2(server.ok(), qPrintable(server.error()));
        const QString base = QStringLiteral("https://127.0.0.1:%1").arg(server.port());
        const Answer health = get(QUrl(base + QStringLiteral("/healthz")));
        QCOMPARE(health.status, 200);
        QVERIFY(health.hsts.startsWith("max-age="));

        // WSS on the same port: live messages for a booking made over HTTPS.
        test::Fixtures fx(server);
        const test::Account admin = fx.account(QStringLiteral("Admin"), true);
        test::WsClient ws;
        ws.socket().setSslConfiguration(m_trust);
        QVERIFY(ws.openUrl(QUrl(QStringLiteral("wss://127.0.0.1:%1/ws").arg(server.port()))));
        QVERIFY(ws.auth(admin.token));
        QNetworkAccessManager nam;
        QNetworkRequest create(QUrl(base + QStringLiteral("/api/events")));
        create.setSslConfiguration(m_trust);
        create.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        create.setRawHeader("Authorization", "Bearer " + admin.token);
        QNetworkReply *reply = nam.post(create, QJsonDocument(test::Fixtures::eventBody()).toJson());
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15'000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        delete reply;
        QVERIFY(!ws.waitFor(QStringLiteral("EVENT_CREATED")).isEmpty());
        ws.sendJson({{"type"_k, QStringLiteral("PING")}});
        QVERIFY(!ws.waitFor(QStringLiteral("PONG")).isEmpty());

        // Plain HTTP on the TLS port gets no HTTP answer.
        const Answer plain = get(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(server.port())));
        QCOMPARE(plain.status, 0);
        // A client that does not trust the certificate refuses it.
        QNetworkAccessManager strict;
        QNetworkReply *untrusted = strict.get(QNetworkRequest(QUrl(base + QStringLiteral("/healthz"))));
        QTRY_VERIFY_WITH_TIMEOUT(untrusted->isFinished(), 15'000);
        QCOMPARE(untrusted->error(), QNetworkReply::SslHandshakeFailedError);
        delete untrusted;
        // And the server is still fine.
        QCOMPARE(get(QUrl(base + QStringLiteral("/api/events"))).status, 200);
    }

    void badKeyOrCertificateStopsTheStart_data() {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("key is a certificate") << QStringLiteral("rsa.crt") << QStringLiteral("rsa.crt") << QStringLiteral("TLS_KEY");
        QTest::newRow("certificate is a key") << QStringLiteral("rsa.key") << QStringLiteral("rsa.key") << QStringLiteral("TLS_CERT");
    }
    void badKeyOrCertificateStopsTheStart() {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, mentions);
        test::TestServer server([&](app::Config &c) {
            c.tlsCert = m_dir.filePath(cert);
            c.tlsKey = m_dir.filePath(key);
        });
        QVERIFY(!server.ok());
        QVERIFY2(server.error().contains(mentions), qPrintable(server.error()));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
