#include "user_access_sql.h"

#include "eventbook/common/codecs.h"

namespace eventbook::storage {

Role roleOfUser(bool isAdmin, const QVariant &granted) {
    if (isAdmin)
        return Role::Admin;
    return granted.isNull() ? Role::Attendee : codec::roleFromName(granted.toString()).value_or(Role::Attendee);
}

namespace {
// A session is live while its family holds an unrevoked refresh token (rotation inserts the next
// one before it revokes the last); logout revokes the family.
QString sessionLive(const QString &alias) {
    return QStringLiteral("EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.family_id = :f AND r.user_id = %1.id AND "
                          "r.revoked_at IS NULL)")
        .arg(alias);
}

QString grantedRole(const QString &alias) {
    return QStringLiteral("(SELECT g.role FROM user_roles g WHERE g.user_id = %1.id)").arg(alias);
}
} // namespace

QString userAccessColumns(const QString &alias, bool withSession) {
    return QStringLiteral("%1.is_admin, %1.token_version, %2, %3")
        .arg(alias, withSession ? sessionLive(alias) : QStringLiteral("1"), grantedRole(alias));
}

AccessSeen readAccessSeen(const Query &q, int first, int scopeColumn) {
    return AccessSeen{q.value(first).toBool(), q.value(first + 1).toInt(), q.value(first + 3), q.value(scopeColumn)};
}

QString accessStillSeen(const QString &alias, bool withSession) {
    // Role names are never empty: '' stands for "none" on both sides.
    QString out = QStringLiteral("%1.is_admin = :seen_admin AND %1.token_version = :seen_version AND "
                                 "COALESCE(%2, '') = :seen_granted AND COALESCE(%3, '') = :seen_scope")
                      .arg(alias, grantedRole(alias), eventScopeColumn(alias));
    if (withSession)
        out += QStringLiteral(" AND ") + sessionLive(alias);
    return out;
}

void bindAccessSeen(Query &q, const AccessSeen &seen) {
    // Not QString(): the drivers bind a null string as NULL, and NULL = '' is not true.
    const QString none = QStringLiteral("");
    q.bind(QStringLiteral(":seen_admin"), seen.isAdmin)
        .bind(QStringLiteral(":seen_version"), seen.tokenVersion)
        .bind(QStringLiteral(":seen_granted"), seen.granted.isNull() ? none : seen.granted.toString())
        .bind(QStringLiteral(":seen_scope"), seen.scope.isNull() ? none : seen.scope.toString());
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
