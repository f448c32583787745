#include "stored_image_cache.h"

namespace eventbook::http {

std::optional<StoredImageCache::Image> StoredImageCache::find(const QString &hash) const {
    QMutexLocker lock(&m_mutex);
    if (const Image *hit = m_images.object(hash))
        return *hit; // QByteArray copies share their data
    return std::nullopt;
}

void StoredImageCache::store(const QString &hash, const Image &image) {
    const qsizetype cost = std::max<qsizetype>(1, (image.bytes.size() + 1023) / 1024);
    QMutexLocker lock(&m_mutex);
    m_images.insert(hash, new Image(image), cost); // over the bound: not kept (QCache deletes it)
}

} // namespace eventbook::http
