#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

// My bookings → Waiting lists: the full events I wait for, my place in each (live as people
// ahead leave or get a seat), and Leave.
class WaitlistTab : public QWidget {
    Q_OBJECT
public:
    explicit WaitlistTab(client::ClientSession &session, QWidget *parent = nullptr);

    QTreeWidget *view() const { return m_view; }
    QPushButton *leaveButton() const { return m_leave; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    void countChanged(int places);

private:
    void fill();
    void leaveSelected();

    client::ClientSession &m_session;
    QTreeWidget *m_view;
    QPushButton *m_leave;
    QLabel *m_message;
};

} // namespace eventbook::ui
