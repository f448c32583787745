#pragma once

#include "database.h"
#include "eventbook/common/domain.h"

#include <optional>

namespace eventbook::storage {

class EventRepository {
public:
    explicit EventRepository(Database &db)
        : m_db(db) {}

    // Inserts the event and its tags; availableSlots starts at totalSlots.
    Result<qint64> insert(const Event &event);
    Result<std::optional<Event>> findById(qint64 id);
    Result<bool> titleExists(const QString &title);

    // The text that search matches: case-folded, so that search is case-insensitive for every
    // script and a plain substring test (no LIKE patterns) is enough.
    static QString searchText(const Event &event);

private:
    Result<void> insertTags(qint64 eventId, const QStringList &tags);
    Database &m_db;
};

} // namespace eventbook::storage
