#include "api_client.h"

#include "api_errors.h"
#include "eventbook/common/codecs.h"

#include <QJsonDocument>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>
#include <memory>

#include "eventbook/common/json_keys.h"

namespace eventbook::client {
namespace k = eventbook::keys;
namespace {
constexpr int kTimeoutMs = 20'000;

} // namespace

ApiClient::ApiClient(QUrl server, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server)) {
    m_nam.setTransferTimeout(kTimeoutMs);
}

ApiClient::~ApiClient() {
    // The replies die with m_nam, after the other members: their finished() must not reach
    // callbacks that use them.
    for (QNetworkReply *reply : m_nam.findChildren<QNetworkReply *>()) {
        reply->disconnect(this);
        reply->abort();
    }
}

void ApiClient::setServerUrl(const QUrl &server) {
    if (server == m_server)
        return;
    m_server = server;
    clearSession(); // a session belongs to the server that issued it
}

void ApiClient::restoreSession(const QString &refreshToken) {
    m_refreshToken = refreshToken;
    m_accessToken.clear();
}

QUrl ApiClient::urlFor(const QString &pathAndQuery) const {
    QUrl url = m_server;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1), QUrl::StrictMode);
    return url;
}

QNetworkRequest ApiClient::requestFor(const QString &pathAndQuery, bool authorised) const {
    QNetworkRequest request(urlFor(pathAndQuery));
    // Only stored images go through the disk cache (storedImage): bookings, profiles and tokens
    // never land in a file.
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (authorised && !m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    return request;
}

bool ApiClient::refreshAndRetry(int status, bool retried, std::function<void()> again,
                                std::function<void(const Error &)> fail) {
    if (status != 401 || retried || m_refreshToken.isEmpty())
        return false;
    // The access token ran out: refresh once (shared with every call that met 401), then again.
    refreshThen([again = std::move(again), fail = std::move(fail)](const Result<void> &refreshed) {
        if (!refreshed)
            return fail(refreshed.error());
        again();
    });
    return true;
}

void ApiClient::call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body, bool authorised,
                     Json done, bool retried) {
    QNetworkRequest request = requestFor(pathAndQuery, authorised);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload = body.isEmpty() && method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, payload);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        if (authorised &&
            refreshAndRetry(
                status, retried, [=, this] { call(method, pathAndQuery, body, authorised, done, true); },
                [done](const Error &e) { done(e); }))
            return;
        if (status >= 200 && status < 300) {
            const QJsonObject envelope = QJsonDocument::fromJson(answer).object();
            return done(envelope.value(k::data));
        }
        done(errorFromReply(reply->error(), status, answer, m_server, reply->errorString()));
    });
}

void ApiClient::startSession(const QJsonObject &data) {
    // A refresh answers tokens only; the user stays who they were.
    if (data.contains(k::user))
        m_user = codec::userFromJson(data.value(k::user).toObject());
    m_accessToken = data.value(k::token).toString();
    m_refreshToken = data.value(k::refreshToken).toString();
    Q_EMIT sessionChanged();
}

void ApiClient::setUser(const User &user) {
    m_user = user;
    Q_EMIT sessionChanged();
}

void ApiClient::adoptTokens(const QJsonObject &data) {
    if (!data.contains(k::token))
        return;
    m_accessToken = data.value(k::token).toString();
    m_refreshToken = data.value(k::refreshToken).toString();
    Q_EMIT sessionChanged();
}

void ApiClient::clearSession() {
    const bool had = signedIn() || !m_accessToken.isEmpty();
    m_user = User{};
    m_accessToken.clear();
    m_refreshToken.clear();
    if (had)
        Q_EMIT sessionChanged();
}

void ApiClient::signIn(const QString &email, const QString &password, Done<User> done) {
    call("POST", QStringLiteral("/api/auth/login"),
         {{k::email, email}, {k::password, password}}, false,
         [this, done](const Result<QJsonValue> &r) {
             if (!r)
                 return done(r.error());
             startSession(r->toObject());
             done(m_user);
         });
}

void ApiClient::registerAccount(const QString &email, const QString &password, const QString &name, Done<User> done) {
    call("POST", QStringLiteral("/api/auth/register"),
         {{k::email, email}, {k::password, password}, {k::name, name}},
         false, [this, done](const Result<QJsonValue> &r) {
             if (!r)
                 return done(r.error());
             startSession(r->toObject());
             done(m_user);
         });
}

