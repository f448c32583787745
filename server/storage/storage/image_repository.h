#pragma once

#include "database.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace eventbook::storage {

struct StoredImage {
    QByteArray contentType;
    QByteArray bytes;
    bool shownByAnEvent = false; // a banner (never deleted while shown), not only an avatar
};

// Uploaded images, decoded, under the SHA-256 of their bytes (sql/*/0007_images.sql). A row never
// changes: the same bytes have the same name, so storing one twice is a no-op.
class ImageRepository {
public:
    explicit ImageRepository(Database &db)
        : m_db(db) {}

    Result<void> put(const QString &hash, const QByteArray &contentType, const QByteArray &bytes);
    Result<std::optional<StoredImage>> get(const QString &hash);
    Result<bool> exists(const QString &hash);
    // Deletes the image unless an event or an account still shows it (`url` is how they name it).
    Result<void> removeUnlessUsed(const QString &hash, const QString &url);

    // Rows still carrying an inline data URI (written before 0007, or by hand): events' images
    // and avatars, a batch at a time, for the start-up move (services::ImageMigration).
    struct Inline {
        bool avatar = false; // users.avatar_url, else events.image
        qint64 id = 0;
        QString dataUri;
    };
    Result<QList<Inline>> inlineImages(int limit);
    // Points the row at `url` if it still holds `dataUri` (another instance may have moved it).
    Result<void> replaceInline(const Inline &row, const QString &url);

private:
    Database &m_db;
};

} // namespace eventbook::storage
