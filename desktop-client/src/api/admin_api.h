#pragma once

#include "api_client.h"
#include "eventbook/common/domain.h"

#include <QIODevice>
#include <optional>

namespace eventbook::client {

using eventbook::UserPage;
using eventbook::AuditPage;

struct AuditQuery {
    int page = 1;
    int limit = 50;
    QString action;
    std::optional<qint64> actorId;
    QString targetType;
    std::optional<QDate> start;
    std::optional<QDate> end;
};

// The admin routes of API.md, typed, over the app's ApiClient (same session, refresh and
// readable errors). The server checks the admin role; these calls only carry it.
class AdminApi {
public:
    explicit AdminApi(ApiClient &api)
        : m_api(api) {}

    void createEvent(const QJsonObject &fields, ApiClient::Done<Event> done);
    // PUT: every field replaced.
    void replaceEvent(qint64 id, const QJsonObject &fields, ApiClient::Done<Event> done);
    void deleteEvent(qint64 id, ApiClient::Done<Unit> done);
    void eventBookings(qint64 eventId, ApiClient::Done<QList<Booking>> done);
    // Streams GET /api/admin/bookings.csv into `out`; progress in bytes so far.
    void exportCsv(std::optional<qint64> eventId, QIODevice *out, std::function<void(qint64)> progress,
                   ApiClient::Done<qint64> done);

    void stats(ApiClient::Done<DashboardStats> done);
    void dailyBookings(int days, ApiClient::Done<QList<DailyBookings>> done);

    void users(int page, int limit, const QString &search, ApiClient::Done<UserPage> done);
    void promote(qint64 userId, ApiClient::Done<Unit> done);
    void demote(qint64 userId, ApiClient::Done<Unit> done);
    void deleteUser(qint64 userId, ApiClient::Done<Unit> done);

    void auditLog(const AuditQuery &query, ApiClient::Done<AuditPage> done);
    // No userId: everyone. Answers how many people it reached.
    void sendNotification(std::optional<qint64> userId, const QString &title, const QString &body,
                          const QString &type, ApiClient::Done<int> done);

private:
    ApiClient &m_api;
};

} // namespace eventbook::client
