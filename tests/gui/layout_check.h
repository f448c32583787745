#pragma once

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStringList>
#include <QWidget>

namespace eventbook::test {

inline bool insideScrollArea(const QWidget *w, const QWidget *top) {
    for (const QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget())
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    return false;
}

// Widgets in `top` shown smaller than they need, or wrapped text cut off; one line each, for the message.
inline QStringList clippedWidgets(QWidget *top) {
    QStringList out;
    const QList<QWidget *> all = top->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisibleTo(top) || w->isWindow())
            continue;
        // Scroll bars, headers and a view's viewport are sized by their view, not by a layout;
        // a combo or spin box sizes its own line edit.
        if (qobject_cast<QScrollBar *>(w) || qobject_cast<QHeaderView *>(w) ||
            qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            w->objectName() == QLatin1StringView("qt_scrollarea_viewport") ||
            w->objectName().startsWith(QLatin1StringView("qt_")))
            continue;
        const QString name = QStringLiteral("%1 \"%2\" (%3)")
                                 .arg(QString::fromLatin1(w->metaObject()->className()),
                                      qobject_cast<QLabel *>(w)     ? qobject_cast<QLabel *>(w)->text().left(40)
                                      : qobject_cast<QPushButton *>(w) ? qobject_cast<QPushButton *>(w)->text()
                                                                       : w->accessibleName(),
                                      w->objectName());
        const QSize hint = w->minimumSizeHint();
        const QSize need(std::max(hint.width(), w->minimumWidth()), std::max(hint.height(), w->minimumHeight()));
        if (hint.isValid() && (w->width() < need.width() || w->height() < need.height()))
            out << QStringLiteral("%1: %2x%3 < %4x%5").arg(name).arg(w->width()).arg(w->height()).arg(need.width()).arg(need.height());
        if (auto *label = qobject_cast<QLabel *>(w); label && label->wordWrap() && !label->text().isEmpty() &&
                                                    label->heightForWidth(label->width()) > label->height())
            out << QStringLiteral("%1: wrapped text needs %2 px, has %3").arg(name).arg(label->heightForWidth(label->width())).arg(label->height());
        // A form or panel that scrolls sideways has something too wide in it (item views may).
        if (auto *area = qobject_cast<QScrollArea *>(w); area && area->horizontalScrollBar()->isVisible())
            out << QStringLiteral("%1: scrolls sideways").arg(name);
        if (!insideScrollArea(w, top)) {
            const QRect inTop(w->mapTo(top, QPoint(0, 0)), w->size());
            if (!top->rect().contains(inTop))
                out << QStringLiteral("%1: outside the window").arg(name);
        }
    }
    return out;
}

} // namespace eventbook::test
