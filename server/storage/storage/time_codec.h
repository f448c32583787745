#pragma once

#include <QDateTime>
#include <QVariant>
#include <optional>

// Times are stored as Unix epoch milliseconds (UTC) in both dialects.
namespace eventbook::storage {
inline qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}
inline qint64 toMs(const QDateTime &t) {
    return t.toMSecsSinceEpoch();
}
inline QDateTime fromMs(const QVariant &v) {
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
inline std::optional<QDateTime> optionalFromMs(const QVariant &v) {
    if (v.isNull())
        return std::nullopt;
    return fromMs(v);
}
inline QVariant nullableMs(const std::optional<QDateTime> &t) {
    return t ? QVariant(toMs(*t)) : QVariant(); // an invalid QVariant binds as SQL NULL
}
} // namespace eventbook::storage
