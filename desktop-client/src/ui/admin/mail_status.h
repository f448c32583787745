#pragma once

#include "api/mail_api.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTableWidget;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

// The dashboard's line about mail (admins): whether mail goes out, how many were sent, how many
// wait and for how long, how many failed for good, and the failed ones with the mail server's
// reply in a table below.
class MailStatus : public QFrame {
    Q_OBJECT
public:
    MailStatus(client::ClientSession &session, QWidget *parent = nullptr);

    void reload();
    QString summary() const;
    QTableWidget *failedTable() const { return m_failed; }

Q_SIGNALS:
    void loaded();

private:
    void show(const client::MailOverview &o);

    client::ClientSession &m_session;
    QLabel *m_summary;
    QTableWidget *m_failed;
};

} // namespace eventbook::ui
