#pragma once

#include "database.h"

#include <optional>

namespace eventbook::storage {

struct Stats {
    qint64 totalEvents = 0;
    qint64 totalBookings = 0; // confirmed
    qint64 thisMonth = 0;     // confirmed bookings made since the start of the month (UTC)
    qint64 totalSlots = 0;
    qint64 bookedSlots = 0;
    qint64 upcomingEvents = 0;
    qint64 totalUsers = 0;
};

// Bookings made and cancelled on one UTC day (days since the Unix epoch).
struct DailyCount {
    qint64 day = 0;
    qint64 bookings = 0;
    qint64 cancellations = 0;
};

class StatsRepository {
public:
    explicit StatsRepository(Database &db)
        : m_db(db) {}
    // `events`: only these events (an organiser's dashboard); nullopt: everything.
    Result<Stats> read(qint64 nowMs, qint64 monthStartMs, const std::optional<QList<qint64>> &events = {});
    // Days since fromMs that had any booking or cancellation, in order.
    Result<QList<DailyCount>> daily(qint64 fromMs, const std::optional<QList<qint64>> &events = {});

private:
    Database &m_db;
};

} // namespace eventbook::storage
