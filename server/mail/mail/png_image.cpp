#include "png_image.h"

#include <QtEndian>
#include <zlib.h>

namespace eventbook::mail {
namespace {
void appendU32(QByteArray &out, quint32 v) {
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void appendChunk(QByteArray &out, const char type[4], const QByteArray &data) {
    appendU32(out, quint32(data.size()));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data);
    const auto *bytes = reinterpret_cast<const Bytef *>(out.constData() + start);
    appendU32(out, quint32(crc32(0L, bytes, uInt(out.size() - start))));
}
} // namespace

QByteArray greyscalePng(const QByteArray &pixels, int width, int height) {
    // Each row starts with its filter type (0: none); the pixels repeat so much that deflate
    // does the work.
    QByteArray raw;
    raw.reserve(qsizetype(width + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append(char(0));
        raw.append(pixels.constData() + qsizetype(y) * width, width);
    }
    uLongf packedSize = compressBound(uLong(raw.size()));
    QByteArray packed(qsizetype(packedSize), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(packed.data()), &packedSize,
                  reinterpret_cast<const Bytef *>(raw.constData()), uLong(raw.size()), Z_BEST_COMPRESSION) != Z_OK)
        return {};
    packed.resize(qsizetype(packedSize));
    QByteArray header;
    appendU32(header, quint32(width));
    appendU32(header, quint32(height));
    header.append(char(8)); // bit depth
    header.append(char(0)); // colour type: greyscale
    header.append(char(0)); // compression, filter, interlace: the only defined ones
    header.append(char(0));
    header.append(char(0));
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", packed);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace eventbook::mail
