#include "transaction.h"

#include "sql_error.h"

namespace eventbook::storage {

Transaction::Transaction(Database &db)
    : m_db(db) {
    auto r = m_db.execute(db.dialect() == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                          : QStringLiteral("BEGIN"),
                          "begin transaction");
    if (r)
        m_active = true;
    else
        m_error = r.error();
}

Transaction::~Transaction() {
    if (m_active) {
        // Keep the reason of the failure that led here: withRetry() decides on it.
        const auto failure = Database::lastFailure();
        (void)m_db.execute(QStringLiteral("ROLLBACK"), "rollback");
        Database::setFailure(failure);
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
    return r;
}

} // namespace eventbook::storage
