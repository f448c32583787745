#pragma once

#include <QImage>
#include <QString>

namespace eventbook::ui {

// The text of the QR code in a picture (a photo of a ticket, a screenshot, a saved ticket.png),
// read with zxing-cpp; empty when there is none.
QString readQrCode(const QImage &image);

} // namespace eventbook::ui
