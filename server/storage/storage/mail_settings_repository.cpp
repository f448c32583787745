#include "mail_settings_repository.h"

namespace eventbook::storage {

Result<std::optional<MailSettings>> MailSettingsRepository::get(qint64 userId) {
    auto q = m_db.prepare(
        QStringLiteral("SELECT mail_language, mail_reminders, mail_news FROM users WHERE id = :u"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("read mail settings"));
    if (!q->next())
        return std::optional<MailSettings>();
    MailSettings s;
    s.language = q->value(0).toString();
    s.reminders = q->value(1).toBool();
    s.news = q->value(2).toBool();
    return std::optional<MailSettings>(s);
}

Result<void> MailSettingsRepository::set(qint64 userId, const MailSettings &s) {
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE users SET mail_language = :l, mail_reminders = :r, mail_news = :n WHERE id = :u"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":l"), s.language)
        .bind(QStringLiteral(":r"), s.reminders)
        .bind(QStringLiteral(":n"), s.news)
        .bind(QStringLiteral(":u"), userId);
    return q->exec("store mail settings");
}

Result<QString> MailSettingsRepository::calendarToken(qint64 userId) {
    auto q = m_db.prepare(QStringLiteral("SELECT calendar_token FROM users WHERE id = :u"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("read the calendar token"));
    return q->next() ? q->value(0).toString() : QString();
}

Result<void> MailSettingsRepository::setCalendarToken(qint64 userId, const QString &token) {
    auto q = m_db.prepare(QStringLiteral("UPDATE users SET calendar_token = :t WHERE id = :u"));
    if (!q)
        return q.error();
    // No token is NULL, not '': the column is unique.
    q->bind(QStringLiteral(":t"), token.isEmpty() ? QVariant() : QVariant(token)).bind(QStringLiteral(":u"), userId);
    return q->exec("store the calendar token");
}

Result<std::optional<qint64>> MailSettingsRepository::userByCalendarToken(const QString &token) {
    auto q = m_db.prepare(
        QStringLiteral("SELECT id FROM users WHERE calendar_token = :t AND anonymised_at IS NULL"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":t"), token);
    EB_TRY(q->exec("find a calendar feed"));
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<QString> MailSettingsRepository::mailToken(qint64 userId, const QString &fresh) {
    auto set = m_db.prepare(
        QStringLiteral("UPDATE users SET mail_token = :t WHERE id = :u AND mail_token IS NULL"));
    if (!set)
        return set.error();
    set->bind(QStringLiteral(":t"), fresh).bind(QStringLiteral(":u"), userId);
    EB_TRY(set->exec("make an unsubscribe token"));
    auto q = m_db.prepare(QStringLiteral("SELECT mail_token FROM users WHERE id = :u"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), userId);
    EB_TRY(q->exec("read the unsubscribe token"));
    return q->next() ? q->value(0).toString() : QString();
}

Result<bool> MailSettingsRepository::unsubscribe(const QString &token, const QString &column) {
    // `column` is one of two names chosen by the caller, never input.
    auto q = m_db.prepare(QStringLiteral("UPDATE users SET %1 = :off WHERE mail_token = :t").arg(column));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":off"), false).bind(QStringLiteral(":t"), token);
    EB_TRY(q->exec("unsubscribe"));
    return q->rowsAffected() > 0;
}

Result<QList<DueReminder>> MailSettingsRepository::takeDueReminders(qint64 nowMs, qint64 windowMs) {
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE bookings SET reminded_at = :now WHERE reminded_at IS NULL AND status = 'confirmed' AND "
        "event_id IN (SELECT id FROM events WHERE starts_at > :now2 AND starts_at <= :horizon) AND "
        "created_at < (SELECT e.starts_at - :window FROM events e WHERE e.id = bookings.event_id) "
        "RETURNING id, event_id, user_id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":now"), nowMs)
        .bind(QStringLiteral(":now2"), nowMs)
        .bind(QStringLiteral(":horizon"), nowMs + windowMs)
        .bind(QStringLiteral(":window"), windowMs);
    EB_TRY(q->exec("take due reminders"));
    QList<DueReminder> due;
    while (q->next())
        due.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong()});
    return due;
}

} // namespace eventbook::storage
