#pragma once

#include "eventbook/common/pages.h"

#include <QJsonObject>

// The paged answers of API.md, both ways: the server writes them, the app reads them. Items go
// through the codecs of codecs.h; the keys are json_keys.h's.
namespace eventbook::codec {

// {total, page, limit, totalPages}
QJsonObject pageInfo(const PageInfo &p);
PageInfo pageInfoFromJson(const QJsonObject &o);

QJsonObject eventPage(const EventPage &p); // {events, …pageInfo}
EventPage eventPageFromJson(const QJsonObject &o);

QJsonObject userPage(const UserPage &p); // {users (admin rows), …pageInfo}
UserPage userPageFromJson(const QJsonObject &o);

QJsonObject auditPage(const AuditPage &p); // {logs, …pageInfo}
AuditPage auditPageFromJson(const QJsonObject &o);

// {items, total, unread, page, limit}: the inbox has no totalPages (the seed's shape).
QJsonObject notificationPage(const NotificationPage &p);
NotificationPage notificationPageFromJson(const QJsonObject &o);

} // namespace eventbook::codec
