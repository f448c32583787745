#pragma once

#include "eventbook/common/result.h"

#include <QSqlQuery>
#include <QVariant>

namespace eventbook::storage {

// A prepared statement borrowed from the calling thread's cache. Releases its result set when
// it goes out of scope, so SQLite readers never hold a snapshot longer than needed.
class Query {
public:
    explicit Query(QSqlQuery *query)
        : m_q(query) {}
    Query(Query &&other) noexcept
        : m_q(std::exchange(other.m_q, nullptr)) {}
    Query &operator=(Query &&) = delete;
    Query(const Query &) = delete;
    ~Query();

    Query &bind(const QString &placeholder, const QVariant &value);
    Result<void> exec(const char *what);
    // For `INSERT … RETURNING id`: runs the statement and returns the new row's id.
    Result<qint64> execReturningId(const char *what);
    bool next() { return m_q->next(); }
    QVariant value(int i) const { return m_q->value(i); }
    int rowsAffected() const { return m_q->numRowsAffected(); }

private:
    QSqlQuery *m_q;
};

} // namespace eventbook::storage
