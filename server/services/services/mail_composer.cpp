#include "mail_composer.h"

#include "mail_queue.h"
#include "mail_texts.h"
#include "ticket_service.h"
#include "ticket_signer.h"
#include "mail/ics_writer.h"
#include "storage/outbox_repository.h"

#include <QLocale>
#include <QTimeZone>
#include <QUrl>

namespace eventbook::services {
using storage::OutboxRow;

namespace {
bool carriesTicket(const QString &kind) {
    return kind == outbox::kBookingConfirmed || kind == outbox::kWaitlistPromoted || kind == outbox::kReminder;
}
bool confirmsEntry(const QString &kind) {
    return kind == outbox::kBookingConfirmed || kind == outbox::kWaitlistPromoted || kind == outbox::kEventChanged;
}
bool cancelsEntry(const QString &kind) {
    return kind == outbox::kBookingCancelled || kind == outbox::kBookingRemoved || kind == outbox::kEventCancelled;
}

QString fill(QString text, const QString &name, const QString &title, const QString &body) {
    return text.replace(QLatin1String("{name}"), name)
        .replace(QLatin1String("{title}"), title)
        .replace(QLatin1String("{body}"), body);
}

QString capitalised(QString s) {
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}
} // namespace

QString MailComposer::bookingUid(qint64 bookingId, const QString &host) {
    return QStringLiteral("booking-%1@%2").arg(bookingId).arg(host);
}

mail::Message MailComposer::compose(const OutboxRow &row, const ComposeExtras &extras) const {
    const QString language = outbox::mailLanguage(row.language);
    const outbox::MailText words = outbox::mailText(row.kind, language);
    const outbox::MailFrame frame = outbox::mailFrame(language);
    const QJsonObject &p = row.payload;
    const QString title = p.value(QStringLiteral("title")).toString();
    const QString location = p.value(QStringLiteral("location")).toString();
    const QString body = p.value(QStringLiteral("body")).toString();
    const qint64 eventId = p.value(QStringLiteral("eventId")).toInteger();
    const bool aboutEvent = p.contains(QStringLiteral("startsAt"));
    const QDateTime starts = QDateTime::fromMSecsSinceEpoch(p.value(QStringLiteral("startsAt")).toInteger(), Qt::UTC);
    const QString name = row.recipientName.isEmpty() ? row.recipient : row.recipientName;

    ::eventbook::mail::Message m;
    m.from = m_settings.from;
    m.to = {row.recipient, row.recipientName};
    m.subject = fill(words.subject, name, title, body);
    m.messageId = QStringLiteral("outbox-%1.%2@%3").arg(row.id).arg(row.createdAtMs).arg(m_settings.idHost()).toUtf8();
    m.date = QDateTime::currentDateTimeUtc();

    const QString greeting = fill(frame.greeting, name, title, body);
    const QString lead = capitalised(fill(words.lead, name, title, body));
    QStringList text{greeting, QString(), lead};
    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                                  "</head><body style=\"font-family:sans-serif;color:#1f2328;max-width:36em\">"
                                  "<p>%3</p><p>%4</p>")
                       .arg(language, m.subject.toHtmlEscaped(), greeting.toHtmlEscaped(), lead.toHtmlEscaped());
    if (aboutEvent && row.kind != outbox::kAnnouncement) {
        const QTimeZone zone(m_settings.timeZone.toUtf8());
        const QString when =
            QLocale(language).toString(zone.isValid() ? starts.toTimeZone(zone) : starts, QLocale::LongFormat);
        text << QString() << title << frame.when + QStringLiteral(": ") + when
             << frame.where + QStringLiteral(": ") + location;
        html += QStringLiteral("<table style=\"border-left:4px solid #2f6fdf;padding-left:8px\"><tr><td colspan=\"2\">"
                               "<strong>%1</strong></td></tr><tr><td>%2</td><td>%3</td></tr><tr><td>%4</td>"
                               "<td>%5</td></tr></table>")
                    .arg(title.toHtmlEscaped(), frame.when.toHtmlEscaped(), when.toHtmlEscaped(),
                         frame.where.toHtmlEscaped(), location.toHtmlEscaped());
    }
    QStringList notes;
    if (carriesTicket(row.kind) && row.bookingId > 0 && eventId > 0) {
        const QByteArray png = TicketService::qrPng(m_tickets.sign({row.bookingId, eventId}));
        if (!png.isEmpty()) {
            m.attachments.append({QStringLiteral("ticket.png"), "image/png", png});
            notes << frame.ticketNote;
        }
    }
    if (aboutEvent && row.bookingId > 0 && (confirmsEntry(row.kind) || cancelsEntry(row.kind))) {
        const bool cancel = cancelsEntry(row.kind);
        ::eventbook::mail::CalendarEntry e;
        e.uid = bookingUid(row.bookingId, m_settings.idHost());
        // A cancellation outranks every version before it; a booking is never confirmed again after.
        e.sequence = extras.sequence + (cancel ? 1 : 0);
        e.summary = title;
        e.location = location;
        e.description = p.value(QStringLiteral("description")).toString();
        e.start = starts;
        e.stamp = m.date;
        e.cancelled = cancel;
        e.organizer = m_settings.from.address;
        e.attendee = row.recipient;
        e.attendeeName = row.recipientName;
        const QByteArray method = cancel ? "CANCEL" : "REQUEST";
        m.attachments.append({QStringLiteral("event.ics"), "text/calendar; charset=utf-8; method=" + method,
                              ::eventbook::mail::writeCalendar({e}, cancel ? ::eventbook::mail::CalendarMethod::Cancel
                                                                         : ::eventbook::mail::CalendarMethod::Request)});
        notes << frame.calendarNote;
    }
    if (!extras.unsubscribeToken.isEmpty() && !m_settings.publicUrl.isEmpty()) {
        const QString list = row.kind == outbox::kReminder ? QStringLiteral("reminders") : QStringLiteral("news");
        const QString link = m_settings.publicUrl + QStringLiteral("/api/mail/unsubscribe/") + extras.unsubscribeToken +
                             QStringLiteral("?list=") + list;
        m.listUnsubscribe = '<' + QUrl(link).toEncoded() + '>';
        notes << QString(frame.unsubscribe).replace(QLatin1String("{link}"), link);
    }
    notes << frame.settingsNote;
    text << QString();
    text += notes;
    text << QString() << frame.signature;
    html += QStringLiteral("<p style=\"color:#57606a;font-size:90%\">");
    for (const QString &n : std::as_const(notes))
        html += n.toHtmlEscaped() + QStringLiteral("<br>");
    html += QStringLiteral("</p><p>%1</p></body></html>").arg(frame.signature.toHtmlEscaped());
    m.text = text.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"); // CRLF: quoted-printable keeps lines as lines
    m.html = html;
    return m;
}

} // namespace eventbook::services
