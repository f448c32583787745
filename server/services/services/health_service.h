#pragma once

#include "eventbook/common/result.h"
#include <QString>

namespace eventbook::storage {
class Database;
}

namespace eventbook::services {

// What /readyz reports: the database answers, its schema is current, and a write can be stored.
struct Readiness {
    enum class State { Ready, DatabaseDown, MigrationsPending, ReadOnly };
    State state = State::Ready;
    int migrations = 0; // the schema version when ready
    QString message;    // why writes are refused (ReadOnly)
};

class HealthService {
public:
    explicit HealthService(storage::Database &db)
        : m_db(db) {}

    // Runs on a pool thread: it asks the database.
    Readiness readiness();

private:
    storage::Database &m_db;
};

} // namespace eventbook::services
