#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace eventbook::client {
class ClientSession;
struct DeskAnswer;
} // namespace eventbook::client

namespace eventbook::ui {

class MainWindow;

// The door's pictures for --screenshot: the check-in page answering a valid ticket, the same
// ticket again, a ticket decided offline, and the holder's ticket dialog. Scans two confirmed
// tickets of `eventId` (the run is against a throwaway server).
class CheckinScreenshots : public QObject {
    Q_OBJECT
public:
    using Save = std::function<void(QWidget *, const QString &)>;

    CheckinScreenshots(client::ClientSession &session, MainWindow &window, qint64 eventId, Save save,
                       std::function<void()> done, QObject *parent = nullptr);
    void start();

private:
    void pickTickets();
    void scanNext();
    void showTicket();
    void after(int ms, std::function<void()> next);

    client::ClientSession &m_session;
    MainWindow &m_window;
    qint64 m_eventId;
    Save m_save;
    std::function<void()> m_done;
    QList<qint64> m_bookings;
    QStringList m_secrets;
    int m_step = 0;
};

} // namespace eventbook::ui
