#pragma once

#include "api/checkin_api.h"

#include <QDialog>
#include <QImage>

class QLabel;
class QPushButton;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {
class CalendarButton;

// A booking's ticket (issue 19): its QR code (libqrencode through Common's QrCode) with the event,
// the holder's name and the seat's state, to show at the door on this screen or to save as a
// PNG or a PDF (QPdfWriter) to print or carry on a phone.
class TicketDialog : public QDialog {
    Q_OBJECT
public:
    TicketDialog(client::ClientSession &session, qint64 bookingId, QWidget *parent = nullptr);

    const client::TicketReply &ticket() const { return m_ticket; }
    bool loaded() const { return !m_ticket.secret.isEmpty(); }
    // The printable ticket: the QR code and the words beside it, `width` pixels wide.
    QImage render(int width) const;
    bool savePng(const QString &path);
    bool savePdf(const QString &path);
    QString message() const;
    CalendarButton *calendarButton() const { return m_calendar; }

Q_SIGNALS:
    void ticketLoaded();

private:
    void display(const client::TicketReply &t);
    void chooseAndSave(bool pdf);
    QStringList lines() const;

    client::TicketReply m_ticket;
    QLabel *m_code;
    QLabel *m_words;
    QLabel *m_message;
    QPushButton *m_png;
    QPushButton *m_pdf;
    CalendarButton *m_calendar;
};

} // namespace eventbook::ui
