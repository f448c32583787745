#pragma once

#include "eventbook/common/domain.h"
#include "models/row_table_model.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace eventbook::client {
class AdminSession;
class ClientSession;
}

namespace eventbook::ui {

class AdminEventsPage;
class QueuePanel;

// The attendees of one event (name, email, booked at, status), updated live as bookings arrive
// or are cancelled; the server's CSV export saved to a file with progress. Admins pick any event;
// organisers and door staff the events they work on, and staff see names and states only.
class AttendeesPage : public QWidget {
    Q_OBJECT
public:
    using Model = client::RowTableModel<Booking>;

    AttendeesPage(client::ClientSession &session, client::AdminSession &admin, AdminEventsPage &events,
                  QWidget *parent = nullptr);

    Model &model() { return *m_model; }
    QComboBox *eventPicker() const { return m_event; }
    QueuePanel *queue() const { return m_queue; }
    bool showEventAttendees(qint64 eventId);
    qint64 eventId() const;
    // Saves the CSV (this event's, or every booking's) to `path`; exportFinished() tells how it went.
    void exportTo(const QString &path, bool allEvents);
    QString message() const;
    // Where the save dialog starts: the last folder used, else Documents/Downloads/home.
    QString suggestedExportPath(bool allEvents) const;

Q_SIGNALS:
    void attendeesLoaded();
protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

private:
    void makeTable();
    void makeLayout();
    void wire();
    void fillEvents();
    void reload();
    void chooseFileAndExport(bool allEvents);
    void applyRole();

    client::ClientSession &m_session;
    client::AdminSession &m_admin;
    AdminEventsPage &m_events;
    Model *m_model;
    QComboBox *m_event;
    QTableView *m_table;
    QueuePanel *m_queue;
    QPushButton *m_exportOne;
    QPushButton *m_exportAll;
    QProgressBar *m_progress;
    QLabel *m_message;
    QString m_lastExportDir;
};

} // namespace eventbook::ui
