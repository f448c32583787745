#include "role_repository.h"

#include "time_codec.h"
#include "user_access_sql.h"

#include "eventbook/common/codecs.h"

namespace eventbook::storage {

namespace {
const QString kScopeColumns = QStringLiteral(
    "SELECT s.user_id, s.event_id, s.role, e.title FROM event_roles s JOIN events e ON e.id = s.event_id ");
} // namespace

Result<void> RoleRepository::setRole(qint64 userId, Role role, qint64 grantedBy) {
    auto scopes = m_db.prepare(QStringLiteral("DELETE FROM event_roles WHERE user_id = :u"));
    if (!scopes)
        return scopes.error();
    scopes->bind(QStringLiteral(":u"), userId);
    EB_TRY(scopes->exec("drop event scopes"));
    const bool granted = role == Role::Organiser || role == Role::Staff;
    auto q = m_db.prepare(
        granted ? QStringLiteral("INSERT INTO user_roles (user_id, role, granted_by, granted_at) VALUES (:u, :r, "
                                 ":by, :t) ON CONFLICT (user_id) DO UPDATE SET role = excluded.role, "
                                 "granted_by = excluded.granted_by, granted_at = excluded.granted_at")
                : QStringLiteral("DELETE FROM user_roles WHERE user_id = :u"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId);
    if (granted) {
        q->bind(QStringLiteral(":r"), codec::roleName(role))
            .bind(QStringLiteral(":by"), grantedBy > 0 ? QVariant(grantedBy) : QVariant())
            .bind(QStringLiteral(":t"), nowMs());
    }
    return q->exec("set role");
}

Result<std::optional<Role>> RoleRepository::scopeOn(qint64 userId, qint64 eventId) {
    auto q = m_db.prepare(QStringLiteral("SELECT role FROM event_roles WHERE event_id = :e AND user_id = :u"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId).bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("read event scope"));
    if (!q->next())
        return std::optional<Role>();
    return std::optional<Role>(scopeRole(q->value(0)));
}

Result<QList<EventScope>> RoleRepository::scopesOf(qint64 userId) {
    auto all = scopesOf(QList<qint64>{userId});
    if (!all)
        return all.error();
    return all->value(userId);
}

Result<QHash<qint64, QList<EventScope>>> RoleRepository::scopesOf(const QList<qint64> &userIds) {
    QHash<qint64, QList<EventScope>> out;
    if (userIds.isEmpty())
        return out;
    // Ids are integers from our own rows; a bound list would need one placeholder per id anyway.
    QStringList ids;
    for (qint64 id : userIds)
        ids.append(QString::number(id));
    auto q = m_db.prepare(kScopeColumns + QStringLiteral("WHERE s.user_id IN (") + ids.join(QLatin1Char(',')) +
                          QStringLiteral(") ORDER BY e.starts_at, e.id"));
    if (!q)
        return q.error();
    EB_TRY(q->exec("read event scopes"));
    while (q->next())
        out[q->value(0).toLongLong()].append({q->value(1).toLongLong(), scopeRole(q->value(2)), q->value(3).toString()});
    return out;
}

Result<void> RoleRepository::attachScopes(User &user) {
    if (user.role != Role::Organiser && user.role != Role::Staff)
        return {};
    auto scopes = scopesOf(user.id);
    if (!scopes)
        return scopes.error();
    user.scopes = *scopes;
    return {};
}

Result<QList<qint64>> RoleRepository::eventsOf(qint64 userId, Role minimum) {
    auto q = m_db.prepare(minimum == Role::Organiser
                              ? QStringLiteral("SELECT event_id FROM event_roles WHERE user_id = :u AND role = 'organiser' "
                                               "ORDER BY event_id")
                              : QStringLiteral("SELECT event_id FROM event_roles WHERE user_id = :u ORDER BY event_id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("read scoped events"));
    QList<qint64> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    return out;
}

Result<bool> RoleRepository::grant(qint64 eventId, qint64 userId, Role role, qint64 grantedBy) {
    auto current = scopeOn(userId, eventId);
    if (!current)
        return current.error();
    if (*current == role)
        return false;
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO event_roles (event_id, user_id, role, granted_by, granted_at) VALUES (:e, :u, :r, :by, :t) "
        "ON CONFLICT (event_id, user_id) DO UPDATE SET role = excluded.role, granted_by = excluded.granted_by, "
        "granted_at = excluded.granted_at"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId)
        .bind(QStringLiteral(":u"), userId)
        .bind(QStringLiteral(":r"), codec::roleName(role))
        .bind(QStringLiteral(":by"), grantedBy > 0 ? QVariant(grantedBy) : QVariant())
        .bind(QStringLiteral(":t"), nowMs());
    EB_TRY(q->exec("grant event scope"));
    return true;
}

Result<bool> RoleRepository::revoke(qint64 eventId, qint64 userId) {
    auto q = m_db.prepare(QStringLiteral("DELETE FROM event_roles WHERE event_id = :e AND user_id = :u"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId).bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("revoke event scope"));
    return q->rowsAffected() > 0;
}

Result<QList<TeamMember>> RoleRepository::team(qint64 eventId) {
    auto q = m_db.prepare(QStringLiteral(
        "SELECT u.id, u.name, u.email, s.role, s.granted_at FROM event_roles s JOIN users u ON u.id = s.user_id "
        "WHERE s.event_id = :e ORDER BY s.role, u.name, u.id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":e"), eventId);
    EB_TRY(q->exec("read event team"));
    QList<TeamMember> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), scopeRole(q->value(3)),
                    fromMs(q->value(4))});
    return out;
}

Result<QList<qint64>> RoleRepository::teamIds(qint64 eventId) {
    auto members = team(eventId);
    if (!members)
        return members.error();
    QList<qint64> out;
    for (const TeamMember &m : *members)
        out.append(m.userId);
    return out;
}

} // namespace eventbook::storage
