#include "query.h"

#include "database.h"
#include "sql_error.h"

#include <QSqlError>

namespace eventbook::storage {

Query::~Query() {
    if (m_q)
        m_q->finish();
}

Query &Query::bind(const QString &placeholder, const QVariant &value) {
    m_q->bindValue(placeholder, value);
    return *this;
}

Result<void> Query::exec(const char *what) {
    if (m_q->exec())
        return {};
    const QSqlError err = m_q->lastError();
    // Constraint races are expected outcomes (two registrations, two bookings), not faults.
    if (isUniqueViolation(err))
        return Error::make(ErrorCode::Conflict, QStringLiteral("Duplicate value"));
    return toError(err, what);
}

} // namespace eventbook::storage

namespace eventbook::storage {

Result<qint64> Query::execReturningId(const char *what) {
    EB_TRY(exec(what));
    if (!m_q->next())
        return Error::make(ErrorCode::Internal, QStringLiteral("Internal server error"));
    return m_q->value(0).toLongLong();
}

} // namespace eventbook::storage
