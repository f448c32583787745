#include "audit_text.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace eventbook::ui {
namespace {
struct Known {
    const char *code;
    const char *label;
};
// QT_TRANSLATE_NOOP keeps the labels in the catalogue; tr() looks them up at run time.
constexpr Known kActions[] = {
    {"USER_REGISTER", QT_TRANSLATE_NOOP("AuditText", "Account registered")},
    {"USER_CREATE", QT_TRANSLATE_NOOP("AuditText", "Account created")},
    {"USER_PROMOTE", QT_TRANSLATE_NOOP("AuditText", "Admin rights granted")},
    {"USER_DEMOTE", QT_TRANSLATE_NOOP("AuditText", "Admin rights removed")},
    {"USER_DELETE", QT_TRANSLATE_NOOP("AuditText", "Account deleted")},
    {"USER_ANONYMISE", QT_TRANSLATE_NOOP("AuditText", "Account anonymised")},
    {"USER_ROLE_SET", QT_TRANSLATE_NOOP("AuditText", "Role changed")},
    {"EVENT_TEAM_ADD", QT_TRANSLATE_NOOP("AuditText", "Added to the event's team")},
    {"EVENT_TEAM_REMOVE", QT_TRANSLATE_NOOP("AuditText", "Removed from the event's team")},
    {"EVENT_CREATE", QT_TRANSLATE_NOOP("AuditText", "Event created")},
    {"EVENT_UPDATE", QT_TRANSLATE_NOOP("AuditText", "Event changed")},
    {"EVENT_DELETE", QT_TRANSLATE_NOOP("AuditText", "Event deleted")},
    {"BOOKING_CREATE", QT_TRANSLATE_NOOP("AuditText", "Seat booked")},
    {"BOOKING_CANCEL", QT_TRANSLATE_NOOP("AuditText", "Booking cancelled")},
    {"NOTIFICATION_SEND", QT_TRANSLATE_NOOP("AuditText", "Notification sent")},
    {"PASSWORD_CHANGE", QT_TRANSLATE_NOOP("AuditText", "Password changed")},
    {"PROFILE_UPDATE", QT_TRANSLATE_NOOP("AuditText", "Profile changed")},
    {"EMAIL_CHANGE", QT_TRANSLATE_NOOP("AuditText", "Email changed")},
};
constexpr Known kTargets[] = {
    {"user", QT_TRANSLATE_NOOP("AuditText", "Account")},
    {"event", QT_TRANSLATE_NOOP("AuditText", "Event")},
    {"booking", QT_TRANSLATE_NOOP("AuditText", "Booking")},
    {"notification", QT_TRANSLATE_NOOP("AuditText", "Notification")},
};
constexpr Known kDetails[] = {
    {"email", QT_TRANSLATE_NOOP("AuditText", "Email")},
    {"isAdmin", QT_TRANSLATE_NOOP("AuditText", "Admin")},
    {"eventId", QT_TRANSLATE_NOOP("AuditText", "Event")},
    {"availableSlots", QT_TRANSLATE_NOOP("AuditText", "Seats left")},
    {"title", QT_TRANSLATE_NOOP("AuditText", "Title")},
    {"totalSlots", QT_TRANSLATE_NOOP("AuditText", "Seats")},
    {"fields", QT_TRANSLATE_NOOP("AuditText", "Changed")},
    {"replace", QT_TRANSLATE_NOOP("AuditText", "Replaced as a whole")},
    {"cancelledBookings", QT_TRANSLATE_NOOP("AuditText", "Bookings cancelled")},
    {"type", QT_TRANSLATE_NOOP("AuditText", "Type")},
    {"recipients", QT_TRANSLATE_NOOP("AuditText", "Recipients")},
    {"from", QT_TRANSLATE_NOOP("AuditText", "From")},
    {"to", QT_TRANSLATE_NOOP("AuditText", "To")},
    {"role", QT_TRANSLATE_NOOP("AuditText", "Role")},
    {"userId", QT_TRANSLATE_NOOP("AuditText", "Account")},
    {"keptBookings", QT_TRANSLATE_NOOP("AuditText", "Past bookings kept")},
};

template <std::size_t N>
QString lookUp(const Known (&table)[N], const QString &code) {
    for (const Known &k : table)
        if (code == QLatin1StringView(k.code))
            return AuditText::tr(k.label);
    return code;
}

QString valueText(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? AuditText::tr("yes") : AuditText::tr("no");
    case QJsonValue::Double:
        return QString::number(v.toInteger(qint64(v.toDouble())));
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts.append(valueText(item));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return AuditText::tr("none");
    }
}
} // namespace

QStringList AuditText::knownActions() {
    QStringList codes;
    for (const Known &k : kActions)
        codes.append(QString::fromLatin1(k.code));
    return codes;
}

QStringList AuditText::knownTargets() {
    QStringList codes;
    for (const Known &k : kTargets)
        codes.append(QString::fromLatin1(k.code));
    return codes;
}

QString AuditText::action(const QString &code) {
    return lookUp(kActions, code);
}

QString AuditText::target(const QString &type) {
    return lookUp(kTargets, type);
}

QString AuditText::targetWithId(const AuditEntry &e) {
    if (e.targetType.isEmpty())
        return {};
    if (!e.targetId)
        return target(e.targetType);
    //: An audit target: "Booking 716", "Account 26"
    return tr("%1 %2").arg(target(e.targetType)).arg(*e.targetId);
}

QString AuditText::actor(const AuditEntry &e) {
    if (!e.actorId)
        return tr("System");
    if (!e.actorName.isEmpty())
        return e.actorName;
    return tr("Account %1 (deleted)").arg(*e.actorId);
}

QString AuditText::summary(const AuditEntry &e) {
    const QString who = actor(e);
    const QString what = targetWithId(e);
    if (what.isEmpty())
        //: An audit entry: "<who>: <action>."
        return tr("%1: %2.").arg(who, action(e.action));
    //: An audit entry: "<who>: <action> (<target>)."
    return tr("%1: %2 (%3).").arg(who, action(e.action), what);
}

QString AuditText::details(const AuditEntry &e) {
    QStringList lines{summary(e)};
    for (auto it = e.details.begin(); it != e.details.end(); ++it)
        lines.append(tr("%1: %2").arg(lookUp(kDetails, it.key()), valueText(it.value())));
    if (!e.ip.isEmpty())
        lines.append(tr("From address: %1").arg(e.ip));
    return lines.join(QLatin1Char('\n'));
}

} // namespace eventbook::ui
