#pragma once

#include "eventbook/common/domain.h"

#include <QList>
#include <QString>
#include <optional>

namespace eventbook::storage {

enum class EventSort { DateAsc, DateDesc, TitleAsc, TitleDesc, CreatedAsc, CreatedDesc, SeatsAsc, SeatsDesc };

// One page of the event list. `search` and `tag` are already case-folded; both are literal
// text, never patterns.
struct EventQuery {
    int page = 1;
    int limit = 6;
    QString search;
    QString tag;
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
    EventSort sort = EventSort::DateAsc;
};

struct EventPage {
    QList<Event> events;
    qint64 total = 0;
};

} // namespace eventbook::storage
