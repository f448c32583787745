#include "image_file.h"

#include "eventbook/common/validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace eventbook::ui {
namespace {
class ImageFileText {
    Q_DECLARE_TR_FUNCTIONS(ImageFile)
};

QString mimeFor(validation::ImageType type) {
    switch (type) {
    case validation::ImageType::Png:
        return QStringLiteral("png");
    case validation::ImageType::Jpeg:
        return QStringLiteral("jpeg");
    case validation::ImageType::Gif:
        return QStringLiteral("gif");
    case validation::ImageType::Webp:
        return QStringLiteral("webp");
    case validation::ImageType::Avif:
        return QStringLiteral("avif");
    case validation::ImageType::None:
        break;
    }
    return {};
}
} // namespace

QString ImageFile::nameFilter() {
    return ImageFileText::tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.avif)");
}

Result<QString> ImageFile::toDataUri(const QString &path) {
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::BadRequest,
                           ImageFileText::tr("Cannot open %1: %2").arg(name, file.errorString()));
    if (file.size() > kMaxBytes)
        return Error::make(ErrorCode::BadRequest,
                           ImageFileText::tr("%1 is %2; images can be at most %3.")
                               .arg(name, QLocale().formattedDataSize(file.size()),
                                    QLocale().formattedDataSize(kMaxBytes)));
    const QByteArray bytes = file.read(kMaxBytes + 1);
    const QString mime = mimeFor(validation::sniffImage(bytes));
    if (mime.isEmpty())
        return Error::make(ErrorCode::BadRequest,
                           ImageFileText::tr("%1 is not a PNG, JPEG, GIF, WebP or AVIF image.").arg(name));
    return QString(QStringLiteral("data:image/") + mime + QStringLiteral(";base64,") + QString::fromLatin1(bytes.toBase64()));
}

} // namespace eventbook::ui
