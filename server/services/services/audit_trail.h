#pragma once

#include "actor.h"
#include "eventbook/common/result.h"

#include <QJsonObject>
#include <optional>

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

namespace eventbook::services {

// Writes one audit row; call inside the transaction of the change it records.
Result<void> recordAudit(storage::Database &db, const Actor &actor, const QString &action,
                         const QString &targetType, std::optional<qint64> targetId,
                         const QJsonObject &details = {});

namespace audit {
inline const QString kUser = QStringLiteral("user");
inline const QString kEvent = QStringLiteral("event");
inline const QString kBooking = QStringLiteral("booking");
inline const QString kNotification = QStringLiteral("notification");
} // namespace audit

} // namespace eventbook::services
