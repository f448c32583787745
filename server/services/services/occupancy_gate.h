#pragma once

#include "eventbook/common/checkin.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <functional>
#include <map>

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

namespace eventbook::services {

class LiveFeed;

// What the door tells the event's team after scans (issue 19): their CHECKIN messages and the
// occupancy read after them, published by one task per event at a time for every scan that
// committed meanwhile. A scan never waits for it. At a busy door one count and one notification
// serve many scans (PostgreSQL serialises the commits of transactions that notify), and the task
// reads again while scans keep coming, so the figures after the last scan are always published.
// Thread-safe; one per server.
class OccupancyGate {
public:
    // Runs a task on the database threads (the server's executor).
    using Runner = std::function<void(std::function<void()>)>;

    OccupancyGate(storage::Database &db, LiveFeed *live, Runner runner)
        : m_db(db)
        , m_live(live)
        , m_run(std::move(runner)) {}

    // After the scans' commit: they go out with the next reading of the event's occupancy.
    void post(qint64 eventId, const QList<QJsonObject> &scans);

private:
    void publish(qint64 eventId);

    struct Slot {
        bool running = false;       // a task publishes for this event
        QList<QJsonObject> pending; // scans that committed since its last reading
    };

    storage::Database &m_db;
    LiveFeed *m_live;
    Runner m_run;
    QMutex m_mutex;
    std::map<qint64, Slot> m_slots; // node-stable: a slot outlives other events' inserts
};

} // namespace eventbook::services
