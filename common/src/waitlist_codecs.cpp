#include "eventbook/common/waitlist_codecs.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"

namespace eventbook::codec {
namespace k = eventbook::keys;

QJsonObject waitlistEntry(const WaitlistEntry &w) {
    QJsonObject o{{k::id, w.id},
                  {k::eventId, w.eventId},
                  {k::position, w.position},
                  {k::joinedAt, formatTime(w.joinedAt)}};
    if (w.userId > 0) {
        o.insert(k::userId, w.userId);
        o.insert(k::name, w.name);
        o.insert(k::email, w.email);
    }
    if (w.event)
        o.insert(k::event, event(*w.event));
    return o;
}

WaitlistEntry waitlistEntryFromJson(const QJsonObject &o) {
    WaitlistEntry w;
    w.id = o.value(k::id).toInteger();
    w.eventId = o.value(k::eventId).toInteger();
    w.position = o.value(k::position).toInt();
    w.joinedAt = parseTime(o.value(k::joinedAt).toString()).value_or(QDateTime());
    w.userId = o.value(k::userId).toInteger();
    w.name = o.value(k::name).toString();
    w.email = o.value(k::email).toString();
    if (o.value(k::event).isObject())
        w.event = eventFromJson(o.value(k::event).toObject());
    return w;
}

} // namespace eventbook::codec
