#include "waitlist_api.h"

#include "endpoint_reply.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "eventbook/common/waitlist_codecs.h"

#include <QJsonArray>

namespace eventbook::client {
using endpoint::mapTo;
namespace k = eventbook::keys;

namespace {
QList<WaitlistEntry> entries(const QJsonValue &v) {
    QList<WaitlistEntry> out;
    for (const QJsonValue &w : v.toArray())
        out.append(codec::waitlistEntryFromJson(w.toObject()));
    return out;
}
QString path(qint64 eventId) {
    return QStringLiteral("/api/events/%1/waitlist").arg(eventId);
}
} // namespace

void WaitlistApi::join(qint64 eventId, ApiClient::Done<WaitlistEntry> done) {
    m_api.callJson("POST", path(eventId), {}, mapTo<WaitlistEntry>(std::move(done), [](const QJsonValue &v) {
                       return codec::waitlistEntryFromJson(v.toObject());
                   }));
}

void WaitlistApi::leave(qint64 eventId, ApiClient::Done<Event> done) {
    m_api.callJson("DELETE", path(eventId), {}, mapTo<Event>(std::move(done), [](const QJsonValue &v) {
                       return codec::eventFromJson(v.toObject().value(k::event).toObject());
                   }));
}

void WaitlistApi::mine(ApiClient::Done<QList<WaitlistEntry>> done) {
    m_api.callJson("GET", QStringLiteral("/api/waitlist/my"), {}, mapTo<QList<WaitlistEntry>>(std::move(done), entries));
}

void WaitlistApi::queue(qint64 eventId, ApiClient::Done<QList<WaitlistEntry>> done) {
    m_api.callJson("GET", path(eventId), {}, mapTo<QList<WaitlistEntry>>(std::move(done), entries));
}

} // namespace eventbook::client
