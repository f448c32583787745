#pragma once

#include "eventbook/common/result.h"
#include "storage/database.h"

namespace eventbook::services {

// Loads the demo events shipped in resources/demo/events.json. Dates are relative to today so
// the demo always has upcoming events. Events whose title exists already are skipped, so it
// can run again safely.
class DemoData {
public:
    explicit DemoData(storage::Database &db)
        : m_db(db) {}
    Result<int> load(); // number of events inserted

private:
    storage::Database &m_db;
};

} // namespace eventbook::services
