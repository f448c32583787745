#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

// Beside the attendees: the event's waiting list in order (name, email, when they joined), kept
// current from the live SLOT_UPDATE counts. For the event's organisers and admins.
class QueuePanel : public QWidget {
    Q_OBJECT
public:
    explicit QueuePanel(client::ClientSession &session, QWidget *parent = nullptr);

    void showQueue(qint64 eventId);
    QTreeWidget *view() const { return m_view; }
    QLabel *title() const { return m_title; }

private:
    void reload();

    client::ClientSession &m_session;
    qint64 m_eventId = 0;
    quint64 m_request = 0; // answers for an event no longer shown are dropped
    QLabel *m_title;
    QTreeWidget *m_view;
};

} // namespace eventbook::ui
