#include "sql_dialect.h"

namespace eventbook::storage {

QString SqlDialect::contains(const QString &text, const QString &placeholder) const {
    return (m_dialect == Dialect::Sqlite ? QStringLiteral("instr(%1, %2) > 0") : QStringLiteral("strpos(%1, %2) > 0"))
        .arg(text, placeholder);
}

QString SqlDialect::joined(const QString &column, int separator, const QString &fromWhere,
                           const QString &orderBy) const {
    // group_concat has no ORDER BY of its own (before SQLite 3.44): it keeps the order of a
    // subquery that has one.
    if (m_dialect == Dialect::Sqlite)
        return QStringLiteral("(SELECT group_concat(%1, char(%2)) FROM (SELECT %1 FROM %3 ORDER BY %4))")
            .arg(column, QString::number(separator), fromWhere, orderBy);
    return QStringLiteral("(SELECT string_agg(%1, chr(%2) ORDER BY %4) FROM %3)")
        .arg(column, QString::number(separator), fromWhere, orderBy);
}

QString SqlDialect::forUpdate() const {
    return m_dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

QString SqlDialect::beginWrite() const {
    return m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

} // namespace eventbook::storage
