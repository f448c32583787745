#pragma once

#include "eventbook/common/result.h"
#include "live_event.h"

#include <QList>

namespace eventbook::storage {
class Database;
}

namespace eventbook::services {

// Where services send live events (DESIGN.md "Live updates"); the realtime EventBus implements
// it. stage() runs inside the transaction (PostgreSQL: a NOTIFY that commits or rolls back with
// it); committed() runs after a successful commit (SQLite: in-process delivery).
class LiveFeed {
public:
    virtual ~LiveFeed() = default;
    virtual Result<void> stage(storage::Database &db, const LiveEvent &event) = 0;
    // Several events outside any transaction, as one commit (PostgreSQL: one statement; each
    // commit of a notifying transaction is serialised across the cluster).
    virtual Result<void> stageAll(storage::Database &db, const QList<LiveEvent> &events) = 0;
    virtual void committed(const QList<LiveEvent> &events) = 0;
};

// The live events of one transaction. A null feed (CLI, demo data) ignores them.
class LiveBatch {
public:
    LiveBatch(LiveFeed *feed, storage::Database &db)
        : m_feed(feed)
        , m_db(db) {}
    Result<void> add(const LiveEvent &event);
    // After tx.commit() succeeded.
    void publish();

private:
    LiveFeed *m_feed;
    storage::Database &m_db;
    QList<LiveEvent> m_events;
};

} // namespace eventbook::services
