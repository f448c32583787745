#pragma once

#include "eventbook/common/domain.h"
#include "eventbook/common/list_queries.h"
#include "eventbook/common/pages.h"
#include "eventbook/common/result.h"

#include <QDateTime>

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

namespace eventbook::services {

// Read-only views for the admin console: dashboard figures and the audit log.
class ReportService {
public:
    explicit ReportService(storage::Database &db)
        : m_db(db) {}

    Result<DashboardStats> stats(const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<AuditPage> auditLog(const AuditQuery &query);
    // The last `days` UTC days up to today, every day present (zeros included), oldest first.
    Result<QList<DailyBookings>> daily(int days, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    storage::Database &m_db;
};

} // namespace eventbook::services
