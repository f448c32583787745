#pragma once

#include "database.h"
#include "eventbook/common/domain.h"

namespace eventbook::storage {

class AuditRepository {
public:
    explicit AuditRepository(Database &db)
        : m_db(db) {}
    // Call inside the transaction of the change it records.
    Result<qint64> insert(const AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace eventbook::storage
