#include "manifest_cursor.h"

#include "storage/sql_dialect.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace eventbook::services {
namespace {
constexpr QLatin1StringView kPrefix{"m1."};
constexpr qsizetype kMaxCursor = 64 * 1024;

Error invalidCursor() {
    return Error::make(ErrorCode::ValidationError,
                       QStringLiteral("cursor is not one this server gave out; download the manifest again "
                                      "without a cursor"));
}
} // namespace

QString ManifestCursor::encode() const {
    // A delta cursor is the mark it starts after: `since` holds it, `until` is read afresh.
    QJsonObject o;
    if (since)
        o.insert(QStringLiteral("s"), *since);
    if (!until.isEmpty())
        o.insert(QStringLiteral("u"), until);
    if (afterId > 0)
        o.insert(QStringLiteral("a"), afterId);
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return kPrefix + QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<ManifestCursor> ManifestCursor::decode(const QString &text, const storage::SqlDialect &dialect) {
    if (text.isEmpty())
        return ManifestCursor{};
    if (text.size() > kMaxCursor || !text.startsWith(kPrefix))
        return invalidCursor();
    const auto bytes = QByteArray::fromBase64Encoding(text.mid(kPrefix.size()).toLatin1(),
                                                      QByteArray::Base64UrlEncoding |
                                                          QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return invalidCursor();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalidCursor();
    const QJsonObject o = doc.object();
    ManifestCursor c;
    const QJsonValue since = o.value(QStringLiteral("s"));
    const QJsonValue until = o.value(QStringLiteral("u"));
    const QJsonValue after = o.value(QStringLiteral("a"));
    if (!since.isUndefined()) {
        if (!since.isString() || !dialect.isFeedMark(since.toString()))
            return invalidCursor();
        c.since = since.toString();
    }
    if (!until.isUndefined()) {
        if (!until.isString() || !dialect.isFeedMark(until.toString()))
            return invalidCursor();
        c.until = until.toString();
    }
    if (!after.isUndefined()) {
        if (!after.isDouble() || after.toDouble() != double(after.toInteger()) || after.toInteger() < 1)
            return invalidCursor();
        c.afterId = after.toInteger();
    }
    // A later page always knows where its listing ends.
    if (c.afterId > 0 && c.until.isEmpty())
        return invalidCursor();
    return c;
}

} // namespace eventbook::services
