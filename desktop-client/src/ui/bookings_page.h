#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace eventbook::client {
class ClientSession;
class BookingListModel;
}

namespace eventbook::ui {

class WaitlistTab;

class BookingTableModel;
class TicketDialog;

// My bookings: upcoming (with Cancel) and past, each a sortable table that follows live seats.
class BookingsPage : public QWidget {
    Q_OBJECT
public:
    explicit BookingsPage(client::ClientSession &session, QWidget *parent = nullptr);

    QTreeView *upcomingView() const { return m_upcoming; }
    QTreeView *pastView() const { return m_past; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *ticketButton() const { return m_ticket; }
    // Opens the selected upcoming booking's ticket; null when none is selected.
    TicketDialog *showTicket();
    QTabWidget *tabs() const { return m_tabs; }
    WaitlistTab *waitingTab() const { return m_waiting; }

private:
    QTreeView *makeView(client::BookingListModel &model);
    void cancelSelected();
    void cancelEvent(qint64 eventId, const QString &title);
    void updateState();

    client::ClientSession &m_session;
    QTabWidget *m_tabs;
    QTreeView *m_upcoming;
    QTreeView *m_past;
    WaitlistTab *m_waiting;
    QPushButton *m_cancel;
    QPushButton *m_ticket;
    QLabel *m_message;
    bool m_keepMessage = false;
};

} // namespace eventbook::ui
