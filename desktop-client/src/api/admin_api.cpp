#include "admin_api.h"

#include "endpoint_reply.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/page_codecs.h"
#include "eventbook/common/json_keys.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace eventbook::client {
namespace k = eventbook::keys;

using endpoint::encoded;
using endpoint::mapTo;
using endpoint::nothing;

namespace {
Event toEvent(const QJsonValue &v) {
    return codec::eventFromJson(v.toObject());
}
} // namespace

void AdminApi::createEvent(const QJsonObject &fields, ApiClient::Done<Event> done) {
    m_api.callJson("POST", QStringLiteral("/api/events"), fields, mapTo<Event>(std::move(done), toEvent));
}

void AdminApi::replaceEvent(qint64 id, const QJsonObject &fields, ApiClient::Done<Event> done) {
    m_api.callJson("PUT", QStringLiteral("/api/events/%1").arg(id), fields, mapTo<Event>(std::move(done), toEvent));
}

void AdminApi::deleteEvent(qint64 id, ApiClient::Done<Unit> done) {
    m_api.callJson("DELETE", QStringLiteral("/api/events/%1").arg(id), {}, mapTo<Unit>(std::move(done), nothing));
}

void AdminApi::eventBookings(qint64 eventId, ApiClient::Done<QList<Booking>> done) {
    m_api.callJson("GET", QStringLiteral("/api/events/%1/bookings").arg(eventId), {},
                   mapTo<QList<Booking>>(std::move(done), [](const QJsonValue &v) {
                       QList<Booking> out;
                       for (const QJsonValue &b : v.toArray())
                           out.append(codec::bookingFromJson(b.toObject()));
                       return out;
                   }));
}

void AdminApi::exportCsv(std::optional<qint64> eventId, QIODevice *out, std::function<void(qint64)> progress,
                         ApiClient::Done<qint64> done) {
    QString path = QStringLiteral("/api/admin/bookings.csv");
    if (eventId)
        path += QStringLiteral("?eventId=%1").arg(*eventId);
    m_api.download(
        path, [out](const QByteArray &chunk) { return out->write(chunk) == chunk.size(); }, std::move(progress),
        std::move(done));
}

void AdminApi::stats(ApiClient::Done<DashboardStats> done) {
    m_api.callJson("GET", QStringLiteral("/api/admin/stats"), {},
                   mapTo<DashboardStats>(std::move(done), [](const QJsonValue &v) {
                       return codec::dashboardStatsFromJson(v.toObject());
                   }));
}

void AdminApi::dailyBookings(int days, ApiClient::Done<QList<DailyBookings>> done) {
    m_api.callJson("GET", QStringLiteral("/api/admin/stats/daily?days=%1").arg(days), {},
                   mapTo<QList<DailyBookings>>(std::move(done), [](const QJsonValue &v) {
                       QList<DailyBookings> out;
                       for (const QJsonValue &d : v.toObject().value(k::days).toArray())
                           out.append(codec::dailyBookingsFromJson(d.toObject()));
                       return out;
                   }));
}

void AdminApi::users(int page, int limit, const QString &search, ApiClient::Done<UserPage> done) {
    QString path = QStringLiteral("/api/admin/users?page=%1&limit=%2").arg(page).arg(limit);
    if (!search.isEmpty())
        path += QStringLiteral("&search=") + encoded(search);
    m_api.callJson("GET", path, {}, mapTo<UserPage>(std::move(done), [](const QJsonValue &v) {
                       return codec::userPageFromJson(v.toObject());
                   }));
}

void AdminApi::promote(qint64 userId, ApiClient::Done<Unit> done) {
    m_api.callJson("POST", QStringLiteral("/api/admin/users/%1/promote").arg(userId), {},
                   mapTo<Unit>(std::move(done), nothing));
}

void AdminApi::demote(qint64 userId, ApiClient::Done<Unit> done) {
    m_api.callJson("POST", QStringLiteral("/api/admin/users/%1/demote").arg(userId), {},
                   mapTo<Unit>(std::move(done), nothing));
}

void AdminApi::deleteUser(qint64 userId, ApiClient::Done<Unit> done) {
    m_api.callJson("DELETE", QStringLiteral("/api/admin/users/%1").arg(userId), {},
                   mapTo<Unit>(std::move(done), nothing));
}

void AdminApi::auditLog(const AuditQuery &query, ApiClient::Done<AuditPage> done) {
    QString path = QStringLiteral("/api/admin/audit-logs?page=%1&limit=%2").arg(query.page).arg(query.limit);
    if (!query.action.isEmpty())
        path += QStringLiteral("&action=") + encoded(query.action);
    if (query.actorId)
        path += QStringLiteral("&actorId=%1").arg(*query.actorId);
    if (!query.targetType.isEmpty())
        path += QStringLiteral("&targetType=") + encoded(query.targetType);
    if (query.start)
        path += QStringLiteral("&start=") + query.start->toString(Qt::ISODate);
    if (query.end)
        path += QStringLiteral("&end=") + query.end->toString(Qt::ISODate);
    m_api.callJson("GET", path, {}, mapTo<AuditPage>(std::move(done), [](const QJsonValue &v) {
                       return codec::auditPageFromJson(v.toObject());
                   }));
}

void AdminApi::sendNotification(std::optional<qint64> userId, const QString &title, const QString &body,
                                const QString &type, ApiClient::Done<int> done) {
    QJsonObject fields{{k::title, title}, {k::body, body}, {k::type, type.isEmpty() ? QStringLiteral("info") : type}};
    if (userId)
        fields.insert(k::userId, *userId);
    m_api.callJson("POST", QStringLiteral("/api/admin/notifications"), fields,
                   mapTo<int>(std::move(done), [](const QJsonValue &v) {
                       return v.toObject().value(k::recipients).toInt();
                   }));
}

} // namespace eventbook::client
