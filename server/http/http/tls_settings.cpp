#include "tls_settings.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace eventbook::http {
namespace {
Error tlsError(const QString &message) {
    return Error::make(ErrorCode::BadRequest, message);
}
} // namespace

Result<QSslConfiguration> loadServerTls(const QString &certPath, const QString &keyPath) {
    if (!QSslSocket::supportsSsl())
        return tlsError(QStringLiteral("TLS_CERT is set but this Qt has no working TLS backend (OpenSSL 3 missing?)"));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return tlsError(QStringLiteral("TLS_CERT: no PEM certificate in %1").arg(certPath));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return tlsError(QStringLiteral("TLS_KEY: cannot read %1").arg(keyPath));
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return tlsError(QStringLiteral("TLS_KEY: no unencrypted PEM private key (RSA or EC) in %1").arg(keyPath));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(chain.first());
    if (chain.size() > 1)
        config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    return config;
}

} // namespace eventbook::http
