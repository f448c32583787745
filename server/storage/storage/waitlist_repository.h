#pragma once

#include "database.h"
#include "eventbook/common/domain.h"

namespace eventbook::storage {

// The waiting lists: one queue per event, in join order (joined_at, then id). Callers hold the
// transaction and, for writes, the event's row (EventRepository::lock or a seat change), so one
// event's queue changes one transaction at a time; EventRepository::addToWaitlistCount keeps the
// event's count with it.
class WaitlistRepository {
public:
    explicit WaitlistRepository(Database &db)
        : m_db(db) {}

    // The new entry; CONFLICT when the user is on this list already.
    Result<WaitlistEntry> add(qint64 eventId, qint64 userId, qint64 joinedAtMs);
    // Whether the user was on the list.
    Result<bool> remove(qint64 eventId, qint64 userId);
    Result<void> removeEntry(qint64 id);
    // Takes the user off every list; the events whose lists they left.
    Result<QList<qint64>> removeUser(qint64 userId);
    // 0 when the user is not waiting for the event.
    Result<int> positionOf(qint64 eventId, qint64 userId);
    // The first `count` in line (the next to get seats), in order.
    Result<QList<WaitlistEntry>> head(qint64 eventId, int count);
    // The whole queue in order, with names and emails (organisers).
    Result<QList<WaitlistEntry>> queue(qint64 eventId);
    // A user's places, each with its event.
    Result<QList<WaitlistEntry>> ofUser(qint64 userId);

private:
    Database &m_db;
};

} // namespace eventbook::storage
