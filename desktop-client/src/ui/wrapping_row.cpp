#include "wrapping_row.h"

#include <QBoxLayout>
#include <QResizeEvent>
#include <algorithm>

namespace eventbook::ui {

WrappingRow::WrappingRow(QWidget *parent)
    : QWidget(parent) {
    m_rows = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_rows->setContentsMargins(0, 0, 0, 0);
    // The widget answers for its own minimum (the wrapped one), not the one-line layout's.
    m_rows->setSizeConstraint(QLayout::SetNoConstraint);
    m_first = new QHBoxLayout;
    m_second = new QHBoxLayout;
    m_rows->addLayout(m_first, 1);
    m_rows->addLayout(m_second);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

bool WrappingRow::wrapped() const {
    return m_rows->direction() == QBoxLayout::TopToBottom;
}

void WrappingRow::shareWidthEvenly() {
    m_rows->setStretchFactor(m_second, 1);
}

int WrappingRow::oneLineWidth() const {
    // The second part at its natural size: buttons and filters are not squeezed to fit one line.
    return m_first->minimumSize().width() + m_rows->spacing() + m_second->sizeHint().width();
}

QSize WrappingRow::minimumSizeHint() const {
    const int width = std::max(m_first->minimumSize().width(), m_second->minimumSize().width());
    const int oneLine = std::max(m_first->minimumSize().height(), m_second->minimumSize().height());
    const int twoLines = m_first->minimumSize().height() + m_rows->spacing() + m_second->minimumSize().height();
    return {width, wrapped() ? twoLines : oneLine};
}

QSize WrappingRow::sizeHint() const {
    const QSize one(m_first->sizeHint().width() + m_rows->spacing() + m_second->sizeHint().width(),
                    std::max(m_first->sizeHint().height(), m_second->sizeHint().height()));
    if (!wrapped())
        return one;
    return {one.width(), m_first->sizeHint().height() + m_rows->spacing() + m_second->sizeHint().height()};
}

void WrappingRow::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    arrange(event->size().width());
}

void WrappingRow::arrange(int width) {
    const auto direction = width < oneLineWidth() ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (direction == m_rows->direction())
        return;
    m_rows->setDirection(direction);
    // The height changed: the parent's layout must ask again.
    updateGeometry();
}

} // namespace eventbook::ui
