#include "page_cache.h"

#include "compression.h"

#include <QCryptographicHash>

namespace eventbook::http {

std::optional<PageCache::Page> PageCache::find(const QByteArray &key, const QByteArray &version) const {
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd() || it->version != version)
        return std::nullopt;
    return it->page;
}

PageCache::Page PageCache::store(const QByteArray &key, const QByteArray &version, QByteArray body) {
    Page page;
    page.etag = '"' +
                QCryptographicHash::hash(body, QCryptographicHash::Sha256)
                    .left(18)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                '"';
    page.body = std::move(body);
    if (page.body.size() >= kGzipMinBytes)
        page.gzipBody = gzipCompress(page.body); // on the pool thread, once per fill
    const qint64 size = page.body.size() + page.gzipBody.size() + key.size() + version.size();
    QMutexLocker lock(&m_mutex);
    if (const auto old = m_entries.constFind(key); old != m_entries.constEnd())
        m_bytes -= old->page.body.size() + old->page.gzipBody.size() + key.size() + old->version.size();
    // Pages of an older version are dead weight; when full, start afresh rather than track age.
    if (m_entries.size() >= kMaxEntries || m_bytes + size > kMaxBytes) {
        m_entries.clear();
        m_bytes = 0;
    }
    if (size <= kMaxBytes / 4) {
        m_entries.insert(key, Entry{version, page});
        m_bytes += size;
    } else {
        m_entries.remove(key);
    }
    return page;
}

void PageCache::clear() {
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_bytes = 0;
}

bool PageCache::matches(const QByteArray &ifNoneMatch, const QByteArray &etag) {
    if (ifNoneMatch.isEmpty())
        return false;
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate == "*")
            return true;
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (identityEtag(candidate) == etag)
            return true;
    }
    return false;
}

} // namespace eventbook::http
