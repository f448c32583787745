#pragma once

#include "api/admin_api.h"
#include "models/row_table_model.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace eventbook::client {
class AdminSession;
}

namespace eventbook::ui {

class Pager;

// Admin: the audit log, newest first, paged, filtered by action, actor, target type and a date
// range; the selected entry's details (the JSON the server recorded) in a pane below.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    using Model = client::RowTableModel<AuditEntry>;
    static constexpr int kPageSize = 50;

    explicit AuditPage(client::AdminSession &admin, QWidget *parent = nullptr);

    Model &model() { return *m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *actionFilter() const { return m_action; }
    QComboBox *targetFilter() const { return m_target; }
    QLineEdit *actorFilter() const { return m_actor; }
    QPushButton *applyButton() const { return m_apply; }
    QString details() const;
    int total() const { return m_total; }
    void reload();

Q_SIGNALS:
    void logLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void makeTable();
    void makeFilters();
    void makeLayout();
    void wire();
    client::AuditQuery query() const;
    void showDetails();

    client::AdminSession &m_admin;
    Model *m_model;
    QTableView *m_table;
    QComboBox *m_action;
    QLineEdit *m_actor;
    QComboBox *m_target;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QPushButton *m_apply;
    QPlainTextEdit *m_details;
    Pager *m_pager;
    QLabel *m_message;
    int m_page = 1;
    int m_total = 0;
    bool m_loadedOnce = false;
};

} // namespace eventbook::ui
