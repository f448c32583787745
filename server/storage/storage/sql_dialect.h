#pragma once

#include "database_config.h"

#include <QString>

namespace eventbook::storage {

// The SQL that differs between SQLite and PostgreSQL, in one place: repositories build their
// statements from these pieces instead of branching on the dialect themselves.
class SqlDialect {
public:
    explicit SqlDialect(Dialect dialect)
        : m_dialect(dialect) {}

    Dialect dialect() const { return m_dialect; }

    // A condition: `text` contains the bound literal `placeholder` (no pattern characters: this
    // is not LIKE). instr() and strpos() both count in characters.
    QString contains(const QString &text, const QString &placeholder) const;
    // A scalar subquery joining `column` of the rows `fromWhere` selects, in `orderBy` order,
    // separated by the character with code `separator` (NULL when there are no rows).
    QString joined(const QString &column, int separator, const QString &fromWhere, const QString &orderBy) const;
    // Appended to a SELECT that reads rows the transaction will change: PostgreSQL locks them;
    // SQLite needs nothing, its write transaction (beginWrite) already holds the database.
    QString forUpdate() const;
    // Appended to a SELECT that claims rows for one worker among several (the mail outbox):
    // PostgreSQL locks them and skips those another worker holds; SQLite has one process.
    QString forUpdateSkipLocked() const;
    // Whether several writes can be one statement (PostgreSQL's data-modifying WITH): atomic
    // without BEGIN and COMMIT round trips. SQLite's WITH only reads.
    bool writesInOneStatement() const;
    // Change feeds (the check-in manifest's cursor; bookings.feed_mark is a counter value on
    // SQLite, a transaction id on PostgreSQL): a statement that reads the current mark as text, a
    // condition "the row's mark is newer than the bound mark `placeholder`", and whether a text
    // from a client is a mark this dialect can bind (PostgreSQL fails a malformed snapshot).
    QString currentFeedMark() const;
    QString changedSince(const QString &alias, const QString &placeholder) const;
    bool isFeedMark(const QString &mark) const;
    // Starts a transaction that will write: SQLite takes the write lock at once (a deferred
    // BEGIN could fail at its first write with SQLITE_BUSY after reads that must be redone).
    QString beginWrite() const;

private:
    Dialect m_dialect;
};

} // namespace eventbook::storage
