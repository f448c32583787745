#include "events_api.h"

#include "endpoint_reply.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/page_codecs.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace eventbook::client {
using endpoint::mapTo;

namespace {
Booking toBooking(const QJsonValue &v) {
    return codec::bookingFromJson(v.toObject());
}
} // namespace

void EventsApi::list(const EventListQuery &query, ApiClient::Done<EventPage> done) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (!query.search.isEmpty())
        q.addQueryItem(QStringLiteral("search"), endpoint::encoded(query.search));
    if (!query.tag.isEmpty())
        q.addQueryItem(QStringLiteral("tag"), endpoint::encoded(query.tag));
    if (query.from)
        q.addQueryItem(QStringLiteral("from"), codec::formatTime(*query.from));
    if (query.to)
        q.addQueryItem(QStringLiteral("to"), codec::formatTime(*query.to));
    if (!query.sort.isEmpty())
        q.addQueryItem(QStringLiteral("sort"), query.sort);
    m_api.callJson("GET", QStringLiteral("/api/events?") + q.toString(QUrl::FullyEncoded), {},
                   mapTo<EventPage>(std::move(done),
                                    [](const QJsonValue &v) { return codec::eventPageFromJson(v.toObject()); }));
}

void EventsApi::get(qint64 id, ApiClient::Done<Event> done) {
    m_api.callJson("GET", QStringLiteral("/api/events/%1").arg(id), {},
                   mapTo<Event>(std::move(done), [](const QJsonValue &v) { return codec::eventFromJson(v.toObject()); }));
}

void EventsApi::book(qint64 eventId, ApiClient::Done<Booking> done) {
    m_api.callJson("POST", QStringLiteral("/api/events/%1/book").arg(eventId), {},
                   mapTo<Booking>(std::move(done), toBooking));
}

void EventsApi::cancel(qint64 eventId, ApiClient::Done<Booking> done) {
    m_api.callJson("DELETE", QStringLiteral("/api/events/%1/book").arg(eventId), {},
                   mapTo<Booking>(std::move(done), toBooking));
}

void EventsApi::myBookings(ApiClient::Done<QList<Booking>> done) {
    m_api.callJson("GET", QStringLiteral("/api/bookings/my"), {},
                   mapTo<QList<Booking>>(std::move(done), [](const QJsonValue &v) {
                       QList<Booking> out;
                       for (const QJsonValue &b : v.toArray())
                           out.append(toBooking(b));
                       return out;
                   }));
}

} // namespace eventbook::client
