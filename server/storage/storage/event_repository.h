#pragma once

#include "database.h"
#include "eventbook/common/list_queries.h"
#include "eventbook/common/pages.h"
#include "eventbook/common/domain.h"

#include <optional>

namespace eventbook::storage {

// Events and their tags. Seat counts change only through takeSlot/returnSlot/resize, each a
// single conditional UPDATE, so availableSlots = totalSlots − confirmed holds at every commit.
class EventRepository {
public:
    explicit EventRepository(Database &db)
        : m_db(db) {}

    // Inserts the event and its tags; availableSlots starts at totalSlots.
    Result<qint64> insert(const Event &event);
    Result<std::optional<Event>> findById(qint64 id);
    // The event, or NOT_FOUND.
    Result<Event> get(qint64 id);
    Result<EventPage> list(const EventQuery &query);
    Result<bool> titleExists(const QString &title);
    // Everything but the seat counts (see resize).
    Result<bool> update(const Event &event);
    Result<bool> remove(qint64 id);

    enum class Resize { Done, NotFound, BelowBooked };
    // New total; availableSlots moves by the same delta and may not drop below zero.
    Result<Resize> resize(qint64 id, int totalSlots);
    // Takes one seat if any is left: the seats then left, or nullopt when the event is full (or absent).
    Result<std::optional<int>> takeSlot(qint64 id);
    Result<void> returnSlot(qint64 id);
    // Locks the event row for the rest of the transaction (PostgreSQL; SQLite's writer lock
    // already serialises); false when it does not exist.
    Result<bool> lock(qint64 id);
    // Keeps waitlist_count with the queue (WaitlistRepository's writes); the count after.
    Result<int> addToWaitlistCount(qint64 id, int delta);

    // The text that search matches: case-folded, so that search is case-insensitive for every
    // script and a plain substring test (no LIKE patterns) is enough.
    static QString searchText(const Event &event);
    // The SELECT list of an event (alias `e`, tags folded into the last column) and its reader,
    // shared with the repositories that embed events.
    static QString columns(Dialect dialect);
    static constexpr int kColumnCount = 12;
    static Event readRow(const Query &q, int first);

private:
    Result<void> insertTags(qint64 eventId, const QStringList &tags);
    Database &m_db;
};

} // namespace eventbook::storage
