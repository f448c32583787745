#include "user_admin_service.h"

#include "eventbook/common/json_keys.h"
#include "eventbook/common/validation.h"
#include "storage/audit_repository.h"
#include "storage/refresh_token_repository.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"

#include <QJsonObject>

namespace eventbook::services {
using namespace eventbook::storage;

Result<void> UserAdminService::setAdminByEmail(const QString &email, bool admin, const QString &origin) {
    return m_db.withRetry([&]() -> Result<void> {
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        UserRepository users(m_db);
        auto found = users.findByEmail(validation::normaliseEmail(email));
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error::make(ErrorCode::NotFound, QStringLiteral("No user with email %1").arg(email));
        const User user = (*found)->user;
        if (user.isAdmin == admin)
            return tx.commit(); // idempotent
        if (!admin) {
            auto admins = users.countAdmins();
            if (!admins)
                return admins.error();
            if (*admins <= 1)
                return Error::make(ErrorCode::LastAdmin, QStringLiteral("Cannot demote the last admin"));
        }
        if (auto r = users.setAdmin(user.id, admin); !r)
            return r.error();
        if (!admin) {
            if (auto r = RefreshTokenRepository(m_db).revokeAllForUser(user.id); !r)
                return r;
        }
        AuditEntry audit;
        audit.action = admin ? QStringLiteral("USER_PROMOTE") : QStringLiteral("USER_DEMOTE");
        audit.targetType = QStringLiteral("user");
        audit.targetId = user.id;
        audit.details = QJsonObject{{keys::email, user.email}};
        audit.ip = origin;
        if (auto r = AuditRepository(m_db).insert(audit); !r)
            return r.error();
        return tx.commit();
    });
}

} // namespace eventbook::services
