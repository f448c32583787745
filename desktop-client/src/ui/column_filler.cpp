#include "column_filler.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <algorithm>

namespace eventbook::ui {

void ColumnFiller::apply(QAbstractItemView *view, QHeaderView *header, int column, int minimumChars) {
    new ColumnFiller(view, header, column, header->fontMetrics().averageCharWidth() * minimumChars);
}

ColumnFiller::ColumnFiller(QAbstractItemView *view, QHeaderView *header, int column, int minimumWidth)
    : QObject(view)
    , m_header(header)
    , m_column(column)
    , m_minimumWidth(minimumWidth)
    , m_viewport(view->viewport()) {
    header->setSectionResizeMode(column, QHeaderView::Interactive);
    m_viewport->installEventFilter(this);
    // Other columns fit their contents as rows arrive; this one follows.
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != m_column)
            QTimer::singleShot(0, this, &ColumnFiller::fit);
    });
    QTimer::singleShot(0, this, &ColumnFiller::fit);
}

bool ColumnFiller::eventFilter(QObject *watched, QEvent *event) {
    // Only a pointer comparison: events still reach the viewport while the view is being
    // destroyed, when calling into the view would be calling into a half-gone object.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFiller::fit() {
    if (m_fitting || !m_viewport || m_column >= m_header->count())
        return;
    m_fitting = true;
    int others = 0;
    for (int i = 0; i < m_header->count(); ++i)
        if (i != m_column && !m_header->isSectionHidden(i))
            others += m_header->sectionSize(i);
    const int wanted = std::max(m_minimumWidth, m_viewport->width() - others);
    if (m_header->sectionSize(m_column) != wanted)
        m_header->resizeSection(m_column, wanted);
    m_fitting = false;
}

} // namespace eventbook::ui
