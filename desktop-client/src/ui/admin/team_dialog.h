#pragma once

#include "api/team_api.h"
#include "eventbook/common/domain.h"
#include "models/row_table_model.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

// The team of one event: its organisers and door staff. An organiser adds door staff by email
// (the person must have the staff role); an admin also adds organisers and removes anyone. Each
// change reaches the person's open app at once (their navigation follows).
class TeamDialog : public QDialog {
    Q_OBJECT
public:
    using Model = client::RowTableModel<TeamMember>;

    TeamDialog(client::ClientSession &session, const Event &event, QWidget *parent = nullptr);

    Model &model() { return *m_model; }
    QLineEdit *emailField() const { return m_email; }
    QPushButton *addButton() const { return m_add; }
    QString message() const;
    void reload();
    void removeSelected();

Q_SIGNALS:
    void teamLoaded();
    void actionFinished(bool ok);

private:
    void add();
    void updateButtons();
    void say(const QString &text, bool ok);

    client::ClientSession &m_session;
    Event m_event;
    Model *m_model;
    QTableView *m_table;
    QLineEdit *m_email;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_message;
};

} // namespace eventbook::ui
