#include "image_fetch.h"

#include "address_policy.h"
#include "eventbook/common/validation.h"

#include <QSslSocket>

namespace eventbook::http {
namespace {
constexpr qsizetype kMaxHead = 16 * 1024;

QHostAddress plain(const QHostAddress &a) {
    bool ok = false;
    const quint32 v4 = a.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : a;
}
} // namespace

ImageFetch::ImageFetch(QUrl url, ImageFetchSettings settings, Done done, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_settings(std::move(settings))
    , m_done(std::move(done)) {
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(ErrorCode::GatewayTimeout,
             QStringLiteral("The image server did not answer within %1 s").arg(m_settings.timeoutMs / 1000.0));
    });
}

ImageFetch::~ImageFetch() {
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_done) {
        auto done = std::exchange(m_done, nullptr);
        done(HttpResponse::error(ErrorCode::ServiceUnavailable, QStringLiteral("The server is shutting down")));
    }
}

void ImageFetch::start() {
    m_deadline.start(m_settings.timeoutMs);
    hop(m_url);
}

void ImageFetch::hop(const QUrl &url) {
    if (++m_hops > m_settings.maxRedirects + 1)
        return fail(ErrorCode::BadRequest,
                    QStringLiteral("Too many redirects (at most %1)").arg(m_settings.maxRedirects));
    m_url = url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")))
        return fail(ErrorCode::BadRequest, QStringLiteral("Only http and https image URLs can be fetched"));
    if (!url.userInfo().isEmpty())
        return fail(ErrorCode::BadRequest, QStringLiteral("Image URLs must not carry a user name or password"));
    const QString host = url.host();
    if (host.isEmpty())
        return fail(ErrorCode::BadRequest, QStringLiteral("The image URL has no host"));
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        if (!allowed(literal))
            return fail(ErrorCode::Forbidden, QStringLiteral("Image URLs may not point at private or local addresses"));
        return connectTo(literal);
    }
    m_lookupId = QHostInfo::lookupHost(host, this, &ImageFetch::resolved);
}

void ImageFetch::resolved(const QHostInfo &info) {
    m_lookupId = -1;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
        return fail(ErrorCode::BadGateway, QStringLiteral("The image host could not be resolved"));
    // Every address must be acceptable: a name that also points inside is refused outright.
    QHostAddress chosen;
    for (const QHostAddress &a : info.addresses()) {
        if (!allowed(a))
            return fail(ErrorCode::Forbidden,
                        QStringLiteral("Image URLs may not point at private or local addresses"));
        if (chosen.isNull() || (a.protocol() == QAbstractSocket::IPv4Protocol &&
                                chosen.protocol() != QAbstractSocket::IPv4Protocol))
            chosen = a;
    }
    connectTo(chosen);
}

bool ImageFetch::allowed(const QHostAddress &address) const {
    return isPublicAddress(address) || m_settings.allow.contains(plain(address));
}

void ImageFetch::connectTo(const QHostAddress &address) {
    m_head.clear();
    m_body.clear();
    m_headDone = false;
    m_declaredLength = -1;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    const bool tls = m_url.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0;
    const quint16 port = quint16(m_url.port(tls ? 443 : 80));
    if (tls) {
        auto *s = new QSslSocket(this);
        m_socket = s;
        connect(s, &QSslSocket::encrypted, this, &ImageFetch::sendRequest);
        connect(s, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            fail(ErrorCode::BadGateway,
                 QStringLiteral("The image server's certificate is not valid: %1").arg(errors.value(0).errorString()));
        });
        // To the address we checked; the certificate is verified against the host name.
        s->connectToHostEncrypted(address.toString(), port, m_url.host());
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &ImageFetch::sendRequest);
        m_socket->connectToHost(address, port);
    }
    // Bounded per read as well as in total: at most what is still allowed, plus the head.
    m_socket->setReadBufferSize(256 * 1024);
    connect(m_socket, &QTcpSocket::readyRead, this, &ImageFetch::readSome);
    connect(m_socket, &QTcpSocket::disconnected, this, &ImageFetch::ended);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError)
            return ended();
        fail(ErrorCode::BadGateway, QStringLiteral("Could not fetch the image: %1").arg(m_socket->errorString()));
    });
}

void ImageFetch::sendRequest() {
    QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_url.hasQuery())
        target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = m_url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (m_url.port() > 0)
        host += ':' + QByteArray::number(m_url.port());
    // HTTP/1.0: the answer ends with the connection, never chunked.
    m_socket->write("GET " + target + " HTTP/1.0\r\nHost: " + host +
                    "\r\nUser-Agent: EventBook-ImageProxy/1.0\r\n"
                    "Accept: image/png, image/jpeg, image/gif, image/webp, image/avif\r\nConnection: close\r\n\r\n");
}

