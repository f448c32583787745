#include "audit_repository.h"

#include "time_codec.h"

#include <QJsonDocument>

namespace eventbook::storage {

Result<qint64> AuditRepository::insert(const AuditEntry &e) {
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_logs (actor_id, action, target_type, target_id, details, ip, created_at) "
        "VALUES (:actor, :action, :ttype, :tid, :details, :ip, :t) RETURNING id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":actor"), e.actorId ? QVariant(*e.actorId) : QVariant())
        .bind(QStringLiteral(":action"), e.action)
        .bind(QStringLiteral(":ttype"), e.targetType)
        .bind(QStringLiteral(":tid"), e.targetId ? QVariant(*e.targetId) : QVariant())
        .bind(QStringLiteral(":details"),
              QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":ip"), e.ip)
        .bind(QStringLiteral(":t"), e.createdAt.isValid() ? toMs(e.createdAt) : nowMs());
    return q->execReturningId("insert audit row");
}

} // namespace eventbook::storage

namespace eventbook::storage {

Result<AuditPage> AuditRepository::list(const AuditQuery &query) {
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (!query.action.isEmpty())
        where += QStringLiteral(" AND a.action = :action");
    if (query.actorId)
        where += QStringLiteral(" AND a.actor_id = :actor");
    if (!query.targetType.isEmpty())
        where += QStringLiteral(" AND a.target_type = :ttype");
    if (query.startMs)
        where += QStringLiteral(" AND a.created_at >= :start");
    if (query.endMs)
        where += QStringLiteral(" AND a.created_at <= :end");
    if (query.aboutUserId)
        where += QStringLiteral(" AND (a.actor_id = :about OR (a.target_type = 'user' AND a.target_id = :about2))");
    const auto bindFilters = [&](Query &q) {
        if (!query.action.isEmpty())
            q.bind(QStringLiteral(":action"), query.action);
        if (query.actorId)
            q.bind(QStringLiteral(":actor"), *query.actorId);
        if (!query.targetType.isEmpty())
            q.bind(QStringLiteral(":ttype"), query.targetType);
        if (query.startMs)
            q.bind(QStringLiteral(":start"), *query.startMs);
        if (query.endMs)
            q.bind(QStringLiteral(":end"), *query.endMs);
        if (query.aboutUserId)
            q.bind(QStringLiteral(":about"), *query.aboutUserId).bind(QStringLiteral(":about2"), *query.aboutUserId);
    };
    AuditPage page;
    {
        auto count = m_db.prepare(QStringLiteral("SELECT count(*) FROM audit_logs a") + where);
        if (!count)
            return count.error();
        bindFilters(*count);
        EB_TRY(count->exec("count audit rows"));
        page.total = count->next() ? count->value(0).toLongLong() : 0;
    }
    auto q = m_db.prepare(
        QStringLiteral("SELECT a.id, a.actor_id, a.action, a.target_type, a.target_id, a.details, a.ip, "
                       "a.created_at, u.name FROM audit_logs a LEFT JOIN users u ON u.id = a.actor_id") +
        where + QStringLiteral(" ORDER BY a.created_at DESC, a.id DESC LIMIT :limit OFFSET :offset"));
    if (!q)
        return q.error();
    bindFilters(*q);
    q->bind(QStringLiteral(":limit"), query.limit)
        .bind(QStringLiteral(":offset"), qint64(query.page - 1) * query.limit);
    EB_TRY(q->exec("list audit rows"));
    while (q->next()) {
        AuditEntry a;
        a.id = q->value(0).toLongLong();
        if (!q->value(1).isNull())
            a.actorId = q->value(1).toLongLong();
        a.action = q->value(2).toString();
        a.targetType = q->value(3).toString();
        if (!q->value(4).isNull())
            a.targetId = q->value(4).toLongLong();
        a.details = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        a.ip = q->value(6).toString();
        a.createdAt = fromMs(q->value(7));
        a.actorName = q->value(8).toString();
        page.logs.append(a);
    }
    return page;
}

Result<qint64> AuditRepository::replaceInDetails(const QString &text, const QString &replacement) {
    if (text.isEmpty())
        return qint64(0);
    auto q = m_db.prepare(QStringLiteral("UPDATE audit_logs SET details = replace(details, :a, :b) "
                                         "WHERE details <> replace(details, :a2, :b2)"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":a"), text)
        .bind(QStringLiteral(":b"), replacement)
        .bind(QStringLiteral(":a2"), text)
        .bind(QStringLiteral(":b2"), replacement);
    EB_TRY(q->exec("scrub audit details"));
    return qint64(q->rowsAffected());
}

} // namespace eventbook::storage
