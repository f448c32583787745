#include "notification_service.h"

#include "audit_trail.h"
#include "mail_queue.h"
#include "storage/database.h"
#include "storage/event_repository.h"
#include "storage/notification_repository.h"
#include "eventbook/common/json_keys.h"
#include "eventbook/common/validation.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"

#include <QRegularExpression>

namespace eventbook::services {
using namespace eventbook::storage;
namespace k = eventbook::keys;
namespace v = eventbook::validation;

Result<qint64> NotificationService::send(const NotificationInput &in, const Actor &actor) {
    NotificationInput input = in;
    input.title = input.title.trimmed();
    input.body = input.body.trimmed();
    input.type = input.type.trimmed().isEmpty() ? QStringLiteral("info") : input.type.trimmed();
    v::FieldErrors errors;
    if (input.title.isEmpty())
        errors.append({QString(k::title), QStringLiteral("title is required")});
    else if (v::codePointLength(input.title) > kTitleMax)
        errors.append(
            {QString(k::title), QStringLiteral("title must be at most %1 characters").arg(kTitleMax)});
    if (v::codePointLength(input.body) > kBodyMax)
        errors.append({QString(k::body), QStringLiteral("body must be at most %1 characters").arg(kBodyMax)});
    if (v::hasControlChars(input.title, false))
        errors.append({QString(k::title), QStringLiteral("title must not contain control characters")});
    if (v::hasControlChars(input.body, true))
        errors.append({QString(k::body), QStringLiteral("body must not contain control characters")});
    static const QRegularExpression typeShape(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    if (!typeShape.match(input.type).hasMatch())
        errors.append({QString(k::type), QStringLiteral("type must be a short lower-case word, e.g. info")});
    if (input.userId && input.eventId)
        errors.append({QString(k::eventId), QStringLiteral("give userId or eventId, not both")});
    if (!errors.isEmpty())
        return Error::make(ErrorCode::ValidationError, errors.first().message, v::toJson(errors));

    return withTransaction(m_db, [&](Transaction &tx) -> Result<qint64> {
        Notification n;
        n.title = input.title;
        n.body = input.body;
        n.type = input.type;
        NotificationRepository repo(m_db);
        QList<std::pair<qint64, qint64>> recipients;
        if (input.userId) {
            EB_TRY(UserRepository(m_db).get(*input.userId));
            n.userId = *input.userId;
            auto id = repo.insert(n);
            if (!id)
                return id.error();
            recipients.append({n.userId, *id});
        } else if (input.eventId) {
            EB_TRY(EventRepository(m_db).get(*input.eventId));
            auto written = repo.insertForEvent(n, *input.eventId);
            if (!written)
                return written.error();
            recipients = std::move(*written);
        } else {
            auto written = repo.insertForAll(n);
            if (!written)
                return written.error();
            recipients = std::move(*written);
        }
        // The same words by mail, to those who keep news on.
        const QJsonObject mailed{{QStringLiteral("title"), input.title}, {QStringLiteral("body"), input.body}};
        if (input.userId)
            EB_TRY(outbox::queueForUser(m_db, outbox::kAnnouncement, *input.userId, mailed));
        else if (input.eventId)
            EB_TRY(outbox::queueForHolders(m_db, outbox::kAnnouncement, *input.eventId, mailed));
        else
            EB_TRY(outbox::queueForEveryone(m_db, outbox::kAnnouncement, mailed));
        const qint64 reached = recipients.size();
        EB_TRY(recordAudit(
            m_db, actor, QStringLiteral("NOTIFICATION_SEND"), audit::kNotification, input.userId,
            {{k::title, input.title},
             {k::type, input.type},
             {k::eventId, input.eventId ? QJsonValue(*input.eventId) : QJsonValue()},
             {QStringLiteral("recipients"), reached}}));
        LiveBatch live(m_live, m_db);
        if (!recipients.isEmpty()) {
            EB_TRY(live.add(LiveEvent::notification(n.title, n.type, std::move(recipients))));
        }
        EB_TRY(tx.commit());
        live.publish();
        return reached;
    });
}

Result<NotificationPage> NotificationService::list(qint64 userId, int page, int limit, bool unreadOnly) {
    return m_db.withRetry([&] { return NotificationRepository(m_db).list(userId, page, limit, unreadOnly); });
}

Result<void> NotificationService::markRead(qint64 userId, qint64 notificationId) {
    auto marked =
        m_db.withRetry([&] { return NotificationRepository(m_db).markRead(userId, notificationId); });
    if (!marked)
        return marked.error();
    if (!*marked)
        return Error::make(ErrorCode::NotFound, QStringLiteral("Notification not found"));
    return {};
}

Result<qint64> NotificationService::markAllRead(qint64 userId) {
    return m_db.withRetry([&] { return NotificationRepository(m_db).markAllRead(userId); });
}

} // namespace eventbook::services
