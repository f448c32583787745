#include "user_access_sql.h"

#include "eventbook/common/codecs.h"

namespace eventbook::storage {

Role roleOfUser(bool isAdmin, const QVariant &granted) {
    if (isAdmin)
        return Role::Admin;
    return granted.isNull() ? Role::Attendee : codec::roleFromName(granted.toString()).value_or(Role::Attendee);
}

QString userAccessColumns(const QString &alias, bool withSession) {
    // A session is live while its family holds an unrevoked refresh token (rotation inserts the
    // next one before it revokes the last); logout revokes the family.
    const QString live = withSession ? QStringLiteral("EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.family_id = :f "
                                                      "AND r.user_id = %1.id AND r.revoked_at IS NULL)")
                                           .arg(alias)
                                     : QStringLiteral("1");
    return QStringLiteral("%1.is_admin, %1.token_version, %2, (SELECT g.role FROM user_roles g WHERE g.user_id = %1.id)")
        .arg(alias, live);
}

UserAccess readUserAccess(const Query &q, int first) {
    return UserAccess{roleOfUser(q.value(first).toBool(), q.value(first + 3)), q.value(first + 1).toInt(),
                      q.value(first + 2).toBool()};
}

QString eventScopeColumn(const QString &alias) {
    return QStringLiteral("(SELECT s.role FROM event_roles s WHERE s.event_id = :se AND s.user_id = %1.id)").arg(alias);
}

std::optional<Role> readEventScope(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    return scopeRole(value);
}

Role scopeRole(const QVariant &value) {
    return codec::roleFromName(value.toString()).value_or(Role::Staff);
}

} // namespace eventbook::storage
