#pragma once

#include "checkin/check_in_desk.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace eventbook::client {
class AdminSession;
class ClientSession;
}

namespace eventbook::ui {

class AdminEventsPage;
class AnswerPanel;

// The door (issue 19), for door staff, organisers and admins: choose the event, then scan. The
// input keeps the focus, so a USB barcode scanner (it types the ticket and Enter) needs no click;
// a pasted ticket or a picture of one (zxing-cpp) works too. The answer fills the page in colour.
// The desk keeps working when the server is away (client::CheckInDesk) and says so; the event's
// occupancy is live. A ticket left at home is found by the holder's name.
class CheckinPage : public QWidget {
    Q_OBJECT
public:
    CheckinPage(client::ClientSession &session, client::AdminSession &admin, AdminEventsPage &events,
                const QString &dataDir, const QString &deviceId, QWidget *parent = nullptr);

    client::CheckInDesk &desk() { return *m_desk; }
    QComboBox *eventPicker() const { return m_event; }
    QLineEdit *scanInput() const { return m_input; }
    AnswerPanel *answerPanel() const { return m_answer; }
    QLineEdit *nameSearch() const { return m_name; }
    QListWidget *nameResults() const { return m_found; }
    QPushButton *admitButton() const { return m_admit; }
    QString statusText() const;
    QString occupancyText() const;
    void setDirection(checkin::Direction d);
    // Reads the QR code in the picture at `path` and scans it; false when there is none.
    bool scanPicture(const QString &path);
    void openEvent(qint64 eventId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void makeLayout();
    void wire();
    void fillEvents();
    void submit();
    void choosePicture();
    void showAnswer(const client::DeskAnswer &a);
    void showState();
    void showOccupancy();
    void findByName();
    void admitFound();
    checkin::Direction direction() const;

    client::ClientSession &m_session;
    client::AdminSession &m_admin;
    AdminEventsPage &m_events;
    client::CheckInDesk *m_desk;
    QComboBox *m_event;
    QRadioButton *m_entry;
    QRadioButton *m_exit;
    AnswerPanel *m_answer;
    QLineEdit *m_input;
    QPushButton *m_picture;
    QLabel *m_checkedIn;
    QLabel *m_present;
    QLabel *m_flagged;
    QLineEdit *m_name;
    QListWidget *m_found;
    QPushButton *m_admit;
    QLabel *m_status;
};

} // namespace eventbook::ui
