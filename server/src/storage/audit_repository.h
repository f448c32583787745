#pragma once

#include "database.h"
#include "eventbook/common/domain.h"

#include <optional>

namespace eventbook::storage {

struct AuditQuery {
    int page = 1;
    int limit = 20;
    QString action;
    std::optional<qint64> actorId;
    QString targetType;
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
};

struct AuditPage {
    QList<AuditEntry> logs;
    qint64 total = 0;
};

class AuditRepository {
public:
    explicit AuditRepository(Database &db)
        : m_db(db) {}
    // Call inside the transaction of the change it records.
    Result<qint64> insert(const AuditEntry &entry);
    // Newest first.
    Result<AuditPage> list(const AuditQuery &query);

private:
    Database &m_db;
};

} // namespace eventbook::storage
