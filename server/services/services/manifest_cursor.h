#pragma once

#include "eventbook/common/result.h"

#include <QString>
#include <optional>

namespace eventbook::storage {
class SqlDialect;
} // namespace eventbook::storage

namespace eventbook::services {

// Where a desk is in the check-in manifest: the tickets changed after `since` (all of them when
// absent), listed up to the feed mark `until` taken at the listing's first page, after booking
// `afterId`. Opaque to clients: "m1." and URL-safe base64 of a small JSON object.
struct ManifestCursor {
    QString until;
    std::optional<QString> since;
    qint64 afterId = 0;

    QString encode() const;
    // An empty text is the start of a full listing; anything this server did not make, or a
    // mark of another database dialect, is VALIDATION_ERROR.
    static Result<ManifestCursor> decode(const QString &text, const storage::SqlDialect &dialect);
};

} // namespace eventbook::services
