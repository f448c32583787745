#include "eventbook/common/codecs.h"

#include "eventbook/common/json_keys.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace eventbook::codec {
namespace k = eventbook::keys;

QString formatTime(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> parseTime(const QString &text) {
    // Qt's ISO parser is lenient about the zone; the contract is not: a time without a zone is
    // ambiguous across the server's and the client's clocks.
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$)"));
    if (text.size() > 40 || !shape.match(text).hasMatch())
        return std::nullopt;
    QString normalised = text;
    // Qt parses at most millisecond precision; trim extra fraction digits.
    static const QRegularExpression longFraction(QStringLiteral(R"((\.\d{3})\d+)"));
    normalised.replace(longFraction, QStringLiteral("\\1"));
    QDateTime t = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

QJsonValue timeOrNull(const std::optional<QDateTime> &t) {
    return t && t->isValid() ? QJsonValue(formatTime(*t)) : QJsonValue(QJsonValue::Null);
}

static QJsonValue stringOrNull(const QString &s) {
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

static QString nullableString(const QJsonValue &v) {
    return v.isString() ? v.toString() : QString();
}

static std::optional<QDateTime> optionalTime(const QJsonValue &v) {
    return v.isString() ? parseTime(v.toString()) : std::nullopt;
}

QString roleName(Role r) {
    switch (r) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Organiser:
        return QStringLiteral("organiser");
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Attendee:
        break;
    }
    return QStringLiteral("attendee");
}

std::optional<Role> roleFromName(const QString &name) {
    for (Role r : {Role::Attendee, Role::Staff, Role::Organiser, Role::Admin}) {
        if (name == roleName(r))
            return r;
    }
    return std::nullopt;
}

QJsonObject eventScope(const EventScope &s) {
    return QJsonObject{{k::eventId, s.eventId}, {k::role, roleName(s.role)}, {k::title, s.title}};
}

EventScope eventScopeFromJson(const QJsonObject &o) {
    EventScope s;
    s.eventId = o.value(k::eventId).toInteger();
    s.role = roleFromName(o.value(k::role).toString()).value_or(Role::Staff);
    s.title = o.value(k::title).toString();
    return s;
}

QJsonObject teamMember(const TeamMember &m) {
    return QJsonObject{{k::userId, m.userId},
                       {k::name, m.name},
                       {k::email, m.email},
                       {k::role, roleName(m.role)},
                       {k::createdAt, formatTime(m.since)}};
}

TeamMember teamMemberFromJson(const QJsonObject &o) {
    return {o.value(k::userId).toInteger(), o.value(k::name).toString(), o.value(k::email).toString(),
            roleFromName(o.value(k::role).toString()).value_or(Role::Staff),
            optionalTime(o.value(k::createdAt)).value_or(QDateTime())};
}

QJsonObject userPublic(const User &u) {
    QJsonArray scopes;
    for (const EventScope &s : u.scopes)
        scopes.append(eventScope(s));
    return QJsonObject{{k::id, u.id},           {k::email, u.email},          {k::name, u.name},
                       {k::isAdmin, u.isAdmin}, {k::role, roleName(u.isAdmin ? Role::Admin : u.role)}, {k::scopes, scopes}};
}

QJsonObject userProfile(const User &u) {
    QJsonObject o = userPublic(u);
    o.insert(k::bio, u.bio);
    o.insert(k::avatarUrl, stringOrNull(u.avatarUrl));
    o.insert(k::preferences, u.preferences);
    o.insert(k::createdAt, formatTime(u.createdAt));
    o.insert(k::lastLogin, timeOrNull(u.lastLogin));
    return o;
}

QJsonObject userAdminRow(const User &u) {
    QJsonObject o = userPublic(u);
    o.insert(k::createdAt, formatTime(u.createdAt));
    o.insert(k::lastLogin, timeOrNull(u.lastLogin));
    o.insert(k::bookingCount, u.bookingCount);
    o.insert(k::anonymised, u.anonymised);
    return o;
}

User userFromJson(const QJsonObject &o) {
    User u;
    u.id = o.value(k::id).toInteger();
    u.email = o.value(k::email).toString();
    u.name = o.value(k::name).toString();
    u.isAdmin = o.value(k::isAdmin).toBool();
    // A server from before roles sends only isAdmin.
    u.role = roleFromName(o.value(k::role).toString()).value_or(u.isAdmin ? Role::Admin : Role::Attendee);
    for (const QJsonValue &s : o.value(k::scopes).toArray())
        u.scopes.append(eventScopeFromJson(s.toObject()));
    u.bio = o.value(k::bio).toString();
    u.avatarUrl = nullableString(o.value(k::avatarUrl));
    u.preferences = o.value(k::preferences).toObject();
    u.createdAt = optionalTime(o.value(k::createdAt)).value_or(QDateTime());
    u.lastLogin = optionalTime(o.value(k::lastLogin));
    u.bookingCount = o.value(k::bookingCount).toInt();
    u.anonymised = o.value(k::anonymised).toBool();
    return u;
}

QJsonObject event(const Event &e) {
    return QJsonObject{
        {k::id, e.id},
        {k::title, e.title},
        {k::description, e.description},
        {k::location, e.location},
        {k::date, formatTime(e.date)},
        {k::totalSlots, e.totalSlots},
        {k::availableSlots, e.availableSlots},
        {k::waitlistCount, e.waitlistCount},
        {k::tags, QJsonArray::fromStringList(e.tags)},
        {k::image, stringOrNull(e.image)},
        {k::createdBy, e.createdBy ? QJsonValue(*e.createdBy) : QJsonValue(QJsonValue::Null)},
        {k::createdAt, formatTime(e.createdAt)},
        {k::updatedAt, formatTime(e.updatedAt)},
    };
}

Event eventFromJson(const QJsonObject &o) {
    Event e;
    e.id = o.value(k::id).toInteger();
    e.title = o.value(k::title).toString();
    e.description = o.value(k::description).toString();
    e.location = o.value(k::location).toString();
    e.date = optionalTime(o.value(k::date)).value_or(QDateTime());
    e.totalSlots = o.value(k::totalSlots).toInt();
    e.availableSlots = o.value(k::availableSlots).toInt();
    e.waitlistCount = o.value(k::waitlistCount).toInt();
    for (const auto &t : o.value(k::tags).toArray())
        e.tags.append(t.toString());
    e.image = nullableString(o.value(k::image));
    if (o.value(k::createdBy).isDouble())
        e.createdBy = o.value(k::createdBy).toInteger();
    e.createdAt = optionalTime(o.value(k::createdAt)).value_or(QDateTime());
    e.updatedAt = optionalTime(o.value(k::updatedAt)).value_or(QDateTime());
    return e;
}

EventDraft eventDraftFromJson(const QJsonObject &o) {
    EventDraft d;
    const auto text = [&o](QLatin1StringView key) -> std::optional<QString> {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            return std::nullopt;
        return v.toString().trimmed();
    };
    d.title = text(k::title);
    d.description = text(k::description);
    if (o.value(k::description).isNull())
        d.description = QString(QLatin1StringView(""));
    d.location = text(k::location);
    if (o.value(k::date).isString())
        d.date = parseTime(o.value(k::date).toString());
    if (o.value(k::totalSlots).isDouble())
        d.totalSlots = o.value(k::totalSlots).toInt();
    if (o.contains(k::tags)) {
        QStringList tags;
        for (const auto &t : o.value(k::tags).toArray())
            tags.append(t.toString().trimmed());
        d.tags = tags;
    }
    if (o.contains(k::image)) {
        const QString image = o.value(k::image).toString();
        d.image = image.isEmpty() ? QString() : image;
    }
    return d;
}

QJsonObject eventDraft(const EventDraft &d) {
    QJsonObject o;
    if (d.title)
        o.insert(k::title, *d.title);
    if (d.description)
        o.insert(k::description, *d.description);
    if (d.location)
        o.insert(k::location, *d.location);
    if (d.date)
        o.insert(k::date, formatTime(*d.date));
    if (d.totalSlots)
        o.insert(k::totalSlots, *d.totalSlots);
    if (d.tags)
        o.insert(k::tags, QJsonArray::fromStringList(*d.tags));
    if (d.image)
        o.insert(k::image, stringOrNull(*d.image));
    return o;
}

QString bookingStatusName(BookingStatus s) {
    return s == BookingStatus::Confirmed ? QStringLiteral("confirmed") : QStringLiteral("cancelled");
}

QJsonObject booking(const Booking &b) {
    QJsonObject o{
        {k::id, b.id},
        {k::eventId, b.eventId},
        {k::userId, b.userId},
        {k::status, bookingStatusName(b.status)},
        {k::createdAt, formatTime(b.createdAt)},
        {k::cancelledAt, timeOrNull(b.cancelledAt)},
    };
    if (b.event)
        o.insert(k::event, event(*b.event));
    if (b.user)
        o.insert(k::user, userPublic(*b.user));
    return o;
}

Booking bookingFromJson(const QJsonObject &o) {
    Booking b;
    b.id = o.value(k::id).toInteger();
    b.eventId = o.value(k::eventId).toInteger();
    b.userId = o.value(k::userId).toInteger();
    b.status = o.value(k::status).toString() == QLatin1StringView("cancelled") ? BookingStatus::Cancelled
                                                                               : BookingStatus::Confirmed;
    b.createdAt = optionalTime(o.value(k::createdAt)).value_or(QDateTime());
    b.cancelledAt = optionalTime(o.value(k::cancelledAt));
    if (o.value(k::event).isObject())
        b.event = eventFromJson(o.value(k::event).toObject());
    if (o.value(k::user).isObject())
        b.user = userFromJson(o.value(k::user).toObject());
    return b;
}

QJsonObject notification(const Notification &n) {
    return QJsonObject{
        {k::id, n.id},     {k::title, n.title}, {k::body, n.body},
        {k::type, n.type}, {k::read, n.read},   {k::createdAt, formatTime(n.createdAt)},
    };
}

Notification notificationFromJson(const QJsonObject &o) {
    Notification n;
    n.id = o.value(k::id).toInteger();
    n.title = o.value(k::title).toString();
    n.body = o.value(k::body).toString();
    n.type = o.value(k::type).toString();
    n.read = o.value(k::read).toBool();
    n.createdAt = optionalTime(o.value(k::createdAt)).value_or(QDateTime());
    return n;
}

QJsonObject dashboardStats(const DashboardStats &s) {
    return QJsonObject{
        {k::totalEvents, s.totalEvents},       {k::totalBookings, s.totalBookings},
        {k::thisMonth, s.thisMonth},           {k::occupancyRate, s.occupancyRate},
        {k::upcomingEvents, s.upcomingEvents}, {k::totalUsers, s.totalUsers},
    };
}

DashboardStats dashboardStatsFromJson(const QJsonObject &o) {
    DashboardStats s;
    s.totalEvents = o.value(k::totalEvents).toInteger();
    s.totalBookings = o.value(k::totalBookings).toInteger();
    s.thisMonth = o.value(k::thisMonth).toInteger();
    s.occupancyRate = o.value(k::occupancyRate).toDouble();
    s.upcomingEvents = o.value(k::upcomingEvents).toInteger();
    s.totalUsers = o.value(k::totalUsers).toInteger();
    return s;
}

QJsonObject dailyBookings(const DailyBookings &d) {
    return QJsonObject{{k::date, d.date.toString(Qt::ISODate)},
                       {k::bookings, d.bookings},
                       {k::cancellations, d.cancellations}};
}

DailyBookings dailyBookingsFromJson(const QJsonObject &o) {
    return {QDate::fromString(o.value(k::date).toString(), Qt::ISODate), o.value(k::bookings).toInteger(),
            o.value(k::cancellations).toInteger()};
}

QJsonObject auditEntry(const AuditEntry &a) {
    return QJsonObject{
        {k::id, a.id},
        {k::actorId, a.actorId ? QJsonValue(*a.actorId) : QJsonValue(QJsonValue::Null)},
        {k::actorName, a.actorName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.actorName)},
        {k::action, a.action},
        {k::targetType, a.targetType},
        {k::targetId, a.targetId ? QJsonValue(*a.targetId) : QJsonValue(QJsonValue::Null)},
        {k::details, a.details},
        {k::ip, a.ip},
        {k::createdAt, formatTime(a.createdAt)},
    };
}

AuditEntry auditEntryFromJson(const QJsonObject &o) {
    AuditEntry a;
    a.id = o.value(k::id).toInteger();
    if (o.value(k::actorId).isDouble())
        a.actorId = o.value(k::actorId).toInteger();
    a.actorName = o.value(k::actorName).toString();
    a.action = o.value(k::action).toString();
    a.targetType = o.value(k::targetType).toString();
    if (o.value(k::targetId).isDouble())
        a.targetId = o.value(k::targetId).toInteger();
    a.details = o.value(k::details).toObject();
    a.ip = o.value(k::ip).toString();
    a.createdAt = optionalTime(o.value(k::createdAt)).value_or(QDateTime());
    return a;
}

} // namespace eventbook::codec
