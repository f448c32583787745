#pragma once

#include "eventbook/common/domain.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace eventbook::client {

// GET /api/events parameters; empty fields are left out.
struct EventListQuery {
    int page = 1;
    int limit = 12;
    QString search;
    QString tag;
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    QString sort; // e.g. "date", "-createdAt"; empty: the server's default
};

struct EventPage {
    QList<Event> events;
    int total = 0;
    int page = 1;
    int limit = 0;
    int totalPages = 0;
};

struct NotificationPage {
    QList<Notification> items;
    int total = 0;
    int unread = 0;
};

} // namespace eventbook::client
