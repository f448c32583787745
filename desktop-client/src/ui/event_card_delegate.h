#pragma once

#include <QStyledItemDelegate>

namespace eventbook::ui {

class ImageCache;

// Paints an event as a card: banner image, title, date and place, a seat bar that follows the
// model live, and a badge for booked, sold out or past.
class EventCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit EventCardDelegate(ImageCache &images, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QSize cardSize();

private:
    ImageCache &m_images;
};

} // namespace eventbook::ui
