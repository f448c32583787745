#pragma once

#include "database.h"
#include "eventbook/common/domain.h"
#include "eventbook/common/list_queries.h"
#include "eventbook/common/pages.h"

#include <optional>

namespace eventbook::storage {

class AuditRepository {
public:
    explicit AuditRepository(Database &db)
        : m_db(db) {}
    // Call inside the transaction of the change it records.
    Result<qint64> insert(const AuditEntry &entry);
    // Newest first.
    Result<AuditPage> list(const AuditQuery &query);
    // Anonymisation: an erased email must not live on in the details of the trail.
    Result<qint64> replaceInDetails(const QString &text, const QString &replacement);

private:
    Database &m_db;
};

} // namespace eventbook::storage
