#pragma once

#include "eventbook/common/domain.h"
#include "models/row_table_model.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace eventbook::client {
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

    AdminEventsPage(client::ClientSession &session, ImageCache &images, QWidget *parent = nullptr);

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
    void loadPage(int page, QList<Event> sofar, quint64 request);
    void removeSelected();
    void updateButtons();

    client::ClientSession &m_session;
    ImageCache &m_images;
    Model *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_message;
    QTimer m_reloadSoon;
    quint64 m_request = 0;
    bool m_loadedOnce = false;
};

} // namespace eventbook::ui
