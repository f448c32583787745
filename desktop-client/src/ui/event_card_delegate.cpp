#include "event_card_delegate.h"

#include "event_text.h"
#include "image_cache.h"
#include "models/event_list_model.h"
#include "seat_bar.h"

#include <QPainter>
#include <QPainterPath>

namespace eventbook::ui {
using client::EventListModel;

EventCardDelegate::EventCardDelegate(ImageCache &images, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_images(images) {}

QSize EventCardDelegate::cardSize() {
    return {222, 244};
}

QSize EventCardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const {
    return cardSize() + QSize(12, 12);
}

void EventCardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const {
    const QPalette &pal = option.palette;
    const QRect card = QRect(option.rect.topLeft() + QPoint(6, 6), cardSize());
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    QPainterPath shape;
    shape.addRoundedRect(card, 10, 10);
    p->fillPath(shape, pal.color(QPalette::Base));
    p->setPen(QPen(selected || focused ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2 : 1));
    p->drawPath(shape);

    // Banner.
    const QRect banner(card.left(), card.top(), card.width(), 112);
    p->save();
    QPainterPath top;
    top.setFillRule(Qt::WindingFill);
    top.addRoundedRect(banner, 10, 10);
    top.addRect(banner.adjusted(0, 10, 0, 0));
    p->setClipPath(top);
    const QPixmap scaled = m_images.pixmap(index.data(EventListModel::ImageRole).toString(),
                                           banner.size() * p->device()->devicePixelRatioF(),
                                           Qt::KeepAspectRatioByExpanding);
    if (!scaled.isNull()) {
        const qreal dpr = p->device()->devicePixelRatioF();
        const QRectF source((scaled.width() - banner.width() * dpr) / 2, (scaled.height() - banner.height() * dpr) / 2,
                            banner.width() * dpr, banner.height() * dpr);
        p->drawPixmap(QRectF(banner), scaled, source);
    } else {
        QLinearGradient g(banner.topLeft(), banner.bottomRight());
        g.setColorAt(0, pal.color(QPalette::Highlight).lighter(130));
        g.setColorAt(1, pal.color(QPalette::Highlight).darker(130));
        p->fillRect(banner, g);
    }
    p->restore();

    const int available = index.data(EventListModel::AvailableSlotsRole).toInt();
    const int total = index.data(EventListModel::TotalSlotsRole).toInt();
    const bool booked = index.data(EventListModel::BookedRole).toBool();
    const bool past = index.data(EventListModel::PastRole).toBool();

    // Badge.
    const QString badge = past ? EventText::pastBadge() : booked ? EventText::bookedBadge()
                                                     : available <= 0 ? EventText::fullBadge() : QString();
    if (!badge.isEmpty()) {
        QFont f = option.font;
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        p->setFont(f);
        const QRect text = QFontMetrics(f).boundingRect(badge).adjusted(-8, -3, 8, 3);
        const QRect pill(banner.right() - text.width() - 10, banner.top() + 10, text.width(), text.height());
        const QColor colour = past ? QColor(0x6b, 0x72, 0x80) : booked ? QColor(0x16, 0xa3, 0x4a) : QColor(0xdc, 0x26, 0x26);
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        p->setPen(Qt::white);
        p->drawText(pill, Qt::AlignCenter, badge);
    }

    // Text.
    const QRect body = card.adjusted(14, banner.height() + 10, -14, -12);
    QFont title = option.font;
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.12);
    p->setFont(title);
    p->setPen(pal.color(QPalette::Text));
    const QFontMetrics tm(title);
    p->drawText(QRect(body.left(), body.top(), body.width(), tm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                tm.elidedText(index.data(EventListModel::TitleRole).toString(), Qt::ElideRight, body.width()));
    p->setFont(option.font);
    const QFontMetrics fm(option.font);
    QColor muted = pal.color(QPalette::Text);
    muted.setAlphaF(0.68);
    p->setPen(muted);
    int y = body.top() + tm.height() + 6;
    const QString when = EventText::shortWhen(index.data(EventListModel::DateRole).toDateTime());
    p->drawText(QRect(body.left(), y, body.width(), fm.height()), Qt::AlignLeft, fm.elidedText(when, Qt::ElideRight, body.width()));
    y += fm.height() + 2;
    p->drawText(QRect(body.left(), y, body.width(), fm.height()), Qt::AlignLeft,
                fm.elidedText(index.data(EventListModel::LocationRole).toString(), Qt::ElideRight, body.width()));

    // Seats.
    const int barTop = body.bottom() - fm.height() - 12;
    SeatBar::paint(*p, QRect(body.left(), barTop, body.width(), 7), available, total, pal);
    p->setPen(available <= 0 ? QColor(0xdc, 0x26, 0x26) : muted);
    p->drawText(QRect(body.left(), barTop + 11, body.width(), fm.height()), Qt::AlignLeft,
                fm.elidedText(SeatBar::caption(available, total, index.data(EventListModel::WaitlistRole).toInt()),
                              Qt::ElideRight, body.width()));
    p->restore();
}

} // namespace eventbook::ui
