#include "image_store.h"

#include "eventbook/common/validation.h"
#include "storage/database.h"
#include "storage/image_repository.h"
#include "storage/transaction.h"

#include <QCryptographicHash>

namespace eventbook::services::images {
using namespace eventbook::storage;
namespace v = eventbook::validation;

namespace {
constexpr QLatin1StringView kPrefix = v::kStoredImagePrefix;

struct Decoded {
    QByteArray contentType;
    QByteArray bytes;
};

// A validated data URI: its bytes, and their type as the bytes themselves say.
std::optional<Decoded> decode(const QString &dataUri) {
    const qsizetype comma = dataUri.indexOf(QLatin1Char(','));
    if (comma < 0)
        return std::nullopt;
    Decoded d;
    d.bytes = QByteArray::fromBase64(QStringView(dataUri).mid(comma + 1).toLatin1());
    switch (v::sniffImage(d.bytes)) {
    case v::ImageType::Png: d.contentType = "image/png"; break;
    case v::ImageType::Jpeg: d.contentType = "image/jpeg"; break;
    case v::ImageType::Gif: d.contentType = "image/gif"; break;
    case v::ImageType::Webp: d.contentType = "image/webp"; break;
    case v::ImageType::Avif: d.contentType = "image/avif"; break;
    case v::ImageType::None: return std::nullopt;
    }
    return d;
}

Error fieldError(const QString &field, const QString &message) {
    return Error::make(ErrorCode::ValidationError, field + QLatin1Char(' ') + message,
                       v::toJson({{field, field + QLatin1Char(' ') + message}}));
}
} // namespace

QString urlFor(const QString &hash) {
    return kPrefix + hash;
}

Result<QString> intern(Database &db, const QString &image, const QString &field) {
    if (image.startsWith(QLatin1StringView("data:"), Qt::CaseInsensitive)) {
        const auto decoded = decode(image);
        if (!decoded)
            return fieldError(field, QStringLiteral("is not an image this server stores"));
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(decoded->bytes, QCryptographicHash::Sha256).toHex());
        EB_TRY(ImageRepository(db).put(hash, decoded->contentType, decoded->bytes));
        return urlFor(hash);
    }
    if (image.startsWith(kPrefix)) {
        const QString hash = v::storedImageHash(image);
        if (hash.isEmpty())
            return fieldError(field, QStringLiteral("names no image of this server"));
        auto found = ImageRepository(db).exists(hash);
        if (!found)
            return found.error();
        if (!*found)
            return fieldError(field, QStringLiteral("names no image of this server"));
    }
    return image;
}

Result<void> forget(Database &db, const QString &oldUrl) {
    const QString hash = v::storedImageHash(oldUrl);
    if (hash.isEmpty())
        return {};
    return ImageRepository(db).removeUnlessUsed(hash, oldUrl);
}

Result<std::optional<Image>> load(Database &db, const QString &hash) {
    auto stored = db.withRetry([&] { return ImageRepository(db).get(hash); });
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return std::optional<Image>();
    return std::optional<Image>(Image{(*stored)->contentType, (*stored)->bytes, (*stored)->shownByAnEvent});
}

Result<int> moveInline(Database &db) {
    int moved = 0;
    for (;;) {
        auto batch = withTransaction(db, [&](Transaction &tx) -> Result<int> {
            ImageRepository repository(db);
            auto rows = repository.inlineImages(16);
            if (!rows)
                return rows.error();
            int done = 0;
            for (const ImageRepository::Inline &row : *rows) {
                // A row that no longer passes today's checks keeps no image rather than stopping
                // the server: it could not be shown either way.
                QString url;
                if (!v::checkImage(row.dataUri)) {
                    auto interned = intern(db, row.dataUri, QStringLiteral("image"));
                    if (!interned && interned.error().code != ErrorCode::ValidationError)
                        return interned.error();
                    if (interned)
                        url = *interned;
                }
                EB_TRY(repository.replaceInline(row, url));
                ++done;
            }
            EB_TRY(tx.commit());
            return done;
        });
        if (!batch)
            return batch.error();
        if (*batch == 0)
            return moved;
        moved += *batch;
    }
}

} // namespace eventbook::services::images