void ImageFetch::readSome() {
    if (!m_socket)
        return;
    const QByteArray chunk = m_socket->readAll();
    if (!m_headDone) {
        m_head += chunk;
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > kMaxHead)
                fail(ErrorCode::BadGateway, QStringLiteral("The image server sent an oversized answer head"));
            return;
        }
        if (!parseHead(end))
            return;
        m_body = m_head.mid(end + 4);
        m_head.clear();
    } else {
        m_body += chunk;
    }
    if (m_body.size() > m_settings.maxBytes)
        fail(ErrorCode::PayloadTooLarge,
             QStringLiteral("The image is larger than %1 MB").arg(m_settings.maxBytes / (1024 * 1024)));
}

bool ImageFetch::parseHead(qsizetype headEnd) {
    const QList<QByteArray> lines = m_head.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    const int status = statusLine.value(1).toInt();
    QByteArray location, type, length, encoding;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "location")
            location = value;
        else if (name == "content-type")
            type = value.split(';').first().trimmed().toLower();
        else if (name == "content-length")
            length = value;
        else if (name == "transfer-encoding")
            encoding = value.toLower();
    }
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        if (location.isEmpty()) {
            fail(ErrorCode::BadGateway, QStringLiteral("The image server redirected nowhere"));
            return false;
        }
        // Each hop is checked like the first.
        QMetaObject::invokeMethod(this, [this, next = m_url.resolved(QUrl::fromEncoded(location))] { hop(next); },
                                  Qt::QueuedConnection);
        m_socket->disconnect(this);
        m_socket->abort();
        return false;
    }
    if (status != 200) {
        fail(ErrorCode::BadGateway, QStringLiteral("The image server answered %1").arg(status));
        return false;
    }
    if (!type.startsWith("image/") ||
        validation::imageTypeFromMime(QString::fromLatin1(type.mid(6))) == validation::ImageType::None) {
        fail(ErrorCode::UnsupportedMediaType,
             QStringLiteral("Not an image the app can show (png, jpeg, gif, webp or avif)"));
        return false;
    }
    if (!encoding.isEmpty() && encoding != "identity") {
        fail(ErrorCode::BadGateway, QStringLiteral("The image server used an unsupported transfer encoding"));
        return false;
    }
    bool ok = false;
    m_declaredLength = length.isEmpty() ? -1 : length.toLongLong(&ok);
    if (!length.isEmpty() && (!ok || m_declaredLength < 0)) {
        fail(ErrorCode::BadGateway, QStringLiteral("The image server sent a malformed Content-Length"));
        return false;
    }
    if (m_declaredLength > m_settings.maxBytes) {
        fail(ErrorCode::PayloadTooLarge,
             QStringLiteral("The image is larger than %1 MB").arg(m_settings.maxBytes / (1024 * 1024)));
        return false;
    }
    m_type = type;
    m_headDone = true;
    return true;
}

void ImageFetch::ended() {
    if (!m_done || !m_socket)
        return;
    readSome();
    if (!m_done)
        return;
    if (!m_headDone)
        return fail(ErrorCode::BadGateway, QStringLiteral("The image server closed the connection early"));
    if (m_declaredLength >= 0 && m_body.size() < m_declaredLength)
        return fail(ErrorCode::BadGateway, QStringLiteral("The image arrived incomplete"));
    if (m_declaredLength >= 0)
        m_body.truncate(m_declaredLength);
    const auto declared = validation::imageTypeFromMime(QString::fromLatin1(m_type.mid(6)));
    if (validation::sniffImage(m_body) != declared)
        return fail(ErrorCode::UnsupportedMediaType,
                    QStringLiteral("The file is not the %1 image it claims to be").arg(QString::fromLatin1(m_type)));
    HttpResponse r;
    r.contentType = m_type == "image/jpg" ? QByteArray("image/jpeg") : m_type;
    r.body = std::move(m_body);
    r.setHeader("Cache-Control", "public, max-age=86400");
    r.setHeader("Content-Disposition", "inline");
    finish(r);
}

void ImageFetch::fail(ErrorCode code, const QString &message) {
    finish(HttpResponse::error(code, message));
}

void ImageFetch::finish(const HttpResponse &response) {
    if (!m_done)
        return;
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    auto done = std::exchange(m_done, nullptr);
    done(response);
    deleteLater();
}

} // namespace eventbook::http
