#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace eventbook {

// What an account may do beyond booking (API.md "Roles"). Ordered: a higher role on an event can do
// what a lower one can. Admin is global; organiser and staff act on the events they are scoped to.
enum class Role { Attendee, Staff, Organiser, Admin };

// One event an organiser runs or a staff member keeps the door of.
struct EventScope {
    qint64 eventId = 0;
    Role role = Role::Staff;
    QString title; // for display; empty when not read
};

// A person on an event's team (GET /api/events/:id/team).
struct TeamMember {
    qint64 userId = 0;
    QString name;
    QString email;
    Role role = Role::Staff;
    QDateTime since; // when they were put on the team
};

struct User {
    qint64 id = 0;
    QString email;
    QString name;
    bool isAdmin = false; // the seed's wire field: role == Role::Admin
    Role role = Role::Attendee;
    QList<EventScope> scopes;
    QString bio;
    QString avatarUrl; // null QString → JSON null
    QJsonObject preferences;
    QDateTime createdAt;
    std::optional<QDateTime> lastLogin;
    int tokenVersion = 0;
    int bookingCount = 0;
    bool anonymised = false;
};

struct Event {
    qint64 id = 0;
    QString title;
    QString description;
    QString location;
    QDateTime date;
    int totalSlots = 0;
    int availableSlots = 0;
    int waitlistCount = 0; // people on the event's waiting list
    QStringList tags;
    QString image; // null QString → JSON null
    std::optional<qint64> createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The fields of an event a client sends (create, replace, patch): absent fields are empty.
// `image` holds a null QString for "no image".
struct EventDraft {
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QString> location;
    std::optional<QDateTime> date;
    std::optional<int> totalSlots;
    std::optional<QStringList> tags;
    std::optional<QString> image;
};

enum class BookingStatus { Confirmed, Cancelled };

struct Booking {
    qint64 id = 0;
    qint64 eventId = 0;
    qint64 userId = 0;
    BookingStatus status = BookingStatus::Confirmed;
    QDateTime createdAt;
    std::optional<QDateTime> cancelledAt;
    std::optional<Event> event;
    std::optional<User> user;
};

// A place on an event's waiting list. `position` counts from 1 (the next to get a seat).
struct WaitlistEntry {
    qint64 id = 0;
    qint64 eventId = 0;
    qint64 userId = 0;
    int position = 0;
    QDateTime joinedAt;
    QString name;  // the queue as its organisers see it
    QString email;
    std::optional<Event> event; // my positions: the event with them
};

struct Notification {
    qint64 id = 0;
    qint64 userId = 0;
    QString title;
    QString body;
    QString type;
    bool read = false;
    QDateTime createdAt;
};

struct AuditEntry {
    qint64 id = 0;
    std::optional<qint64> actorId;
    QString actorName; // read side only: the actor's name now (empty: system, or a deleted account)
    QString action;
    QString targetType;
    std::optional<qint64> targetId;
    QJsonObject details;
    QString ip;
    QDateTime createdAt;
};

// The admin dashboard's figures (GET /api/admin/stats).
struct DashboardStats {
    qint64 totalEvents = 0;
    qint64 totalBookings = 0; // confirmed
    qint64 thisMonth = 0;     // confirmed bookings made this calendar month (UTC)
    double occupancyRate = 0; // booked seats / all seats, 0–100, one decimal
    qint64 upcomingEvents = 0;
    qint64 totalUsers = 0;
};

// One day of the admin dashboard's bookings chart (GET /api/admin/stats/daily).
struct DailyBookings {
    QDate date; // UTC
    qint64 bookings = 0;      // made that day
    qint64 cancellations = 0; // cancelled that day
};

} // namespace eventbook
