#include "seat_bar.h"

#include <QPainter>
#include <QPainterPath>

namespace eventbook::ui {

SeatBar::SeatBar(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SeatBar::setSeats(int available, int total) {
    m_available = available;
    m_total = total;
    setAccessibleName(caption(available, total));
    setToolTip(caption(available, total));
    update();
}

QSize SeatBar::sizeHint() const {
    return {200, 10};
}

QString SeatBar::caption(int available, int total, int waiting) {
    if (total <= 0)
        return QString();
    if (available <= 0 && waiting > 0)
        return tr("Sold out · %n on the waiting list", "", waiting);
    if (available <= 0)
        return tr("Sold out");
    return tr("%1 of %2 seats left").arg(available).arg(total);
}

void SeatBar::paint(QPainter &p, const QRect &bar, int available, int total, const QPalette &palette) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal radius = bar.height() / 2.0;
    QColor track = palette.color(QPalette::Mid);
    track.setAlpha(90);
    p.setPen(Qt::NoPen);
    p.setBrush(track);
    p.drawRoundedRect(bar, radius, radius);
    if (total > 0) {
        const double taken = double(total - std::max(0, available)) / total;
        QColor fill = available <= 0 ? QColor(0xdc, 0x26, 0x26)
                      : available * 10 <= total ? QColor(0xf5, 0x9e, 0x0b)
                                                : QColor(0x16, 0xa3, 0x4a);
        QRectF done(bar);
        done.setWidth(std::max(taken > 0 ? bar.height() : 0.0, bar.width() * taken));
        p.setBrush(fill);
        p.drawRoundedRect(done, radius, radius);
    }
    p.restore();
}

void SeatBar::paintEvent(QPaintEvent *) {
    QPainter p(this);
    paint(p, rect().adjusted(0, 1, 0, -1), m_available, m_total, palette());
}

} // namespace eventbook::ui
