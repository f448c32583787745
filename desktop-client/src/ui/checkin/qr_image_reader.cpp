#include "qr_image_reader.h"

#include <ZXing/ReadBarcode.h>

namespace eventbook::ui {

QString readQrCode(const QImage &image) {
    if (image.isNull())
        return {};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);   // photos: tilted, small, unevenly lit
    hints.setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    // The raw bytes: a ticket is ASCII, and zxing-cpp 1.4's text() is still a wide string.
    const ZXing::ByteArray &bytes = result.bytes();
    return QString::fromLatin1(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

} // namespace eventbook::ui
