#include "sql_dialect.h"

#include <QRegularExpression>

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

QString SqlDialect::forUpdateSkipLocked() const {
    return m_dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
}

bool SqlDialect::writesInOneStatement() const { return m_dialect == Dialect::Postgres; }

QString SqlDialect::currentFeedMark() const {
    // Writers on SQLite are serialised, so the counter's value is a point in the commit order; on
    // PostgreSQL the snapshot names the transactions committed before it and those still running.
    return m_dialect == Dialect::Sqlite ? QStringLiteral("SELECT CAST(n AS TEXT) FROM feed_counter WHERE id = 1")
                                        : QStringLiteral("SELECT CAST(pg_current_snapshot() AS TEXT)");
}

QString SqlDialect::changedSince(const QString &alias, const QString &placeholder) const {
    if (m_dialect == Dialect::Sqlite)
        return alias + QStringLiteral(".feed_mark > CAST(") + placeholder + QStringLiteral(" AS INTEGER)");
    const QString snapshot = QStringLiteral("CAST(") + placeholder + QStringLiteral(" AS pg_snapshot)");
    return QStringLiteral("(%1.feed_mark >= pg_snapshot_xmin(%2) AND NOT pg_visible_in_snapshot(%1.feed_mark, %2))")
        .arg(alias, snapshot);
}

bool SqlDialect::isFeedMark(const QString &mark) const {
    static const QRegularExpression counter(QStringLiteral(R"(^(0|[1-9]\d{0,17})$)"));
    if (m_dialect == Dialect::Sqlite)
        return counter.match(mark).hasMatch();
    // xmin:xmax:xip,… with xmin <= xip < xmax, xips ascending: what pg_snapshot's input accepts.
    static const QRegularExpression snapshot(QStringLiteral(R"(^(\d{1,18}):(\d{1,18}):((\d{1,18})(,\d{1,18})*)?$)"));
    const auto m = snapshot.match(mark);
    if (!m.hasMatch())
        return false;
    const qint64 xmin = m.captured(1).toLongLong();
    const qint64 xmax = m.captured(2).toLongLong();
    if (xmin < 1 || xmin > xmax)
        return false;
    qint64 last = xmin;
    const QStringList xips = m.captured(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (xips.size() > 10'000)
        return false;
    for (const QString &x : xips) {
        const qint64 xip = x.toLongLong();
        if (xip < last || xip >= xmax)
            return false;
        last = xip;
    }
    return true;
}

QString SqlDialect::beginWrite() const {
    return m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

} // namespace eventbook::storage
