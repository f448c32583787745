#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace eventbook::mail {

// One calendar entry (VEVENT). The UID stays the same for the entry's life; SEQUENCE counts its
// changes, so a calendar replaces its copy instead of adding a second one.
struct CalendarEntry {
    QString uid;
    int sequence = 0;
    QString summary;
    QString location;
    QString description;
    QString url;
    QDateTime start;
    QDateTime stamp; // when this version was made (DTSTAMP)
    bool cancelled = false;
    QString organizer; // mailto: for REQUEST/CANCEL (the sender's address)
    QString attendee;  // the holder's address, for REQUEST/CANCEL
    QString attendeeName;
};

enum class CalendarMethod { None, Publish, Request, Cancel };

// iCalendar (RFC 5545) text, written by libical (escaping, folding, UTC times).
QByteArray writeCalendar(const QList<CalendarEntry> &entries, CalendarMethod method, const QString &calendarName = {});

} // namespace eventbook::mail
