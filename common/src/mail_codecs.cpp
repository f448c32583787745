#include "eventbook/common/mail_codecs.h"

#include "eventbook/common/codecs.h"

namespace eventbook::codec {

namespace {
// The keys of these shapes only; json_keys.h stays as it is (it is included everywhere).
const QString kLanguage = QStringLiteral("language");
const QString kReminders = QStringLiteral("reminders");
const QString kNews = QStringLiteral("news");
const QString kFeed = QStringLiteral("calendarFeedUrl");

QJsonValue timeOrNull(const QDateTime &t) {
    return t.isValid() ? QJsonValue(formatTime(t)) : QJsonValue(QJsonValue::Null);
}
QDateTime timeOf(const QJsonValue &v) {
    return v.isString() ? parseTime(v.toString()).value_or(QDateTime()) : QDateTime();
}
} // namespace

QJsonObject mailSettings(const MailSettings &s) {
    return {{kLanguage, s.language},
            {kReminders, s.reminders},
            {kNews, s.news},
            {kFeed, s.calendarFeedUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.calendarFeedUrl)}};
}

MailSettings mailSettingsFromJson(const QJsonObject &o) {
    MailSettings s;
    s.language = o.value(kLanguage).toString(QStringLiteral("en"));
    s.reminders = o.value(kReminders).toBool(true);
    s.news = o.value(kNews).toBool(true);
    s.calendarFeedUrl = o.value(kFeed).toString();
    return s;
}

QJsonObject mailStats(const MailStats &s) {
    return {{QStringLiteral("enabled"), s.enabled},
            {QStringLiteral("queued"), s.queued},
            {QStringLiteral("sent"), s.sent},
            {QStringLiteral("failed"), s.failed},
            {QStringLiteral("dropped"), s.dropped},
            {QStringLiteral("oldestQueuedAgeMs"), s.oldestQueuedAgeMs}};
}

MailStats mailStatsFromJson(const QJsonObject &o) {
    MailStats s;
    s.enabled = o.value(QStringLiteral("enabled")).toBool();
    s.queued = o.value(QStringLiteral("queued")).toInteger();
    s.sent = o.value(QStringLiteral("sent")).toInteger();
    s.failed = o.value(QStringLiteral("failed")).toInteger();
    s.dropped = o.value(QStringLiteral("dropped")).toInteger();
    s.oldestQueuedAgeMs = o.value(QStringLiteral("oldestQueuedAgeMs")).toInteger();
    return s;
}

QJsonObject outboxEntry(const OutboxEntry &e) {
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("recipient"), e.recipient},
            {QStringLiteral("state"), e.state},
            {QStringLiteral("attempts"), e.attempts},
            {QStringLiteral("lastError"), e.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.lastError)},
            {QStringLiteral("createdAt"), timeOrNull(e.createdAt)},
            {QStringLiteral("nextAttemptAt"), timeOrNull(e.nextAttemptAt)},
            {QStringLiteral("sentAt"), timeOrNull(e.sentAt)}};
}

OutboxEntry outboxEntryFromJson(const QJsonObject &o) {
    OutboxEntry e;
    e.id = o.value(QStringLiteral("id")).toInteger();
    e.kind = o.value(QStringLiteral("kind")).toString();
    e.recipient = o.value(QStringLiteral("recipient")).toString();
    e.state = o.value(QStringLiteral("state")).toString();
    e.attempts = o.value(QStringLiteral("attempts")).toInt();
    e.lastError = o.value(QStringLiteral("lastError")).toString();
    e.createdAt = timeOf(o.value(QStringLiteral("createdAt")));
    e.nextAttemptAt = timeOf(o.value(QStringLiteral("nextAttemptAt")));
    e.sentAt = timeOf(o.value(QStringLiteral("sentAt")));
    return e;
}

} // namespace eventbook::codec
