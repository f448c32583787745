#pragma once

#include <QByteArray>

namespace eventbook::mail {

// An 8-bit greyscale PNG (zlib for the compression and the CRCs): the server draws no other
// pictures, so this is cheaper than linking Qt's GUI module into a headless server.
QByteArray greyscalePng(const QByteArray &pixels, int width, int height);

} // namespace eventbook::mail
