#pragma once

#include <QByteArray>
#include <optional>

namespace eventbook {

// A QR code's modules (libqrencode), for the server's ticket.png and the app's ticket view.
// Error correction M: a ticket stays readable with a crease or a smudge, and an EB1 ticket still
// fits a small version.
class QrCode {
public:
    // Empty when the text cannot be encoded (too long for any QR version).
    static std::optional<QrCode> encode(const QByteArray &text);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(qsizetype(y) * m_size + x) != 0; }

    // An 8-bit greyscale picture: `scale` pixels per module and a quiet zone of four modules,
    // black on white. Rows top to bottom, one byte per pixel.
    QByteArray greyscale(int scale, int *side) const;

private:
    int m_size = 0;
    QByteArray m_modules;
};

} // namespace eventbook
