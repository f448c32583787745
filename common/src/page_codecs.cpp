#include "eventbook/common/page_codecs.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"

#include <QJsonArray>

namespace eventbook::codec {
namespace k = eventbook::keys;

namespace {
template <typename T, typename Encode> QJsonArray arrayOf(const QList<T> &items, Encode encode) {
    QJsonArray out;
    for (const T &item : items)
        out.append(encode(item));
    return out;
}

template <typename T, typename Decode> QList<T> listOf(const QJsonValue &array, Decode decode) {
    QList<T> out;
    const QJsonArray items = array.toArray();
    out.reserve(items.size());
    for (const QJsonValue &item : items)
        out.append(decode(item.toObject()));
    return out;
}

template <typename Page> Page withInfo(const QJsonObject &o) {
    Page page;
    static_cast<PageInfo &>(page) = pageInfoFromJson(o);
    return page;
}

QJsonObject withItems(const PageInfo &info, QLatin1StringView key, const QJsonArray &items) {
    QJsonObject o = pageInfo(info);
    o.insert(key, items);
    return o;
}
} // namespace

QJsonObject pageInfo(const PageInfo &p) {
    return QJsonObject{{k::total, p.total}, {k::page, p.page}, {k::limit, p.limit}, {k::totalPages, p.totalPages}};
}

PageInfo pageInfoFromJson(const QJsonObject &o) {
    PageInfo p;
    p.total = o.value(k::total).toInteger();
    p.page = o.value(k::page).toInt(1);
    p.limit = o.value(k::limit).toInt();
    p.totalPages = o.value(k::totalPages).toInt();
    return p;
}

QJsonObject eventPage(const EventPage &p) {
    return withItems(p, k::events, arrayOf(p.events, event));
}

EventPage eventPageFromJson(const QJsonObject &o) {
    auto page = withInfo<EventPage>(o);
    page.events = listOf<Event>(o.value(k::events), eventFromJson);
    return page;
}

QJsonObject userPage(const UserPage &p) {
    return withItems(p, k::users, arrayOf(p.users, userAdminRow));
}

UserPage userPageFromJson(const QJsonObject &o) {
    auto page = withInfo<UserPage>(o);
    page.users = listOf<User>(o.value(k::users), userFromJson);
    return page;
}

QJsonObject auditPage(const AuditPage &p) {
    return withItems(p, k::logs, arrayOf(p.logs, auditEntry));
}

AuditPage auditPageFromJson(const QJsonObject &o) {
    auto page = withInfo<AuditPage>(o);
    page.logs = listOf<AuditEntry>(o.value(k::logs), auditEntryFromJson);
    return page;
}

QJsonObject notificationPage(const NotificationPage &p) {
    return QJsonObject{{k::items, arrayOf(p.items, notification)},
                       {k::total, p.total},
                       {k::unread, p.unread},
                       {k::page, p.page},
                       {k::limit, p.limit}};
}

NotificationPage notificationPageFromJson(const QJsonObject &o) {
    auto page = withInfo<NotificationPage>(o);
    page.items = listOf<Notification>(o.value(k::items), notificationFromJson);
    page.unread = o.value(k::unread).toInteger();
    return page;
}

} // namespace eventbook::codec
