#pragma once

#include <optional>

#include "database.h"
#include "eventbook/common/domain.h"
#include "eventbook/common/list_queries.h"
#include "eventbook/common/pages.h"

namespace eventbook::storage {

// Notifications; every read and write is scoped to one recipient.
class NotificationRepository {
public:
    explicit NotificationRepository(Database &db)
        : m_db(db) {}

    Result<qint64> insert(const Notification &n);
    // One row per user; returns (user id, notification id) of each.
    Result<QList<std::pair<qint64, qint64>>> insertForAll(const Notification &n);
    // One notification for each holder of a confirmed booking of the event.
    Result<QList<std::pair<qint64, qint64>>> insertForEvent(const Notification &n, qint64 eventId);
    Result<NotificationPage> list(qint64 userId, int page, int limit, bool unreadOnly);
    // False when the notification does not exist or belongs to someone else.
    Result<bool> markRead(qint64 userId, qint64 id);
    Result<qint64> markAllRead(qint64 userId);
    Result<qint64> removeAllFor(qint64 userId);

private:
    // INSERT … `recipients` (a SELECT of user_id and the bound fields), with `:e` bound when given.
    Result<QList<std::pair<qint64, qint64>>> insertFor(const Notification &n, const QString &recipients,
                                                       std::optional<qint64> eventId);
    Database &m_db;
};

} // namespace eventbook::storage
