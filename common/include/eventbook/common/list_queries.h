#pragma once

#include <QString>
#include <optional>

namespace eventbook {

// What the server's list routes were asked for, parsed and checked: built by the HTTP layer,
// answered by the services and the storage below them. (The desktop app has its own, in the
// terms of its widgets: client::EventListQuery, client::AuditQuery.)

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

struct UserQuery {
    int page = 1;
    int limit = 20;
    QString search; // case-folded, literal
};

struct AuditQuery {
    int page = 1;
    int limit = 20;
    QString action;
    std::optional<qint64> actorId;
    QString targetType;
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    std::optional<qint64> aboutUserId; // rows the user did or that were done to their account
};

} // namespace eventbook
