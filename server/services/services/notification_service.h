#pragma once

#include "actor.h"
#include "eventbook/common/domain.h"
#include "eventbook/common/list_queries.h"
#include "eventbook/common/pages.h"
#include "eventbook/common/result.h"
#include "live_feed.h"

#include <optional>

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

namespace eventbook::services {

struct NotificationInput {
    std::optional<qint64> userId;  // none: every user (or the event's attendees)
    std::optional<qint64> eventId; // the confirmed attendees of this event
    QString title;
    QString body;
    QString type;
};

// Admin notifications and each user's inbox; a user only ever reads or marks their own.
class NotificationService {
public:
    static constexpr int kTitleMax = 200;
    static constexpr int kBodyMax = 5000;

    NotificationService(storage::Database &db, LiveFeed *live)
        : m_db(db)
        , m_live(live) {}

    // Returns how many users it reached. NOT_FOUND for an unknown user.
    Result<qint64> send(const NotificationInput &input, const Actor &actor);
    Result<NotificationPage> list(qint64 userId, int page, int limit, bool unreadOnly);
    Result<void> markRead(qint64 userId, qint64 notificationId);
    Result<qint64> markAllRead(qint64 userId);

private:
    storage::Database &m_db;
    LiveFeed *m_live;
};

} // namespace eventbook::services
