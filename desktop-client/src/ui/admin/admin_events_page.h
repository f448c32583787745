#pragma once

#include "eventbook/common/domain.h"
#include "models/row_table_model.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace eventbook::client {
class AdminSession;
class ClientSession;
}

namespace eventbook::ui {

class ImageCache;

// Admin: every event (past ones too) in a sortable, searchable table that follows live seat
// counts; New / Edit open the editor, Delete says how many bookings it cancels.
class AdminEventsPage : public QWidget {
    Q_OBJECT
public:
    using Model = client::RowTableModel<Event>;

    AdminEventsPage(client::ClientSession &session, client::AdminSession &admin, ImageCache &images,
                    QWidget *parent = nullptr);

    Model &model() { return *m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QPushButton *newButton() const { return m_new; }
    void reload();
    // Opens the editor (modal) for a new event or the one with this id.
    void edit(qint64 id);
    const Event *selected() const;

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void makeTable();
    void makeLayout();
    void wire();
    void removeSelected();
    void showTeam();
    void updateButtons();

    client::ClientSession &m_session;
    client::AdminSession &m_admin;
    ImageCache &m_images;
    Model *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_team;
    QLabel *m_message;
    qint64 m_keepSelected = 0; // the selected event across a reload
};

} // namespace eventbook::ui
