#pragma once

#include "database.h"

namespace eventbook::storage {

// RAII write transaction: begins on construction, rolls back in the destructor unless
// commit() succeeded. SQLite uses BEGIN IMMEDIATE so two writers queue instead of failing when a
// reader upgrades to a writer; within this process they queue on Database::writerQueue().
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool ok() const { return m_active; }
    const Error &error() const { return m_error; }
    Result<void> commit();

private:
    void end();

    Database &m_db;
    QMutex *m_queue = nullptr; // held from BEGIN to COMMIT / ROLLBACK (SQLite)
    bool m_active = false;
    Error m_error;
};

} // namespace eventbook::storage
