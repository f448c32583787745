#include "image_repository.h"

#include "eventbook/common/validation.h"

#include "time_codec.h"

namespace eventbook::storage {

Result<void> ImageRepository::put(const QString &hash, const QByteArray &contentType, const QByteArray &bytes) {
    auto q = m_db.prepare(QStringLiteral("INSERT INTO images (hash, content_type, bytes, created_at) "
                                         "VALUES (:h, :t, :b, :now) ON CONFLICT (hash) DO NOTHING"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":h"), hash)
        .bind(QStringLiteral(":t"), QString::fromLatin1(contentType))
        .bind(QStringLiteral(":b"), bytes)
        .bind(QStringLiteral(":now"), nowMs());
    return q->exec("store an image");
}

Result<std::optional<StoredImage>> ImageRepository::get(const QString &hash) {
    auto q = m_db.prepare(QStringLiteral("SELECT content_type, bytes, "
                                         "EXISTS (SELECT 1 FROM events WHERE image = :u) FROM images WHERE hash = :h"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), QString(validation::kStoredImagePrefix + hash)).bind(QStringLiteral(":h"), hash);
    EB_TRY(q->exec("read an image"));
    if (!q->next())
        return std::optional<StoredImage>();
    return std::optional<StoredImage>(
        StoredImage{q->value(0).toString().toLatin1(), q->value(1).toByteArray(), q->value(2).toBool()});
}

Result<bool> ImageRepository::exists(const QString &hash) {
    auto q = m_db.prepare(QStringLiteral("SELECT 1 FROM images WHERE hash = :h"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":h"), hash);
    EB_TRY(q->exec("find an image"));
    return q->next();
}

Result<void> ImageRepository::removeUnlessUsed(const QString &hash, const QString &url) {
    auto q = m_db.prepare(QStringLiteral("DELETE FROM images WHERE hash = :h "
                                         "AND NOT EXISTS (SELECT 1 FROM events WHERE image = :u1) "
                                         "AND NOT EXISTS (SELECT 1 FROM users WHERE avatar_url = :u2)"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":h"), hash).bind(QStringLiteral(":u1"), url).bind(QStringLiteral(":u2"), url);
    return q->exec("remove an unused image");
}

Result<QList<ImageRepository::Inline>> ImageRepository::inlineImages(int limit) {
    auto q = m_db.prepare(QStringLiteral(
        "SELECT 0, id, image FROM events WHERE image LIKE 'data:%' "
        "UNION ALL SELECT 1, id, avatar_url FROM users WHERE avatar_url LIKE 'data:%' LIMIT :n"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":n"), limit);
    EB_TRY(q->exec("find inline images"));
    QList<Inline> out;
    while (q->next())
        out.append(Inline{q->value(0).toInt() == 1, q->value(1).toLongLong(), q->value(2).toString()});
    return out;
}

Result<void> ImageRepository::replaceInline(const Inline &row, const QString &url) {
    auto q = m_db.prepare(row.avatar ? QStringLiteral("UPDATE users SET avatar_url = :u WHERE id = :id AND avatar_url = :old")
                                     : QStringLiteral("UPDATE events SET image = :u WHERE id = :id AND image = :old"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":u"), url).bind(QStringLiteral(":id"), row.id).bind(QStringLiteral(":old"), row.dataUri);
    return q->exec("move an inline image");
}

} // namespace eventbook::storage
