#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace eventbook::services {

// A committed change that connected clients hear about (API.md "WebSocket"). One LiveEvent may
// become several messages: a booking is a SLOT_UPDATE and a BOOKING_CREATED.
struct LiveEvent {
    enum class Kind {
        SlotsChanged,     // SLOT_UPDATE alone (seats resized, a user's bookings returned)
        BookingCreated,   // SLOT_UPDATE + BOOKING_CREATED
        BookingCancelled, // SLOT_UPDATE + BOOKING_CANCELLED
        EventCreated,
        EventUpdated,
        EventDeleted,
        Notification, // NOTIFICATION to each recipient
        AccessRevoked, // the user's tokens (or one session's) stopped being valid: their sockets sign out
        Checkin,       // CHECKIN to the event's team (admins, its organisers and door staff)
        Occupancy,     // OCCUPANCY to the event's team
        WaitlistPromoted, // WAITLIST_PROMOTED to the promoted user (userId) only
    };
    Kind kind = Kind::SlotsChanged;
    qint64 eventId = 0;
    qint64 bookingId = 0;
    qint64 userId = 0; // the booking's holder: told only to admins, the event's team and that user
    int availableSlots = 0;
    int waitlistCount = -1; // SLOT_UPDATE carries it when known (>= 0)
    QString title; // notifications
    QString type;
    QList<std::pair<qint64, qint64>> recipients; // notifications: (userId, notificationId)
    QString sessionId; // AccessRevoked: the one session ended (empty: every session of userId)
    QJsonObject detail; // Checkin, Occupancy: the message's payload as it goes out

    static LiveEvent slots(qint64 eventId, int availableSlots, int waitlistCount = -1);
    static LiveEvent booking(Kind kind, qint64 eventId, qint64 bookingId, qint64 userId, int availableSlots);
    // `organiserId`: EventCreated by an organiser, whose sockets take the new event into scope.
    static LiveEvent event(Kind kind, qint64 eventId, qint64 organiserId = 0);
    static LiveEvent notification(const QString &title, const QString &type,
                                  QList<std::pair<qint64, qint64>> recipients);
    static LiveEvent accessRevoked(qint64 userId, const QString &sessionId = {});
    static LiveEvent team(Kind kind, qint64 eventId, QJsonObject detail);
};

// The compact form carried between instances by PostgreSQL NOTIFY (payloads must stay below
// 8000 bytes: notifications for many users are split by LiveBatch).
QByteArray encodeLiveEvent(const LiveEvent &event);
std::optional<LiveEvent> decodeLiveEvent(const QByteArray &payload);

} // namespace eventbook::services
