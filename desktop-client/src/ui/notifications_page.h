#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

// The inbox: newest first, unread in bold, the selected message's text below; mark one or all read.
class NotificationsPage : public QWidget {
    Q_OBJECT
public:
    explicit NotificationsPage(client::ClientSession &session, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QPushButton *markAllButton() const { return m_markAll; }

private:
    void showSelected();
    void updateState();

    client::ClientSession &m_session;
    QListView *m_list;
    QLabel *m_body;
    QLabel *m_empty;
    QPushButton *m_markRead;
    QPushButton *m_markAll;
};

} // namespace eventbook::ui
