#pragma once

#include "eventbook/common/domain.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

// JSON codecs for the wire types, one function per type; the only place outside json_keys.h
// where the shapes of API.md are spelled out.
namespace eventbook::codec {

QString formatTime(const QDateTime &t);
// Accepts ISO 8601 with a zone (Z or ±hh:mm); anything else is std::nullopt.
std::optional<QDateTime> parseTime(const QString &text);
QJsonValue timeOrNull(const std::optional<QDateTime> &t);

// "admin", "organiser", "staff", "attendee"; roleFromName refuses anything else.
QString roleName(Role r);
std::optional<Role> roleFromName(const QString &name);
QJsonObject eventScope(const EventScope &s); // {eventId, role, title}
EventScope eventScopeFromJson(const QJsonObject &o);
QJsonObject teamMember(const TeamMember &m); // {userId, name, email, role, createdAt}
TeamMember teamMemberFromJson(const QJsonObject &o);

QJsonObject userPublic(const User &u);   // {id,email,name,isAdmin,role,scopes}
QJsonObject userProfile(const User &u);  // + bio, avatarUrl, createdAt, lastLogin
QJsonObject userAdminRow(const User &u); // {id,email,name,isAdmin,createdAt,lastLogin,bookingCount}
User userFromJson(const QJsonObject &o);

QJsonObject event(const Event &e);
Event eventFromJson(const QJsonObject &o);

// Reads a body that validation::checkEventFields accepted: strings trimmed, tags trimmed,
// an empty image string means no image.
EventDraft eventDraftFromJson(const QJsonObject &o);
QJsonObject eventDraft(const EventDraft &d);

QString bookingStatusName(BookingStatus s);
QJsonObject booking(const Booking &b);
Booking bookingFromJson(const QJsonObject &o);

QJsonObject notification(const Notification &n);
Notification notificationFromJson(const QJsonObject &o);

QJsonObject dashboardStats(const DashboardStats &s);
DashboardStats dashboardStatsFromJson(const QJsonObject &o);
QJsonObject dailyBookings(const DailyBookings &d); // {date: "YYYY-MM-DD", bookings, cancellations}
DailyBookings dailyBookingsFromJson(const QJsonObject &o);

QJsonObject auditEntry(const AuditEntry &a);
AuditEntry auditEntryFromJson(const QJsonObject &o);

} // namespace eventbook::codec
