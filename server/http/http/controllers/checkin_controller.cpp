#include "checkin_controller.h"

#include "eventbook/common/checkin_codecs.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "http/device_limiter.h"
#include "http/endpoint.h"
#include "http/query_params.h"
#include "scan_answer_json.h"
#include "scan_request.h"
#include "services/checkin_csv.h"

#include <QDateTime>
#include <QJsonArray>

namespace eventbook::http {
namespace k = eventbook::keys;

namespace {
constexpr qint64 kBatchBodyLimit = 2 * 1024 * 1024;

services::CheckinService service(ControllerContext &ctx) {
    return services::CheckinService(ctx.database, ctx.tickets, ctx.live, ctx.occupancy, ctx.door);
}

Result<void> countDevice(ControllerContext &ctx, const Call &c, const QString &deviceId) {
    if (!ctx.devices)
        return {};
    return ctx.devices->hit(c.user.id, deviceId, QDateTime::currentMSecsSinceEpoch());
}

// The token's signature was checked before this runs; its row is read with the ticket. An answer
// that reads no ticket admits the caller on reads of its own first, so a refused caller hears 401 or
// 403 before anything about the body, as on every other route.
HttpResponse redeem(ControllerContext &ctx, Call &c) {
    const services::DoorCaller caller{*c.unchecked, c.request.clientIp};
    auto checkins = service(ctx);
    auto refuse = [&](const Error &error) {
        auto who = checkins.admit(caller, std::nullopt);
        return HttpResponse::error(who ? error : who.error());
    };
    auto body = c.body();
    if (!body)
        return refuse(body.error());
    auto scan = readScan(*body, QDateTime::currentMSecsSinceEpoch());
    if (!scan)
        return refuse(scan.error());
    if (auto counted = countDevice(ctx, c, scan->deviceId); !counted)
        return refuse(counted.error());
    return HttpResponse::from(checkins.redeem(*scan, caller), scanAnswerJson);
}

HttpResponse batch(ControllerContext &ctx, Call &c) {
    auto body = c.body();
    if (!body)
        return HttpResponse::error(body.error());
    auto scans = readBatch(*body, QDateTime::currentMSecsSinceEpoch());
    if (!scans)
        return HttpResponse::error(scans.error());
    if (auto counted = countDevice(ctx, c, scans->first().deviceId); !counted)
        return HttpResponse::error(counted.error());
    if (auto standing = checkEventScope(ctx, c.user, scans->first().deskEventId, Role::Staff); !standing)
        return HttpResponse::error(standing.error());
    auto answers = service(ctx).batch(*scans, c.actor());
    return HttpResponse::from(answers, [](const QList<services::ScanAnswer> &list) {
        QJsonArray results;
        for (const services::ScanAnswer &a : list)
            results.append(scanAnswerJson(a));
        QJsonObject o{{k::results, results}};
        for (const services::ScanAnswer &a : list) {
            if (a.occupancy) {
                o.insert(k::occupancy, codec::occupancy(*a.occupancy));
                break;
            }
        }
        return o;
    });
}

HttpResponse summary(ControllerContext &ctx, const Call &c) {
    auto eventId = c.pathId(QStringLiteral("Event"));
    if (!eventId)
        return HttpResponse::error(eventId.error());
    auto checkins = service(ctx);
    auto occupancy = checkins.occupancy(*eventId);
    if (!occupancy)
        return HttpResponse::error(occupancy.error());
    auto conflicts = checkins.conflicts(*eventId);
    if (!conflicts)
        return HttpResponse::error(conflicts.error());
    QJsonArray flagged;
    for (const auto &[ticket, scans] : std::as_const(*conflicts)) {
        QJsonObject t = codec::ticketState(ticket);
        QJsonArray list;
        for (const checkin::Scan &s : scans)
            list.append(QJsonObject{{k::nonce, s.nonce},
                                    {k::deviceId, s.deviceId},
                                    {k::direction, checkin::directionName(s.direction)},
                                    {k::result, checkin::verdictName(s.verdict)},
                                    {k::offline, s.offline},
                                    {k::at, codec::formatTime(s.scannedAt)},
                                    {k::recordedAt, codec::formatTime(s.recordedAt)}});
        t.insert(k::scans, list);
        flagged.append(t);
    }
    QJsonObject o = codec::occupancy(*occupancy);
    o.insert(QStringLiteral("conflictTickets"), flagged);
    return HttpResponse::ok(o);
}

HttpResponse manifest(ControllerContext &ctx, const Call &c) {
    auto eventId = c.pathId(QStringLiteral("Event"));
    if (!eventId)
        return HttpResponse::error(eventId.error());
    QueryParams p(c.request);
    const QString cursor = p.text(QStringLiteral("cursor"), 64 * 1024);
    const int limit = p.integer(QStringLiteral("limit"), 500, 1, 1000);
    if (!p.ok())
        return HttpResponse::error(p.error());
    auto page = service(ctx).manifest(*eventId, cursor, limit);
    if (!page)
        return HttpResponse::error(page.error());
    QJsonArray tickets;
    QJsonArray revoked;
    for (const checkin::TicketState &t : std::as_const(page->tickets)) {
        tickets.append(codec::ticketState(t));
        if (!t.confirmed)
            revoked.append(t.bookingId);
    }
    HttpResponse r = HttpResponse::ok(QJsonObject{
        {k::eventId, *eventId},
        {k::publicKey, ctx.tickets.publicKey()},
        {k::tickets, tickets},
        {k::revoked, revoked},
        {k::next, page->next.isEmpty() ? QJsonValue() : QJsonValue(page->next)},
        {k::cursor, page->cursor.isEmpty() ? QJsonValue() : QJsonValue(page->cursor)}});
    r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse search(ControllerContext &ctx, const Call &c) {
    auto eventId = c.pathId(QStringLiteral("Event"));
    if (!eventId)
        return HttpResponse::error(eventId.error());
    QueryParams p(c.request);
    const QString q = p.text(QStringLiteral("q"), 100).trimmed();
    if (!p.ok())
        return HttpResponse::error(p.error());
    if (q.size() < 2)
        return HttpResponse::error(ErrorCode::ValidationError, QStringLiteral("q: give at least two letters of a name"));
    return HttpResponse::from(service(ctx).search(*eventId, q), [](const QList<checkin::TicketState> &found) {
        QJsonArray list;
        for (const checkin::TicketState &t : found)
            list.append(codec::ticketState(t));
        return QJsonObject{{k::tickets, list}};
    });
}

void streamScans(ControllerContext &ctx, HttpRequest &req, const std::shared_ptr<Responder> &r) {
    ctx.executor.stream(r, [&ctx, req = std::move(req)](StreamSink &sink) {
        auto admitted = checkAccess(ctx, Access::onEvent(Role::Organiser), req);
        if (!admitted)
            return HttpResponse::error(admitted.error());
        bool ok = false;
        const qint64 eventId = req.params.value(QStringLiteral("id")).toLongLong(&ok);
        services::CheckinCsv csv(ctx.database);
        if (auto found = csv.checkEvent(ok ? eventId : 0); !found)
            return HttpResponse::error(found.error());
        HttpResponse head;
        head.contentType = "text/csv; charset=utf-8";
        head.setHeader("Content-Disposition",
                       "attachment; filename=\"checkin-event-" + QByteArray::number(eventId) + ".csv\"");
        head.setHeader("Cache-Control", "no-store");
        head.userId = admitted->user.id;
        sink.begin(head);
        auto written = csv.write(eventId, [&sink](const QByteArray &piece) { return sink.write(piece); });
        if (!written)
            return HttpResponse::error(written.error());
        return head;
    });
}
} // namespace

void CheckinController::registerRoutes(Router &router, ControllerContext &ctx) {
    const Access door = Access::role(Role::Staff);
    addEndpoint(router, ctx, "POST", QStringLiteral("/api/checkin/redeem"), Access::rowCheckedByWork(Role::Staff),
                [&ctx](Call &c) { return redeem(ctx, c); });
    addEndpoint(
        router, ctx, "POST", QStringLiteral("/api/checkin/batch"), door, [&ctx](Call &c) { return batch(ctx, c); },
        Executor::Pool::Database, kBatchBodyLimit);
    const Access team = Access::onEvent(Role::Staff);
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/events/:id/checkin"), team,
                [&ctx](Call &c) { return summary(ctx, c); });
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/events/:id/checkin/manifest"), team,
                [&ctx](Call &c) { return manifest(ctx, c); });
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/events/:id/checkin/search"), team,
                [&ctx](Call &c) { return search(ctx, c); });
    router.add("GET", QStringLiteral("/api/events/:id/checkin/scans.csv"),
               [&ctx](HttpRequest &req, const std::shared_ptr<Responder> &r) { streamScans(ctx, req, r); });
}

} // namespace eventbook::http
