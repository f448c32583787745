#include "page_cache.h"

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
    QMutexLocker lock(&m_mutex);
    // Pages of an older version are dead weight; when full, start afresh rather than track age.
    if (m_entries.size() >= kMaxEntries && !m_entries.contains(key))
        m_entries.clear();
    m_entries.insert(key, Entry{version, page});
    return page;
}

void PageCache::clear() {
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
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
        if (candidate == etag)
            return true;
    }
    return false;
}

} // namespace eventbook::http
