#pragma once

#include <QString>

class QTableView;
class QWidget;
class QLabel;

namespace eventbook::ui {

// The look and behaviour the admin tables share: whole-row selection, sorting by the model's
// SortRole, a stretching first column and roomy rows.
QTableView *makeAdminTable(QWidget *parent);
// The selected row in the table's source model (under its sort proxy), or -1.
int selectedSourceRow(const QTableView *table);
// Selects the view row showing `sourceRow` of the source model.
void selectSourceRow(QTableView *table, int sourceRow);
// A page's bold title.
QLabel *pageTitle(const QString &text, QWidget *parent);

} // namespace eventbook::ui
