#include "team_api.h"

#include "endpoint_reply.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"

#include <QJsonArray>

namespace eventbook::client {
namespace k = eventbook::keys;

using endpoint::mapTo;
using endpoint::nothing;

namespace {
User toUser(const QJsonValue &v) {
    return codec::userFromJson(v.toObject());
}
} // namespace

void TeamApi::team(qint64 eventId, ApiClient::Done<QList<TeamMember>> done) {
    m_api.callJson("GET", QStringLiteral("/api/events/%1/team").arg(eventId), {},
                   mapTo<QList<TeamMember>>(std::move(done), [](const QJsonValue &v) {
                       QList<TeamMember> out;
                       for (const QJsonValue &m : v.toObject().value(QLatin1StringView("team")).toArray())
                           out.append(codec::teamMemberFromJson(m.toObject()));
                       return out;
                   }));
}

void TeamApi::addMember(qint64 eventId, const QString &email, ApiClient::Done<User> done) {
    m_api.callJson("POST", QStringLiteral("/api/events/%1/team").arg(eventId), {{k::email, email}},
                   mapTo<User>(std::move(done), toUser));
}

void TeamApi::removeMember(qint64 eventId, qint64 userId, ApiClient::Done<Unit> done) {
    m_api.callJson("DELETE", QStringLiteral("/api/events/%1/team/%2").arg(eventId).arg(userId), {},
                   mapTo<Unit>(std::move(done), nothing));
}

void TeamApi::setRole(qint64 userId, Role role, ApiClient::Done<User> done) {
    m_api.callJson("PUT", QStringLiteral("/api/admin/users/%1/role").arg(userId), {{k::role, codec::roleName(role)}},
                   mapTo<User>(std::move(done), toUser));
}

void TeamApi::exportUser(qint64 userId, ApiClient::Done<QJsonObject> done) {
    m_api.callJson("GET", QStringLiteral("/api/admin/users/%1/export").arg(userId), {},
                   mapTo<QJsonObject>(std::move(done), [](const QJsonValue &v) { return v.toObject(); }));
}

void TeamApi::anonymiseUser(qint64 userId, ApiClient::Done<Unit> done) {
    m_api.callJson("POST", QStringLiteral("/api/admin/users/%1/anonymise").arg(userId), {},
                   mapTo<Unit>(std::move(done), nothing));
}

} // namespace eventbook::client
