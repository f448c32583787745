#include "checkin_api.h"

#include "endpoint_reply.h"
#include "eventbook/common/checkin_codecs.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"

namespace eventbook::client {
namespace k = eventbook::keys;
using endpoint::encoded;
using endpoint::mapTo;

namespace {
QList<checkin::TicketState> ticketsOf(const QJsonObject &o) {
    QList<checkin::TicketState> out;
    for (const QJsonValue &t : o.value(k::tickets).toArray())
        out.append(codec::ticketStateFromJson(t.toObject()));
    return out;
}
} // namespace

ScanReply CheckinApi::scanReplyFromJson(const QJsonObject &o) {
    ScanReply r;
    r.verdict = checkin::verdictFromName(o.value(k::result).toString()).value_or(checkin::Verdict::Invalid);
    r.admitted = o.value(k::admitted).toBool();
    r.replayed = o.value(k::replayed).toBool();
    r.message = o.value(k::message).toString();
    r.nonce = o.value(k::nonce).toString();
    r.holder = o.value(k::holder).toString();
    r.bookingId = o.value(k::bookingId).toInteger();
    if (o.value(k::ticket).isObject())
        r.ticket = codec::ticketStateFromJson(o.value(k::ticket).toObject());
    const QJsonObject previous = o.value(k::previous).toObject();
    r.previousAt = codec::parseTime(previous.value(k::at).toString());
    r.previousDevice = previous.value(k::deviceId).toString();
    if (o.value(k::occupancy).isObject())
        r.occupancy = codec::occupancyFromJson(o.value(k::occupancy).toObject());
    return r;
}

void CheckinApi::redeem(const QJsonObject &scan, ApiClient::Done<ScanReply> done) {
    m_api.callJson("POST", QStringLiteral("/api/checkin/redeem"), scan,
                   mapTo<ScanReply>(std::move(done), [](const QJsonValue &v) { return scanReplyFromJson(v.toObject()); }));
}

void CheckinApi::batch(qint64 eventId, const QString &deviceId, const QJsonArray &scans,
                       ApiClient::Done<QList<ScanReply>> done) {
    m_api.callJson("POST", QStringLiteral("/api/checkin/batch"),
                   {{k::eventId, eventId}, {k::deviceId, deviceId}, {k::scans, scans}},
                   mapTo<QList<ScanReply>>(std::move(done), [](const QJsonValue &v) {
                       QList<ScanReply> out;
                       for (const QJsonValue &r : v.toObject().value(k::results).toArray())
                           out.append(scanReplyFromJson(r.toObject()));
                       return out;
                   }));
}

void CheckinApi::manifest(qint64 eventId, const QString &cursor, int limit, ApiClient::Done<ManifestReply> done) {
    QString path = QStringLiteral("/api/events/%1/checkin/manifest?limit=%2").arg(eventId).arg(limit);
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + encoded(cursor);
    m_api.callJson("GET", path, {}, mapTo<ManifestReply>(std::move(done), [](const QJsonValue &v) {
                       const QJsonObject o = v.toObject();
                       ManifestReply m;
                       m.tickets = ticketsOf(o);
                       m.next = o.value(k::next).toString();
                       m.cursor = o.value(k::cursor).toString();
                       m.publicKey = o.value(k::publicKey).toString();
                       return m;
                   }));
}

void CheckinApi::occupancy(qint64 eventId, ApiClient::Done<checkin::Occupancy> done) {
    m_api.callJson("GET", QStringLiteral("/api/events/%1/checkin").arg(eventId), {},
                   mapTo<checkin::Occupancy>(std::move(done), [](const QJsonValue &v) {
                       return codec::occupancyFromJson(v.toObject());
                   }));
}

void CheckinApi::search(qint64 eventId, const QString &name, ApiClient::Done<QList<checkin::TicketState>> done) {
    m_api.callJson("GET", QStringLiteral("/api/events/%1/checkin/search?q=%2").arg(eventId).arg(encoded(name)), {},
                   mapTo<QList<checkin::TicketState>>(std::move(done),
                                                      [](const QJsonValue &v) { return ticketsOf(v.toObject()); }));
}

void CheckinApi::ticket(qint64 bookingId, ApiClient::Done<TicketReply> done) {
    m_api.callJson("GET", QStringLiteral("/api/bookings/%1/ticket").arg(bookingId), {},
                   mapTo<TicketReply>(std::move(done), [](const QJsonValue &v) {
                       const QJsonObject o = v.toObject();
                       TicketReply t;
                       t.bookingId = o.value(k::bookingId).toInteger();
                       t.secret = o.value(k::ticket).toString();
                       t.holder = o.value(k::holder).toString();
                       t.status = o.value(k::status).toString();
                       if (o.value(k::event).isObject())
                           t.event = codec::eventFromJson(o.value(k::event).toObject());
                       return t;
                   }));
}

} // namespace eventbook::client
