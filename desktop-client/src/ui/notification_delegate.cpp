#include "notification_delegate.h"

#include "models/notification_list_model.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace eventbook::ui {
using client::NotificationListModel;

QSize NotificationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    return {300, QFontMetrics(option.font).height() * 2 + 22};
}

void NotificationDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
    const bool unread = !index.data(NotificationListModel::ReadRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect r = option.rect.adjusted(28, 8, -12, -8);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (unread) {
        p->setPen(Qt::NoPen);
        p->setBrush(selected ? text : option.palette.color(QPalette::Highlight));
        p->drawEllipse(QPointF(option.rect.left() + 14, option.rect.top() + 8 + QFontMetrics(option.font).height() / 2.0), 4, 4);
    }
    QFont title = option.font;
    title.setBold(unread);
    const QFontMetrics fm(option.font);
    const QString when = QLocale().toString(index.data(NotificationListModel::CreatedAtRole).toDateTime().toLocalTime(),
                                            QLocale::ShortFormat);
    const int whenWidth = fm.horizontalAdvance(when) + 8;
    p->setFont(title);
    p->setPen(text);
    p->drawText(QRect(r.left(), r.top(), r.width() - whenWidth, fm.height()), Qt::AlignLeft,
                QFontMetrics(title).elidedText(index.data(NotificationListModel::TitleRole).toString(), Qt::ElideRight,
                                               r.width() - whenWidth));
    p->setFont(option.font);
    QColor muted = text;
    muted.setAlphaF(0.65);
    p->setPen(muted);
    p->drawText(QRect(r.right() - whenWidth, r.top(), whenWidth, fm.height()), Qt::AlignRight, when);
    const QString body = index.data(NotificationListModel::BodyRole).toString().section(QLatin1Char('\n'), 0, 0);
    p->drawText(QRect(r.left(), r.top() + fm.height() + 4, r.width(), fm.height()), Qt::AlignLeft,
                fm.elidedText(body, Qt::ElideRight, r.width()));
    p->restore();
}

} // namespace eventbook::ui
