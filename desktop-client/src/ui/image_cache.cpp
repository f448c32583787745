#include "image_cache.h"

#include "eventbook/common/validation.h"

#include "api/api_client.h"

#include <QImage>
#include <QPointer>
#include <QUrl>

namespace eventbook::ui {
namespace {
QPixmap decode(const QByteArray &bytes) {
    QImage image;
    if (!image.loadFromData(bytes))
        return {};
    // Cards and panes never need more than this; big uploads would only cost memory.
    if (image.width() > 1200)
        image = image.scaledToWidth(1200, Qt::SmoothTransformation);
    return QPixmap::fromImage(image);
}
} // namespace

ImageCache::ImageCache(client::ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api) {}

QString ImageCache::keyFor(const QString &image) {
    // Data URIs run to megabytes and views ask on every paint: a fast 64-bit hash and the length
    // stand for them.
    return image.size() < 256 ? image
                              : QString::number(image.size()) + QLatin1Char(':') +
                                    QString::number(qHash(image, 0x45b00c), 16);
}

QPixmap ImageCache::pixmap(const QString &image, const QSize &size, Qt::AspectRatioMode mode) {
    if (size.isEmpty())
        return {};
    const QString key = keyFor(image) + QStringLiteral("@%1x%2/%3").arg(size.width()).arg(size.height()).arg(int(mode));
    if (QPixmap *hit = m_scaled.object(key))
        return *hit;
    const QPixmap full = pixmap(image);
    if (full.isNull())
        return {};
    const QPixmap scaled = full.scaled(size, mode, Qt::SmoothTransformation);
    m_scaled.insert(key, new QPixmap(scaled), std::max<qsizetype>(1, qsizetype(scaled.width()) * scaled.height() * 4 / 1024));
    return scaled;
}

QString ImageCache::failure(const QString &image) const {
    return m_failed.value(keyFor(image));
}

QPixmap ImageCache::pixmap(const QString &image) {
    if (image.isEmpty())
        return {};
    const QString key = keyFor(image);
    if (QPixmap *hit = m_cache.object(key))
        return *hit;
    if (m_failed.contains(key) || m_loading.contains(key))
        return {};
    auto store = [this, key](const QPixmap &p, const QString &problem = QString()) {
        if (p.isNull()) {
            m_failed.insert(key, problem.isEmpty() ? tr("The file is not an image this app can show.") : problem);
            return;
        }
        m_cache.insert(key, new QPixmap(p), std::max<qsizetype>(1, qsizetype(p.width()) * p.height() * 4 / 1024));
    };
    if (image.startsWith(QLatin1StringView("data:"))) {
        const qsizetype comma = image.indexOf(QLatin1Char(','));
        store(decode(QByteArray::fromBase64(image.mid(comma + 1).toLatin1())));
        return m_cache.contains(key) ? *m_cache.object(key) : QPixmap();
    }
    if (image.startsWith(validation::kStoredImagePrefix)) { // stored by the server, kept on disk
        m_loading.insert(key);
        m_api.storedImage(image, [self = QPointer<ImageCache>(this), key, image, store](const Result<QByteArray> &bytes, bool) {
            if (!self)
                return;
            self->m_loading.remove(key);
            store(bytes ? decode(*bytes) : QPixmap(), bytes ? QString() : bytes.error().message);
            Q_EMIT self->imageReady(image);
        });
        return {};
    }
    const QUrl url(image);
    if (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https")) {
        m_failed.insert(key, tr("Only http:// and https:// addresses can be shown."));
        return {};
    }
    m_loading.insert(key);
    m_api.proxiedImage(url, {this, [this, key, image, store](const Result<QByteArray> &bytes) {
        m_loading.remove(key);
        if (bytes)
            store(decode(*bytes));
        else
            store(QPixmap(), bytes.error().message);
        Q_EMIT imageReady(image);
    }});
    return {};
}

} // namespace eventbook::ui
