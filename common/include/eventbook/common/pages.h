#pragma once

#include "eventbook/common/domain.h"

#include <QList>

namespace eventbook {

// Where a page sits in its list: `{…, total, page, limit, totalPages}` of every paged answer of
// API.md. The server fills it from the request and the count; the client reads it back.
struct PageInfo {
    qint64 total = 0;
    int page = 1;
    int limit = 0;
    int totalPages = 0;

    void setPosition(int pageNumber, int pageLimit) {
        page = pageNumber;
        limit = pageLimit;
        totalPages = total == 0 || pageLimit <= 0 ? 0 : int((total + pageLimit - 1) / pageLimit);
    }
};

struct EventPage : PageInfo {
    QList<Event> events;
};

struct UserPage : PageInfo {
    QList<User> users; // with bookingCount (confirmed bookings)
};

struct AuditPage : PageInfo {
    QList<AuditEntry> logs;
};

struct NotificationPage : PageInfo {
    QList<Notification> items;
    qint64 unread = 0;
};

} // namespace eventbook
