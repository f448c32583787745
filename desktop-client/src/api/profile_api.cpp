#include "profile_api.h"

#include "endpoint_reply.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"

namespace eventbook::client {
namespace k = eventbook::keys;
using endpoint::mapTo;

// The session's side of an answer (new tokens, the user's new name) is applied under the
// ApiClient's ownership, not the caller's: a dialog closed while its password change was in
// flight must not leave the session with the tokens the server has just revoked.
namespace {
User userFrom(const QJsonValue &v) {
    return codec::userFromJson(v.toObject());
}
} // namespace

void ProfileApi::get(ApiClient::Done<User> done) {
    ApiClient &api = m_api;
    m_api.callJson("GET", QStringLiteral("/api/profile"), {},
                   ApiClient::Done<QJsonValue>(&api, [&api, done](const Result<QJsonValue> &r) {
                       if (!r)
                           return done(r.error());
                       const User user = userFrom(*r);
                       if (api.signedIn())
                           api.setUser(user);
                       done(user);
                   }));
}

void ProfileApi::update(const std::optional<QString> &name, const std::optional<QString> &bio,
                        const std::optional<QString> &avatarUrl, ApiClient::Done<User> done) {
    QJsonObject body;
    if (name)
        body.insert(k::name, *name);
    if (bio)
        body.insert(k::bio, *bio);
    if (avatarUrl)
        body.insert(k::avatarUrl, avatarUrl->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*avatarUrl));
    ApiClient &api = m_api;
    m_api.callJson("PUT", QStringLiteral("/api/profile"), body,
                   ApiClient::Done<QJsonValue>(&api, [&api, done](const Result<QJsonValue> &r) {
                       if (!r)
                           return done(r.error());
                       const User changed = userFrom(*r);
                       User user = api.user();
                       user.name = changed.name;
                       user.bio = changed.bio;
                       user.avatarUrl = changed.avatarUrl;
                       api.setUser(user);
                       done(changed);
                   }));
}

void ProfileApi::changePassword(const QString &currentPassword, const QString &newPassword,
                                ApiClient::Done<Unit> done) {
    ApiClient &api = m_api;
    m_api.callJson("POST", QStringLiteral("/api/profile/password"),
                   {{k::currentPassword, currentPassword}, {k::newPassword, newPassword}},
                   ApiClient::Done<QJsonValue>(&api, [&api, done](const Result<QJsonValue> &r) {
                       if (!r)
                           return done(r.error());
                       api.adoptTokens(r->toObject());
                       done(Unit{});
                   }));
}

void ProfileApi::changeEmail(const QString &newEmail, const QString &password, ApiClient::Done<User> done) {
    ApiClient &api = m_api;
    m_api.callJson("POST", QStringLiteral("/api/profile/email"), {{k::newEmail, newEmail}, {k::password, password}},
                   ApiClient::Done<QJsonValue>(&api, [&api, done](const Result<QJsonValue> &r) {
                       if (!r)
                           return done(r.error());
                       const User changed = userFrom(*r);
                       User user = api.user();
                       user.email = changed.email;
                       api.setUser(user);
                       done(changed);
                   }));
}

void ProfileApi::deleteAccount(const QString &password, ApiClient::Done<Unit> done) {
    ApiClient &api = m_api;
    m_api.callJson("DELETE", QStringLiteral("/api/profile"), {{k::password, password}},
                   ApiClient::Done<QJsonValue>(&api, [&api, done](const Result<QJsonValue> &r) {
                       if (!r)
                           return done(r.error());
                       api.endSession();
                       done(Unit{});
                   }));
}

void ProfileApi::exportData(ApiClient::Done<QJsonObject> done) {
    m_api.callJson("GET", QStringLiteral("/api/profile/export"), {},
                   endpoint::mapTo<QJsonObject>(std::move(done), [](const QJsonValue &v) { return v.toObject(); }));
}

void ProfileApi::anonymise(const QString &password, ApiClient::Done<Unit> done) {
    ApiClient &api = m_api;
    m_api.callJson("POST", QStringLiteral("/api/profile/anonymise"), {{k::password, password}},
                   ApiClient::Done<QJsonValue>(&api, [&api, done](const Result<QJsonValue> &r) {
                       if (!r)
                           return done(r.error());
                       api.endSession();
                       done(Unit{});
                   }));
}

} // namespace eventbook::client
