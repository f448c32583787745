#pragma once

#include "database.h"

#include <QDateTime>

namespace eventbook::storage {

// A booked event as a calendar shows it.
struct CalendarRow {
    qint64 bookingId = 0;
    qint64 eventId = 0;
    QString title;
    QString location;
    QString description;
    QDateTime startsAt;
    int revision = 0;
};

// Calendar versions (events.revision, a calendar entry's SEQUENCE) and the rows of a personal feed.
class CalendarRepository {
public:
    explicit CalendarRepository(Database &db)
        : m_db(db) {}

    // 0 for an event that is gone.
    Result<int> revision(qint64 eventId);
    // The revision after the bump (a change a calendar shows: title, place, time).
    Result<int> bumpRevision(qint64 eventId);
    // The user's confirmed bookings of events that started at most `sinceMs` ago, by start.
    Result<QList<CalendarRow>> bookedEvents(qint64 userId, qint64 sinceMs);

private:
    Database &m_db;
};

} // namespace eventbook::storage
