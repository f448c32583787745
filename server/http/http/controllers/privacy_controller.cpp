#include "privacy_controller.h"

#include "eventbook/common/checkin.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "http/endpoint.h"
#include "services/privacy_service.h"
#include "services/profile_service.h"

#include <QJsonArray>

namespace eventbook::http {
namespace k = eventbook::keys;

namespace {
// The shape is versioned by `format` (API.md "Data export"); fields are only ever added.
QJsonObject exportJson(const services::DataExport &d) {
    QJsonArray bookings;
    for (const Booking &b : d.bookings)
        bookings.append(codec::booking(b));
    QJsonArray notifications;
    for (const Notification &n : d.notifications)
        notifications.append(codec::notification(n));
    QJsonArray audit;
    for (const AuditEntry &a : d.audit)
        audit.append(codec::auditEntry(a));
    QJsonArray checkins;
    for (const checkin::Scan &s : d.checkins)
        checkins.append(QJsonObject{{k::bookingId, s.bookingId},
                                    {k::eventId, s.eventId},
                                    {k::direction, checkin::directionName(s.direction)},
                                    {k::result, checkin::verdictName(s.verdict)},
                                    {k::at, codec::formatTime(s.scannedAt)},
                                    {k::deviceId, s.deviceId},
                                    {k::offline, s.offline}});
    QJsonArray scopes;
    for (const EventScope &s : d.user.scopes)
        scopes.append(codec::eventScope(s));
    QJsonObject profile = codec::userProfile(d.user);
    profile.insert(k::anonymised, d.user.anonymised);
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("eventbook-export/1")},
                       {QStringLiteral("exportedAt"), codec::formatTime(d.exportedAt)},
                       {QStringLiteral("profile"), profile},
                       {QStringLiteral("roles"),
                        QJsonObject{{k::role, codec::roleName(d.user.role)}, {k::scopes, scopes}}},
                       {QStringLiteral("bookings"), bookings},
                       {QStringLiteral("notifications"), notifications},
                       {QStringLiteral("checkins"), checkins},
                       {QStringLiteral("auditEntries"), audit}};
}

HttpResponse exportOf(ControllerContext &ctx, qint64 userId) {
    auto data = services::PrivacyService(ctx.database, ctx.live).exportUser(userId);
    if (!data)
        return HttpResponse::error(data.error());
    HttpResponse response = HttpResponse::ok(exportJson(*data));
    response.setHeader("Content-Disposition",
                       "attachment; filename=\"eventbook-data-" + QByteArray::number(userId) + ".json\"");
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QJsonObject anonymisationJson(const services::Anonymisation &a) {
    return QJsonObject{{k::id, a.userId},
                       {k::cancelledBookings, a.cancelledBookings},
                       {QStringLiteral("keptBookings"), a.keptBookings}};
}
} // namespace

void PrivacyController::registerRoutes(Router &router, ControllerContext &ctx) {
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/profile/export"), Access::SignedIn,
                [&ctx](Call &c) { return exportOf(ctx, c.user.id); });
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/admin/users/:id/export"), Access::Admin, [&ctx](Call &c) {
        auto id = c.pathId(QStringLiteral("User"));
        return id ? exportOf(ctx, *id) : HttpResponse::error(id.error());
    });
    addEndpoint(
        router, ctx, "POST", QStringLiteral("/api/profile/anonymise"), Access::SignedIn,
        [&ctx](Call &c) {
            auto fields = c.requiredStrings({k::password});
            if (!fields)
                return HttpResponse::error(fields.error());
            auto done = services::ProfileService(ctx.database, ctx.hasher, ctx.auth, ctx.live)
                            .anonymiseAccount(c.user.id, fields->first(), c.actor());
            if (!done)
                return HttpResponse::error(done.error());
            return HttpResponse::ok(anonymisationJson(*done), 200, QStringLiteral("Account anonymised"));
        },
        Executor::Pool::Hashing);
    addEndpoint(router, ctx, "POST", QStringLiteral("/api/admin/users/:id/anonymise"), Access::Admin,
                [&ctx](Call &c) {
                    auto id = c.pathId(QStringLiteral("User"));
                    if (!id)
                        return HttpResponse::error(id.error());
                    auto done = services::PrivacyService(ctx.database, ctx.live).anonymise(*id, c.actor(), false);
                    if (!done)
                        return HttpResponse::error(done.error());
                    return HttpResponse::ok(anonymisationJson(*done), 200, QStringLiteral("User anonymised"));
                });
}

} // namespace eventbook::http
