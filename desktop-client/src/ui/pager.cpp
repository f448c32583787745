#include "pager.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace eventbook::ui {

Pager::Pager(QWidget *parent)
    : QWidget(parent) {
    m_previous = new QPushButton(tr("← Previous"), this);
    m_previous->setAccessibleName(tr("Previous page"));
    m_next = new QPushButton(tr("Next →"), this);
    m_next->setAccessibleName(tr("Next page"));
    m_label = new QLabel(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    connect(m_previous, &QPushButton::clicked, this, [this] { Q_EMIT pageRequested(std::max(1, m_page - 1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { Q_EMIT pageRequested(std::min(m_pages, m_page + 1)); });
    setPage(1, 1);
}

void Pager::setPage(int page, int pages) {
    m_pages = std::max(1, pages);
    m_page = std::clamp(page, 1, m_pages);
    m_label->setText(tr("Page %1 of %2").arg(m_page).arg(m_pages));
    m_previous->setEnabled(m_page > 1);
    m_next->setEnabled(m_page < m_pages);
}

} // namespace eventbook::ui
