#pragma once

#include "eventbook/common/domain.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

class CalendarButton;
class ImageCache;
class SeatBar;

// The selected event: banner, facts, description, live seats and the Book / Cancel button with
// a clear state (booked, sold out, past, signed out). Results and refusals are shown in words.
class EventDetailPanel : public QWidget {
    Q_OBJECT
public:
    EventDetailPanel(client::ClientSession &session, ImageCache &images, QWidget *parent = nullptr);

    void showEvent(const Event &event);
    void clear();
    qint64 eventId() const { return m_event.id; }
    QPushButton *actionButton() const { return m_action; }
    CalendarButton *calendarButton() const { return m_calendar; }
    QString statusText() const;

Q_SIGNALS:
    void signInRequested();

protected:
    // The banner's picture follows the banner's width (narrower window, moved splitter).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void makeContent();
    void makeScroll();
    void wire();
    void refreshState();
    void act();
    void run(qint64 eventId, bool cancelling);
    // Joins or leaves the waiting list of a full event.
    void queue(qint64 eventId, bool leaving);
    void say(const QString &text, bool problem);

    client::ClientSession &m_session;
    ImageCache &m_images;
    Event m_event;
    bool m_busy = false;
    struct SaidFor {
        qint64 eventId = 0;
        bool booked = false;
        bool signedIn = false;
    } m_saidFor; // the state the shown message describes
    QLabel *m_banner;
    QString m_bannerShown; // the image the banner holds, and at which size
    QSize m_bannerSize;
    QLabel *m_title;
    QLabel *m_when;
    QLabel *m_where;
    QLabel *m_tags;
    QLabel *m_description;
    SeatBar *m_seats;
    QLabel *m_seatText;
    QLabel *m_state;
    QPushButton *m_action;
    CalendarButton *m_calendar;
    QLabel *m_placeholder;
    QWidget *m_content;
    QWidget *m_scroll;
};

} // namespace eventbook::ui
