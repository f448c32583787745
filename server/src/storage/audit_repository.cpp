#include "audit_repository.h"

#include "time_codec.h"

#include <QJsonDocument>

namespace eventbook::storage {

Result<qint64> AuditRepository::insert(const AuditEntry &e) {
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_logs (actor_id, action, target_type, target_id, details, ip, created_at) "
        "VALUES (:actor, :action, :ttype, :tid, :details, :ip, :t) RETURNING id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":actor"), e.actorId ? QVariant(*e.actorId) : QVariant())
        .bind(QStringLiteral(":action"), e.action)
        .bind(QStringLiteral(":ttype"), e.targetType)
        .bind(QStringLiteral(":tid"), e.targetId ? QVariant(*e.targetId) : QVariant())
        .bind(QStringLiteral(":details"),
              QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":ip"), e.ip)
        .bind(QStringLiteral(":t"), e.createdAt.isValid() ? toMs(e.createdAt) : nowMs());
    return q->execReturningId("insert audit row");
}

} // namespace eventbook::storage
