#pragma once

#include <QString>

namespace eventbook::services::outbox {

// One mail's words in one language. Placeholders: {title} (the event), {name} (the recipient),
// {body} (an announcement's text).
struct MailText {
    QString subject;
    QString lead; // the first paragraph
};

// The words around every mail, in one language.
struct MailFrame {
    QString greeting;   // "Hello {name},"
    QString when;
    QString where;
    QString ticketNote; // a ticket is attached
    QString calendarNote;
    QString unsubscribe; // "Stop these mails: {link}"
    QString settingsNote;
    QString signature;
};

// en, de or fr; anything else is English.
QString mailLanguage(const QString &requested);
MailText mailText(const QString &kind, const QString &language);
MailFrame mailFrame(const QString &language);

} // namespace eventbook::services::outbox
