#include "audit_trail.h"

#include "storage/database.h"
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
    EB_TRY(storage::AuditRepository(db).insert(entry));
    return {};
}

} // namespace eventbook::services
