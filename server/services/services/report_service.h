#pragma once

#include "actor.h"
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

    // An admin sees everything; an organiser the events they run (and the people booked on them).
    Result<DashboardStats> stats(const Actor &viewer, const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<AuditPage> auditLog(const AuditQuery &query);
    // The last `days` UTC days up to today, every day present (zeros included), oldest first.
    Result<QList<DailyBookings>> daily(const Actor &viewer, int days,
                                       const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    // nullopt: every event (admins); else the viewer's events.
    Result<std::optional<QList<qint64>>> scopeOf(const Actor &viewer);
    storage::Database &m_db;
};

} // namespace eventbook::services
