#include "transaction.h"

#include "sql_error.h"

namespace eventbook::storage {

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_queue(db.writerQueue()) {
    // As long as SQLite's own busy timeout (QSQLITE_BUSY_TIMEOUT): past it, the caller gets the
    // same "busy" failure SQLite would have given, never a wait without end.
    if (m_queue && !m_queue->tryLock(5000)) {
        m_queue = nullptr;
        m_error =
            Error::make(ErrorCode::ServiceUnavailable, QStringLiteral("The database is busy; try again"));
        return;
    }
    auto r = m_db.execute(db.sql().beginWrite(), "begin transaction");
    if (r) {
        m_active = true;
    } else {
        m_error = r.error();
        end();
    }
}

Transaction::~Transaction() {
    if (m_active) {
        (void)m_db.execute(QStringLiteral("ROLLBACK"), "rollback");
    }
    end();
}

void Transaction::end() {
    if (m_queue) {
        m_queue->unlock();
        m_queue = nullptr;
    }
}

Result<void> Transaction::commit() {
    if (!m_active)
        return m_error;
    auto r = m_db.execute(QStringLiteral("COMMIT"), "commit");
    m_active = false;
    if (!r)
        (void)m_db.execute(QStringLiteral("ROLLBACK"), "rollback after failed commit");
    else
        m_db.noteCommit();
    end();
    return r;
}

} // namespace eventbook::storage
