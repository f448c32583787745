#include "ics_writer.h"

#include <libical/ical.h>

#include <cstdlib>

namespace eventbook::mail {

namespace {
icaltimetype utc(const QDateTime &t) {
    return icaltime_from_timet_with_zone(time_t(t.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

icalproperty_method methodOf(CalendarMethod m) {
    switch (m) {
    case CalendarMethod::Request:
        return ICAL_METHOD_REQUEST;
    case CalendarMethod::Cancel:
        return ICAL_METHOD_CANCEL;
    default:
        return ICAL_METHOD_PUBLISH;
    }
}

icalcomponent *vevent(const CalendarEntry &e, bool withPeople) {
    icalcomponent *ev = icalcomponent_new_vevent();
    icalcomponent_add_property(ev, icalproperty_new_uid(e.uid.toUtf8().constData()));
    icalcomponent_add_property(ev, icalproperty_new_dtstamp(utc(e.stamp.isValid() ? e.stamp
                                                                                   : QDateTime::currentDateTimeUtc())));
    icalcomponent_add_property(ev, icalproperty_new_dtstart(utc(e.start)));
    icalcomponent_add_property(ev, icalproperty_new_sequence(e.sequence));
    icalcomponent_add_property(ev, icalproperty_new_summary(e.summary.toUtf8().constData()));
    if (!e.location.isEmpty())
        icalcomponent_add_property(ev, icalproperty_new_location(e.location.toUtf8().constData()));
    if (!e.description.isEmpty())
        icalcomponent_add_property(ev, icalproperty_new_description(e.description.toUtf8().constData()));
    if (!e.url.isEmpty())
        icalcomponent_add_property(ev, icalproperty_new_url(e.url.toUtf8().constData()));
    icalcomponent_add_property(ev, icalproperty_new_status(e.cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    if (withPeople && !e.organizer.isEmpty()) {
        icalcomponent_add_property(ev, icalproperty_new_organizer((QStringLiteral("mailto:") + e.organizer).toUtf8().constData()));
        if (!e.attendee.isEmpty()) {
            icalproperty *who = icalproperty_new_attendee((QStringLiteral("mailto:") + e.attendee).toUtf8().constData());
            if (!e.attendeeName.isEmpty())
                icalproperty_add_parameter(who, icalparameter_new_cn(e.attendeeName.toUtf8().constData()));
            icalproperty_add_parameter(who, icalparameter_new_partstat(e.cancelled ? ICAL_PARTSTAT_DECLINED
                                                                                   : ICAL_PARTSTAT_ACCEPTED));
            icalproperty_add_parameter(who, icalparameter_new_rsvp(ICAL_RSVP_FALSE));
            icalcomponent_add_property(ev, who);
        }
    }
    return ev;
}
} // namespace

QByteArray writeCalendar(const QList<CalendarEntry> &entries, CalendarMethod method, const QString &calendarName) {
    icalcomponent *cal = icalcomponent_new_vcalendar();
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_prodid("-//EventBook//EventBook//EN"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
    if (method != CalendarMethod::None)
        icalcomponent_add_property(cal, icalproperty_new_method(methodOf(method)));
    if (!calendarName.isEmpty()) {
        // The name calendar applications give a subscribed feed (a common extension).
        icalproperty *name = icalproperty_new_x(calendarName.toUtf8().constData());
        icalproperty_set_x_name(name, "X-WR-CALNAME");
        icalcomponent_add_property(cal, name);
    }
    const bool withPeople = method == CalendarMethod::Request || method == CalendarMethod::Cancel;
    for (const CalendarEntry &e : entries)
        icalcomponent_add_component(cal, vevent(e, withPeople));
    char *text = icalcomponent_as_ical_string_r(cal);
    QByteArray out(text);
    free(text);
    icalcomponent_free(cal);
    return out;
}

} // namespace eventbook::mail
