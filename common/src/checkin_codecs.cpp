#include "eventbook/common/checkin_codecs.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"

namespace eventbook::codec {
namespace k = eventbook::keys;

QJsonObject ticketState(const checkin::TicketState &t) {
    return QJsonObject{{k::bookingId, t.bookingId},
                       {k::eventId, t.eventId},
                       {k::holder, t.holder},
                       {k::status, t.confirmed ? QStringLiteral("confirmed") : QStringLiteral("cancelled")},
                       {k::entries, t.entries},
                       {k::inside, t.inside},
                       {k::checkedIn, t.entries > 0},
                       {k::firstAt, timeOrNull(t.firstAt)},
                       {k::lastAt, timeOrNull(t.lastAt)},
                       {k::lastDeviceId, t.lastDevice.isEmpty() ? QJsonValue() : QJsonValue(t.lastDevice)},
                       {k::conflict, t.conflict}};
}

checkin::TicketState ticketStateFromJson(const QJsonObject &o) {
    checkin::TicketState t;
    t.bookingId = o.value(k::bookingId).toInteger();
    t.eventId = o.value(k::eventId).toInteger();
    t.holder = o.value(k::holder).toString();
    t.confirmed = o.value(k::status).toString() == QLatin1StringView("confirmed");
    t.entries = o.value(k::entries).toInt();
    t.inside = o.value(k::inside).toBool();
    t.firstAt = parseTime(o.value(k::firstAt).toString());
    t.lastAt = parseTime(o.value(k::lastAt).toString());
    t.lastDevice = o.value(k::lastDeviceId).toString();
    t.conflict = o.value(k::conflict).toBool();
    return t;
}

QJsonObject occupancy(const checkin::Occupancy &o) {
    return QJsonObject{{k::eventId, o.eventId},     {k::tickets, o.tickets},     {k::checkedIn, o.checkedIn},
                       {k::present, o.present},     {k::conflicts, o.conflicts}, {k::scans, o.scans}};
}

checkin::Occupancy occupancyFromJson(const QJsonObject &o) {
    checkin::Occupancy out;
    out.eventId = o.value(k::eventId).toInteger();
    out.tickets = o.value(k::tickets).toInt();
    out.checkedIn = o.value(k::checkedIn).toInt();
    out.present = o.value(k::present).toInt();
    out.conflicts = o.value(k::conflicts).toInt();
    out.scans = o.value(k::scans).toInteger();
    return out;
}

} // namespace eventbook::codec
