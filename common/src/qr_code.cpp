#include "eventbook/common/qr_code.h"

#include <qrencode.h>

#include <memory>

namespace eventbook {
namespace {
constexpr int kQuietModules = 4;
} // namespace

std::optional<QrCode> QrCode::encode(const QByteArray &text) {
    // 8-bit mode and case-sensitive: a ticket's base64url must come back byte for byte.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code || code->width <= 0)
        return std::nullopt;
    QrCode qr;
    qr.m_size = code->width;
    qr.m_modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < qr.m_modules.size(); ++i)
        qr.m_modules[i] = char(code->data[i] & 1); // bit 0: dark; the other bits are encoder notes
    return qr;
}

QByteArray QrCode::greyscale(int scale, int *side) const {
    const int n = (m_size + 2 * kQuietModules) * scale;
    *side = n;
    QByteArray pixels(qsizetype(n) * n, char(0xff));
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!dark(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                char *row = pixels.data() + qsizetype((y + kQuietModules) * scale + dy) * n;
                std::fill_n(row + (x + kQuietModules) * scale, scale, char(0));
            }
        }
    }
    return pixels;
}

} // namespace eventbook
