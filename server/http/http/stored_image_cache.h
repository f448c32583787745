#pragma once

#include <QByteArray>
#include <QCache>
#include <QMutex>
#include <QString>
#include <optional>

namespace eventbook::http {

// The bytes of stored images (GET /api/images/<hash>) kept in memory. An image's name is the hash
// of its bytes, so an entry can never be stale: no version to check, and the main thread answers
// from here without touching the database. Only images an event shows are kept (an avatar alone
// can be deleted at any moment). Bounded by bytes, least recently used out first.
class StoredImageCache {
public:
    static constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;

    struct Image {
        QByteArray contentType;
        QByteArray bytes;
    };

    std::optional<Image> find(const QString &hash) const;
    void store(const QString &hash, const Image &image);

private:
    mutable QMutex m_mutex;
    // Cost in KiB so that a QCache's int total holds the bound.
    mutable QCache<QString, Image> m_images{int(kMaxBytes / 1024)};
};

} // namespace eventbook::http
