#pragma once

#include <QStyledItemDelegate>

namespace eventbook::ui {

// One inbox row: a dot and bold title while unread, the time, and the first line of the text.
class NotificationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace eventbook::ui
