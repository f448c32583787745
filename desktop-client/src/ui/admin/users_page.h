#pragma once

#include "eventbook/common/domain.h"
#include "models/row_table_model.h"

#include <QTimer>
#include <QWidget>

class QAction;
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

// Admin: users, searched on the server (debounced) and paged, with their role and how many events
// it covers; any role (attendee, door staff, organiser, admin) from the Role menu, and from the
// Account menu the user's data export, anonymising and deleting (with confirmation); the server's last-admin rules come back as clear
// messages. "Notify…" writes to the selected user or to everyone.
class UsersPage : public QWidget {
    Q_OBJECT
public:
    using Model = client::RowTableModel<User>;
    static constexpr int kPageSize = 25;

    UsersPage(client::ClientSession &session, client::AdminSession &admin, QWidget *parent = nullptr);

    Model &model() { return *m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QPushButton *roleButton() const { return m_role; }
    QPushButton *accountButton() const { return m_account; }
    // The role menu's entry for `role` (disabled while no user is selected).
    QAction *roleAction(Role role) const;
    QAction *exportAction() const { return m_exportAction; }
    QAction *anonymiseAction() const { return m_anonymiseAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    // Sets the selected user's role after the same confirmation the role menu asks for.
    void chooseRole(Role role);
    // Anonymises the selected user after confirmation.
    void anonymiseSelected();
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
    void applyRole(const User &user, Role role);
    void exportSelected();
    void removeSelected();
    void compose();
    void updateButtons();
    void say(const QString &text, bool ok);

    client::ClientSession &m_session;
    client::AdminSession &m_admin;
    Model *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QPushButton *m_role;
    QPushButton *m_account;
    QAction *m_exportAction;
    QAction *m_anonymiseAction;
    QAction *m_deleteAction;
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
