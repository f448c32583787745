#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <optional>

namespace eventbook::http {

// Serialised public pages (the event list and event details), keyed by the normalised query
// and valid for one data version (storage::Database::dataVersion): an entry filled before a
// write is never served after it. Bounded; shared by the pool threads.
class PageCache {
public:
    static constexpr int kMaxEntries = 4096;
    // Pages can carry data-URI images; bound the bytes too, whatever queries clients invent.
    static constexpr qint64 kMaxBytes = 48LL * 1024 * 1024;

    struct Page {
        QByteArray body;
        QByteArray gzipBody; // the body gzipped once, when it is large enough to be worth it
        QByteArray etag;     // quoted, from the body's hash
    };

    std::optional<Page> find(const QByteArray &key, const QByteArray &version) const;
    Page store(const QByteArray &key, const QByteArray &version, QByteArray body);
    void clear();

    // True when an If-None-Match header lists this ETag or its gzip variant (or is "*").
    static bool matches(const QByteArray &ifNoneMatch, const QByteArray &etag);

private:
    struct Entry {
        QByteArray version;
        Page page;
    };
    mutable QMutex m_mutex;
    QHash<QByteArray, Entry> m_entries;
    qint64 m_bytes = 0;
};

} // namespace eventbook::http
