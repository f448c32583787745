#pragma once

#include "eventbook/common/result.h"

#include <QString>
#include <optional>

namespace eventbook::storage {
class Database;
} // namespace eventbook::storage

// Images out of the JSON (docs/architecture.md "Images"): a data URI given for an event's image or
// an avatar is stored once, decoded, under the SHA-256 of its bytes, and the row holds its URL
// `/api/images/<hash>` instead. Runs inside the caller's transaction.
namespace eventbook::services::images {

struct Image {
    QByteArray contentType;
    QByteArray bytes;
    // An event shows it: it stays while shown, so a copy may be kept. An avatar alone may be
    // deleted (anonymisation) at any moment, so it is read from the database each time.
    bool keepable = false;
};

QString urlFor(const QString &hash);

// What an image field is stored as: a data URI (already validated) is stored and becomes its
// URL; one of our URLs must name a stored image (else VALIDATION_ERROR on `field`); an http(s) URL
// or nothing stays as it is.
Result<QString> intern(storage::Database &db, const QString &image, const QString &field);

// After a row stopped showing `oldUrl`: deletes the image when nothing else shows it (an avatar
// of an anonymised account must not stay reachable).
Result<void> forget(storage::Database &db, const QString &oldUrl);

// The image's type and bytes for GET /api/images/<hash> (retried on a lost connection).
Result<std::optional<Image>> load(storage::Database &db, const QString &hash);

// Moves data URIs still inline in events and avatars (rows written before migration 0007) into
// the image store, a batch per transaction; safe to run on several instances at once. Returns
// how many rows it moved.
Result<int> moveInline(storage::Database &db);

} // namespace eventbook::services::images
