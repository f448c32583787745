#include "admin_table.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace eventbook::ui {

QTableView *makeAdminTable(QWidget *parent) {
    auto *t = new QTableView(parent);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setSortingEnabled(true);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(30);
    // Columns fit their contents; each page makes one of them (name, email, title) take the rest.
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(false);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

int selectedSourceRow(const QTableView *table) {
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table->model());
    return proxy ? proxy->mapToSource(rows.first()).row() : rows.first().row();
}

void selectSourceRow(QTableView *table, int sourceRow) {
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table->model());
    const QAbstractItemModel *source = proxy ? proxy->sourceModel() : table->model();
    const QModelIndex index = source->index(sourceRow, 0);
    table->selectRow(proxy ? proxy->mapFromSource(index).row() : index.row());
}

QLabel *pageTitle(const QString &text, QWidget *parent) {
    auto *title = new QLabel(text, parent);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    return title;
}

} // namespace eventbook::ui
