#pragma once

#include "eventbook/common/result.h"

#include <QByteArray>
#include <optional>

namespace eventbook::storage {
class Database;
}

namespace eventbook::services {

// The token cached answers are filed under: it changes whenever a committed write may have
// changed the data (see storage::Database::dataVersion). Read it before the data it vouches for.
class DataVersion {
public:
    explicit DataVersion(storage::Database &db)
        : m_db(db) {}

    // Asks the database (retried on a lost connection); for a pool thread.
    Result<QByteArray> current();
    // Without waiting on anything (SQLite's shared-memory WAL index); nullopt when that is not
    // possible (PostgreSQL) or failed. The main thread may call it.
    std::optional<QByteArray> local();

private:
    storage::Database &m_db;
};

} // namespace eventbook::services
