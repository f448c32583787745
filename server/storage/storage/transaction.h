#pragma once

#include "database.h"

#include <utility>

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

// The one way a service runs a unit of work that writes: retried as a whole on a serialization
// failure or a lost connection (Database::withRetry), in a transaction begun here; `work(tx)`
// reads and writes, commits (so that what must follow the commit, live messages, can) and
// returns. An error from `work` rolls back (the Transaction's destructor).
template <typename F>
auto withTransaction(Database &db, F &&work) -> decltype(work(std::declval<Transaction &>())) {
    using Out = decltype(work(std::declval<Transaction &>()));
    return db.withRetry([&]() -> Out {
        Transaction tx(db);
        if (!tx.ok())
            return tx.error();
        return work(tx);
    });
}

} // namespace eventbook::storage
