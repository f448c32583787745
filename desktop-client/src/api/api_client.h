#pragma once

#include "api_types.h"
#include "reply_to.h"
#include "eventbook/common/domain.h"
#include "eventbook/common/result.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>

namespace eventbook::client {

// The desktop app's transport to the server's HTTP API (API.md): one QNetworkAccessManager, the
// session (sign-in, tokens, refresh), errors turned into readable messages (api_errors.h). The
// routes themselves are typed in the endpoint groups over it. A call that meets 401 refreshes
// the session once (concurrent ones share that refresh) and is sent again; when the refresh
// fails the session ends and sessionExpired() says why. Callbacks run on the calling thread and
// never after the client is destroyed.
class ApiClient : public QObject {
    Q_OBJECT
public:
    // Every call's callback has an owner (reply_to.h): it is dropped when the owner is gone.
    template <typename T> using Done = ReplyTo<T>;

    explicit ApiClient(QUrl server, QObject *parent = nullptr);
    // Calls still running are abandoned without their callbacks.
    ~ApiClient() override;

    QUrl serverUrl() const { return m_server; }
    void setServerUrl(const QUrl &server);

    bool signedIn() const { return !m_refreshToken.isEmpty(); }
    const User &user() const { return m_user; }
    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    // A refresh token kept from an earlier run (CredentialStore); refresh() turns it into a session.
    void restoreSession(const QString &refreshToken);

    void signIn(const QString &email, const QString &password, Done<User> done);
    void registerAccount(const QString &email, const QString &password, const QString &name, Done<User> done);
    void refresh(Done<User> done);
    // Ends the session here at once and tells the server (best effort).
    void signOut();

    // For the endpoint groups (ProfileApi) whose answers change the session: the user as the
    // server now has it, the tokens a password change hands back, the end of a deleted account.
    void setUser(const User &user);
    void adoptTokens(const QJsonObject &data);
    void endSession() { clearSession(); }

    // Any JSON route (the envelope's data, or a readable error) with the session's token, and a
    // refresh and one retry on 401; the typed endpoint groups (EventsApi, NotificationsApi,
    // ProfileApi, AdminApi) build on it.
    void callJson(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body,
                  Done<QJsonValue> done) {
        call(method, pathAndQuery, body, true, std::move(done));
    }
    // A raw download (CSV) with the session's token: `chunk` gets the bytes as they arrive,
    // `done` the outcome. Refreshes once on 401 like the JSON calls.
    void download(const QString &pathAndQuery, std::function<bool(const QByteArray &chunk)> chunk,
                  std::function<void(qint64 received)> progress, Done<qint64> done, bool retried = false);

    // The bytes of a remote image, fetched through the server's image proxy (API.md "Images"),
    // so the app never connects to arbitrary hosts itself.
    void proxiedImage(const QUrl &image, Done<QByteArray> done);
    // An image the server stores (`/api/images/<hash>`, API.md "Images"): its name never changes
    // meaning, so with setImageCache it is kept on disk and read from there on the next start
    // without asking the server. `fromDisk` says where these bytes came from.
    void storedImage(const QString &path, std::function<void(const Result<QByteArray> &, bool fromDisk)> done);
    // The directory of that disk cache (the app's cache location); nothing else is stored there:
    // API answers are never written to disk.
    void setImageCache(const QString &directory, qint64 maxBytes = 200LL * 1024 * 1024);

Q_SIGNALS:
    void sessionChanged();                     // signed in, refreshed or signed out
    void sessionExpired(const QString &reason); // the refresh failed: signed out

private:
    using Json = std::function<void(const Result<QJsonValue> &)>;
    void call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body, bool authorised,
              Json done, bool retried = false);
    void startSession(const QJsonObject &data);
    QUrl urlFor(const QString &pathAndQuery) const;
    // A request to the server, with the session's access token when `authorised`.
    QNetworkRequest requestFor(const QString &pathAndQuery, bool authorised) const;
    // On a 401 to a call that carried the session, refreshes once and runs `again` (true: taken over).
    bool refreshAndRetry(int status, bool retried, std::function<void()> again,
                         std::function<void(const Error &)> fail);
    void clearSession();
    void refreshThen(std::function<void(const Result<void> &)> next);

    QNetworkAccessManager m_nam;
    QUrl m_server;
    User m_user;
    QString m_accessToken;
    QString m_refreshToken;
    bool m_refreshing = false;
    QList<std::function<void(const Result<void> &)>> m_waitingForRefresh;
};

} // namespace eventbook::client