void ApiClient::refreshThen(std::function<void(const Result<void> &)> next) {
    m_waitingForRefresh.append(std::move(next));
    if (m_refreshing)
        return; // one refresh serves every call that met 401 meanwhile
    m_refreshing = true;
    call("POST", QStringLiteral("/api/auth/refresh"), {{k::refreshToken, m_refreshToken}}, false,
         [this](const Result<QJsonValue> &r) {
             m_refreshing = false;
             Result<void> outcome;
             if (r) {
                 startSession(r->toObject());
             } else {
                 const QString reason = r.error().code == ErrorCode::ServiceUnavailable
                                            ? r.error().message
                                            : tr("Your session has ended. Please sign in again.");
                 outcome = Error::make(ErrorCode::Unauthorized, reason);
                 if (r.error().code != ErrorCode::ServiceUnavailable) {
                     clearSession();
                     Q_EMIT sessionExpired(reason);
                 }
             }
             const auto waiting = std::exchange(m_waitingForRefresh, {});
             for (const auto &w : waiting)
                 w(outcome);
         });
}

void ApiClient::refresh(Done<User> done) {
    if (m_refreshToken.isEmpty())
        return done(Error::make(ErrorCode::Unauthorized, tr("Not signed in.")));
    refreshThen([this, done](const Result<void> &r) {
        if (!r)
            return done(r.error());
        done(m_user);
    });
}

void ApiClient::signOut() {
    if (!m_refreshToken.isEmpty())
        call("POST", QStringLiteral("/api/auth/logout"), {{k::refreshToken, m_refreshToken}}, false,
             [](const Result<QJsonValue> &) {});
    clearSession();
}

void ApiClient::download(const QString &pathAndQuery, std::function<bool(const QByteArray &)> chunk,
                         std::function<void(qint64)> progress, Done<qint64> done, bool retried) {
    QNetworkReply *reply = m_nam.get(requestFor(pathAndQuery, true));
    auto received = std::make_shared<qint64>(0);
    auto failed = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::readyRead, this, [reply, chunk, progress, received, failed, done] {
        if (!done.alive()) {
            reply->abort(); // whoever wanted the file (and owns where it goes) is gone
            return;
        }
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200 || *failed)
            return; // an error body is read whole at the end
        const QByteArray bytes = reply->readAll();
        *received += bytes.size();
        if (!chunk(bytes)) {
            *failed = true; // the writer gave up (disk full…): stop the transfer
            reply->abort();
            return;
        }
        if (progress)
            progress(*received);
    });
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto writeFailed = [] {
            return Error::make(ErrorCode::Internal, tr("Could not write the file; the download stopped."));
        };
        if (*failed)
            return done(writeFailed());
        if (refreshAndRetry(
                status, retried, [=, this] { download(pathAndQuery, chunk, progress, done, true); },
                [done](const Error &e) { done(e); }))
            return;
        if (status == 200 && reply->error() == QNetworkReply::NoError) {
            const QByteArray rest = reply->readAll();
            *received += rest.size();
            if (!rest.isEmpty() && !chunk(rest))
                return done(writeFailed());
            return done(*received);
        }
        done(errorFromReply(reply->error(), status, reply->readAll(), m_server, reply->errorString()));
    });
}

void ApiClient::proxiedImage(const QUrl &image, Done<QByteArray> done) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("url"), QString::fromUtf8(QUrl::toPercentEncoding(image.toString())));
    QNetworkReply *reply =
        m_nam.get(requestFor(QStringLiteral("/api/image-proxy?") + q.toString(QUrl::FullyEncoded), true));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 200)
            return done(body);
        done(errorFromReply(reply->error(), status, body, m_server, reply->errorString()));
    });
}

void ApiClient::setImageCache(const QString &directory, qint64 maxBytes) {
    auto *cache = new QNetworkDiskCache(&m_nam);
    cache->setCacheDirectory(directory);
    cache->setMaximumCacheSize(maxBytes);
    m_nam.setCache(cache); // the manager owns it from here
}

void ApiClient::storedImage(const QString &path, std::function<void(const Result<QByteArray> &, bool)> done) {
    QNetworkRequest request = requestFor(path, false);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, true);
    // Immutable for a year (the server says so): a cached copy needs no revalidation.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    QNetworkReply *reply = m_nam.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool fromDisk = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
        const QByteArray body = reply->readAll();
        if (status == 200)
            return done(body, fromDisk);
        done(errorFromReply(reply->error(), status, body, m_server, reply->errorString()), fromDisk);
    });
}

} // namespace eventbook::client
