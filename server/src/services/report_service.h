#pragma once

#include "eventbook/common/domain.h"
#include "eventbook/common/result.h"
#include "storage/audit_repository.h"
#include "storage/database.h"

#include <QDateTime>

namespace eventbook::services {

// Read-only views for the admin console: dashboard figures and the audit log.
class ReportService {
public:
    explicit ReportService(storage::Database &db)
        : m_db(db) {}

    Result<DashboardStats> stats(const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<storage::AuditPage> auditLog(const storage::AuditQuery &query);
    // The last `days` UTC days up to today, every day present (zeros included), oldest first.
    Result<QList<DailyBookings>> daily(int days, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    storage::Database &m_db;
};

} // namespace eventbook::services
