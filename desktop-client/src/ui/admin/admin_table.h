#pragma once

#include <QString>

class QTableView;
class QWidget;
class QLabel;

namespace eventbook::ui {

// The look and behaviour the admin tables share: whole-row selection, sorting by the model's
// SortRole, a stretching first column and roomy rows.
QTableView *makeAdminTable(QWidget *parent);
// A page's bold title.
QLabel *pageTitle(const QString &text, QWidget *parent);

} // namespace eventbook::ui
