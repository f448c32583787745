#pragma once

#include "eventbook/common/result.h"
#include "storage/database.h"

namespace eventbook::services {

// Role changes shared by the CLI and the admin API: promotion is idempotent, and the last
// admin can never be demoted.
class UserAdminService {
public:
    explicit UserAdminService(storage::Database &db)
        : m_db(db) {}

    Result<void> setAdminByEmail(const QString &email, bool admin, const QString &origin);

private:
    storage::Database &m_db;
};

} // namespace eventbook::services
