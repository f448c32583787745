#pragma once

#include "eventbook/common/domain.h"
#include "eventbook/common/pages.h"

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

// The pages are Common's, decoded by its page codecs.
using eventbook::EventPage;
using eventbook::NotificationPage;

} // namespace eventbook::client
