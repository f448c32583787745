#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QHash>
#include <QSet>

namespace eventbook::client {
class ApiClient;
}

namespace eventbook::ui {

// Event and avatar images for the views: the server's stored images (/api/images/…, kept on disk
// across restarts by ApiClient's image cache), http(s) images fetched once through the server's
// image proxy, data URIs (a picked file before it is saved) decoded here; all without blocking the
// UI, kept in a bounded cache.
// pixmap() answers at once (null while loading) and imageReady() says when to repaint.
class ImageCache : public QObject {
    Q_OBJECT
public:
    explicit ImageCache(client::ApiClient &api, QObject *parent = nullptr);

    QPixmap pixmap(const QString &image);
    // The same, scaled to `size` (device pixels) with smooth filtering; kept, so a repaint (a
    // seat count changing, a scroll) does not scale the image again.
    QPixmap pixmap(const QString &image, const QSize &size, Qt::AspectRatioMode mode);

    // Why `image` could not be shown (unreachable, not an image, …); empty while loading or fine.
    QString failure(const QString &image) const;

Q_SIGNALS:
    void imageReady(const QString &image);

private:
    static QString keyFor(const QString &image);

    client::ApiClient &m_api;
    QCache<QString, QPixmap> m_cache{64 * 1024};  // cost in KiB: about 64 MB of pixels
    QCache<QString, QPixmap> m_scaled{16 * 1024}; // the scaled copies views ask for
    QSet<QString> m_loading;
    QHash<QString, QString> m_failed; // key → what went wrong
};

} // namespace eventbook::ui
