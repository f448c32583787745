#include "report_service.h"

#include "storage/audit_repository.h"
#include "storage/database.h"
#include "storage/role_repository.h"
#include "storage/stats_repository.h"

#include <cmath>

namespace eventbook::services {
using namespace eventbook::storage;

Result<std::optional<QList<qint64>>> ReportService::scopeOf(const Actor &viewer) {
    if (viewer.role == Role::Admin)
        return std::optional<QList<qint64>>();
    auto events = RoleRepository(m_db).eventsOf(viewer.id, Role::Organiser);
    if (!events)
        return events.error();
    return std::optional<QList<qint64>>(*events);
}

Result<DashboardStats> ReportService::stats(const Actor &viewer, const QDateTime &now) {
    const QDateTime utc = now.toUTC();
    const QDateTime monthStart(QDate(utc.date().year(), utc.date().month(), 1), QTime(0, 0), Qt::UTC);
    auto raw = m_db.withRetry([&]() -> Result<Stats> {
        auto scope = scopeOf(viewer);
        if (!scope)
            return scope.error();
        return StatsRepository(m_db).read(utc.toMSecsSinceEpoch(), monthStart.toMSecsSinceEpoch(), *scope);
    });
    if (!raw)
        return raw.error();
    DashboardStats s;
    s.totalEvents = raw->totalEvents;
    s.totalBookings = raw->totalBookings;
    s.thisMonth = raw->thisMonth;
    s.upcomingEvents = raw->upcomingEvents;
    s.totalUsers = raw->totalUsers;
    if (raw->totalSlots > 0)
        s.occupancyRate = std::round(1000.0 * double(raw->bookedSlots) / double(raw->totalSlots)) / 10.0;
    return s;
}

Result<AuditPage> ReportService::auditLog(const AuditQuery &query) {
    return m_db.withRetry([&] { return AuditRepository(m_db).list(query); });
}

Result<QList<DailyBookings>> ReportService::daily(const Actor &viewer, int days, const QDateTime &now) {
    const QDate today = now.toUTC().date();
    const QDate first = today.addDays(-(days - 1));
    const QDateTime from(first, QTime(0, 0), Qt::UTC);
    auto counts = m_db.withRetry([&]() -> Result<QList<DailyCount>> {
        auto scope = scopeOf(viewer);
        if (!scope)
            return scope.error();
        return StatsRepository(m_db).daily(from.toMSecsSinceEpoch(), *scope);
    });
    if (!counts)
        return counts.error();
    const QDate epoch(1970, 1, 1);
    QList<DailyBookings> out;
    out.reserve(days);
    for (QDate d = first; d <= today; d = d.addDays(1))
        out.append({d, 0, 0});
    for (const DailyCount &c : *counts) {
        const qint64 index = first.daysTo(epoch.addDays(c.day));
        if (index >= 0 && index < out.size()) {
            out[index].bookings = c.bookings;
            out[index].cancellations = c.cancellations;
        }
    }
    return out;
}

} // namespace eventbook::services
