#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <libical/ical.h>

namespace eventbook::test {

// What libical reads in a calendar file: the tests check the server's files with the parser
// calendar applications use, not with the code that wrote them.
struct ParsedEntry {
    QString uid;
    int sequence = -1;
    QString summary;
    QString location;
    QString status; // CONFIRMED, CANCELLED
    QDateTime start;
};
struct ParsedCalendar {
    bool ok = false;
    QString method; // PUBLISH, REQUEST, CANCEL or empty
    QString name;   // X-WR-CALNAME
    QList<ParsedEntry> entries;
};

inline ParsedCalendar parseCalendar(const QByteArray &text) {
    ParsedCalendar out;
    icalcomponent *cal = icalparser_parse_string(text.constData());
    if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
        if (cal)
            icalcomponent_free(cal);
        return out;
    }
    out.ok = icalcomponent_count_errors(cal) == 0;
    if (icalproperty *m = icalcomponent_get_first_property(cal, ICAL_METHOD_PROPERTY))
        out.method = QString::fromUtf8(icalproperty_method_to_string(icalproperty_get_method(m)));
    for (icalproperty *p = icalcomponent_get_first_property(cal, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(cal, ICAL_X_PROPERTY)) {
        if (QByteArray(icalproperty_get_x_name(p)) == "X-WR-CALNAME")
            out.name = QString::fromUtf8(icalproperty_get_x(p));
    }
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        ParsedEntry e;
        e.uid = QString::fromUtf8(icalcomponent_get_uid(ev));
        if (icalproperty *s = icalcomponent_get_first_property(ev, ICAL_SEQUENCE_PROPERTY))
            e.sequence = icalproperty_get_sequence(s);
        e.summary = QString::fromUtf8(icalcomponent_get_summary(ev));
        if (const char *l = icalcomponent_get_location(ev))
            e.location = QString::fromUtf8(l);
        e.status = QString::fromUtf8(icalproperty_status_to_string(icalcomponent_get_status(ev)));
        const icaltimetype t = icalcomponent_get_dtstart(ev);
        e.start = QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(t, icaltimezone_get_utc_timezone()), Qt::UTC);
        out.entries.append(e);
    }
    icalcomponent_free(cal);
    return out;
}

} // namespace eventbook::test
