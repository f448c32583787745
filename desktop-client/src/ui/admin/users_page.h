#pragma once

#include "eventbook/common/domain.h"
#include "models/row_table_model.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace eventbook::client {
class AdminSession;
class ClientSession;
}

namespace eventbook::ui {

class Pager;

// Admin: users, searched on the server (debounced) and paged; promote, demote and delete (with
// confirmation); the server's last-admin rules come back as clear messages. "Notify…" writes to
// the selected user or to everyone.
class UsersPage : public QWidget {
    Q_OBJECT
public:
    using Model = client::RowTableModel<User>;
    static constexpr int kPageSize = 25;

    UsersPage(client::ClientSession &session, client::AdminSession &admin, QWidget *parent = nullptr);

    Model &model() { return *m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QPushButton *promoteButton() const { return m_promote; }
    QPushButton *demoteButton() const { return m_demote; }
    QString message() const;
    bool selectUser(qint64 id);
    void reload();
    // Sends without the dialog (the dialog calls this too).
    void notify(std::optional<qint64> userId, const QString &title, const QString &body, const QString &type);

Q_SIGNALS:
    void usersLoaded();
    void actionFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void makeTable();
    void makeLayout();
    void wire();
    const User *selected() const;
    void setRole(bool admin);
    void applyRole(const User &user, bool admin);
    void removeSelected();
    void compose();
    void updateButtons();
    void say(const QString &text, bool ok);

    client::ClientSession &m_session;
    client::AdminSession &m_admin;
    Model *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QPushButton *m_promote;
    QPushButton *m_demote;
    QPushButton *m_delete;
    QPushButton *m_notify;
    Pager *m_pager;
    QLabel *m_message;
    QTimer m_debounce;
    int m_page = 1;
    qint64 m_total = 0;
    qint64 m_keepSelected = 0; // the selected user across a reload
    bool m_loadedOnce = false;
};

} // namespace eventbook::ui
