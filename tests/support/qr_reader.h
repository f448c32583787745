#pragma once

#include <QImage>
#include <QString>
#include <ZXing/ReadBarcode.h>

namespace eventbook::test {

// The independent reader tickets are checked with: zxing-cpp on the decoded picture, as a phone
// or a door scanner would read it. Empty when no QR code is found.
inline QString readQrCode(const QImage &image) {
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    // The raw bytes: a ticket is ASCII, and zxing-cpp 1.4's text() is still a wide string.
    const ZXing::ByteArray &bytes = result.bytes();
    return QString::fromLatin1(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

} // namespace eventbook::test
