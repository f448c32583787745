#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace eventbook::mail {

struct Mailbox {
    QString address;
    QString name; // may be empty
};

struct Attachment {
    QString fileName;
    QByteArray contentType; // e.g. "text/calendar; charset=utf-8; method=REQUEST"
    QByteArray data;
};

// One mail as it goes out: plain text and an HTML alternative, and attachments.
struct Message {
    Mailbox from;
    Mailbox to;
    QString subject;
    QString text;
    QString html;
    QList<Attachment> attachments;
    QByteArray messageId; // without the angle brackets: "id@host"
    QDateTime date;
    QByteArray listUnsubscribe; // the header's value, e.g. "<https://…>"; empty: none
};

} // namespace eventbook::mail
