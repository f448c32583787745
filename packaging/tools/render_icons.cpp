// eventbook-render-icons SVG OUTDIR: renders the one SVG icon into everything the installers need —
// hicolor PNGs for Linux, a multi-size .ico for Windows and an .icns for macOS — so no icon is drawn
// twice and no platform tool (iconutil, ImageMagick) is needed. Runs at build time.
#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>
#include <cstdio>
#include <utility>
#include <vector>

namespace {
QByteArray renderPng(QSvgRenderer &svg, int size) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

template <typename T> void append(QByteArray &out, T value) {
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template <typename T> void appendBig(QByteArray &out, T value) {
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICONDIR + ICONDIRENTRY[n] + PNG images (PNG entries are valid in .ico since Windows Vista).
QByteArray ico(const std::vector<std::pair<int, QByteArray>> &images) {
    QByteArray out;
    append<quint16>(out, 0);
    append<quint16>(out, 1);
    append<quint16>(out, quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const auto &[size, png] : images) {
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        append<quint16>(out, 1);  // planes
        append<quint16>(out, 32); // bits per pixel
        append<quint32>(out, quint32(png.size()));
        append<quint32>(out, offset);
        offset += quint32(png.size());
    }
    for (const auto &image : images)
        out.append(image.second);
    return out;
}

// 'icns' + total length, then one (type, length, PNG) element per size.
QByteArray icns(const std::vector<std::pair<QByteArray, QByteArray>> &elements) {
    QByteArray body;
    for (const auto &[type, png] : elements) {
        body.append(type);
        appendBig<quint32>(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns");
    appendBig<quint32>(out, quint32(8 + body.size()));
    return out + body;
}

bool write(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "eventbook-render-icons: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char *argv[]) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: eventbook-render-icons ICON.svg OUTDIR\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "eventbook-render-icons: %s is not a valid SVG\n", argv[1]);
        return 1;
    }
    const QString out = QString::fromLocal8Bit(argv[2]);
    bool ok = true;
    std::vector<std::pair<int, QByteArray>> pngs;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
        pngs.emplace_back(size, renderPng(svg, size));
        if (size <= 512)
            ok &= write(QStringLiteral("%1/hicolor/%2x%2/apps/eventbook.png").arg(out).arg(size),
                        pngs.back().second);
    }
    const auto png = [&](int size) {
        for (const auto &[s, bytes] : pngs)
            if (s == size)
                return bytes;
        return QByteArray();
    };
    ok &= write(
        out + QStringLiteral("/eventbook.ico"),
        ico({{16, png(16)}, {24, png(24)}, {32, png(32)}, {48, png(48)}, {64, png(64)}, {256, png(256)}}));
    ok &= write(out + QStringLiteral("/eventbook.icns"), icns({{"icp4", png(16)},
                                                               {"icp5", png(32)},
                                                               {"icp6", png(64)},
                                                               {"ic07", png(128)},
                                                               {"ic08", png(256)},
                                                               {"ic09", png(512)},
                                                               {"ic10", png(1024)}}));
    return ok ? 0 : 1;
}
