#include "audit_trail.h"

#include "storage/audit_repository.h"

namespace eventbook::services {

Result<void> recordAudit(storage::Database &db, const Actor &actor, const QString &action,
                         const QString &targetType, std::optional<qint64> targetId,
                         const QJsonObject &details) {
    AuditEntry entry;
    if (actor.id > 0)
        entry.actorId = actor.id;
    entry.action = action;
    entry.targetType = targetType;
    entry.targetId = targetId;
    entry.details = details;
    entry.ip = actor.ip;
    if (auto r = storage::AuditRepository(db).insert(entry); !r)
        return r.error();
    return {};
}

} // namespace eventbook::services
