#include "live_event.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eventbook::services {
namespace {
constexpr LiveEvent::Kind kKinds[] = {
    LiveEvent::Kind::SlotsChanged, LiveEvent::Kind::BookingCreated, LiveEvent::Kind::BookingCancelled,
    LiveEvent::Kind::EventCreated, LiveEvent::Kind::EventUpdated,   LiveEvent::Kind::EventDeleted,
    LiveEvent::Kind::Notification, LiveEvent::Kind::AccessRevoked,  LiveEvent::Kind::Checkin,
    LiveEvent::Kind::Occupancy,    LiveEvent::Kind::WaitlistPromoted,
};

bool isTeamKind(LiveEvent::Kind kind) {
    return kind == LiveEvent::Kind::Checkin || kind == LiveEvent::Kind::Occupancy;
}
} // namespace

LiveEvent LiveEvent::slots(qint64 eventId, int availableSlots, int waitlistCount) {
    LiveEvent e;
    e.kind = Kind::SlotsChanged;
    e.eventId = eventId;
    e.availableSlots = availableSlots;
    e.waitlistCount = waitlistCount;
    return e;
}

LiveEvent LiveEvent::booking(Kind kind, qint64 eventId, qint64 bookingId, qint64 userId, int availableSlots) {
    LiveEvent e;
    e.kind = kind;
    e.eventId = eventId;
    e.bookingId = bookingId;
    e.userId = userId;
    e.availableSlots = availableSlots;
    return e;
}

LiveEvent LiveEvent::event(Kind kind, qint64 eventId, qint64 organiserId) {
    LiveEvent e;
    e.kind = kind;
    e.eventId = eventId;
    e.userId = organiserId;
    return e;
}

LiveEvent LiveEvent::notification(const QString &title, const QString &type,
                                  QList<std::pair<qint64, qint64>> recipients) {
    LiveEvent e;
    e.kind = Kind::Notification;
    e.title = title;
    e.type = type;
    e.recipients = std::move(recipients);
    return e;
}

LiveEvent LiveEvent::accessRevoked(qint64 userId, const QString &sessionId) {
    LiveEvent e;
    e.kind = Kind::AccessRevoked;
    e.userId = userId;
    e.sessionId = sessionId;
    return e;
}

LiveEvent LiveEvent::team(Kind kind, qint64 eventId, QJsonObject detail) {
    LiveEvent e;
    e.kind = kind;
    e.eventId = eventId;
    e.detail = std::move(detail);
    return e;
}

QByteArray encodeLiveEvent(const LiveEvent &e) {
    QJsonObject o{{QStringLiteral("k"), int(e.kind)}};
    if (e.kind == LiveEvent::Kind::AccessRevoked) {
        o.insert(QStringLiteral("u"), e.userId);
        if (!e.sessionId.isEmpty())
            o.insert(QStringLiteral("si"), e.sessionId);
    } else if (e.kind == LiveEvent::Kind::Notification) {
        QJsonArray to;
        for (const auto &[user, id] : e.recipients)
            to.append(QJsonArray{user, id});
        o.insert(QStringLiteral("ti"), e.title);
        o.insert(QStringLiteral("ty"), e.type);
        o.insert(QStringLiteral("to"), to);
    } else if (isTeamKind(e.kind)) {
        o.insert(QStringLiteral("e"), e.eventId);
        o.insert(QStringLiteral("d"), e.detail);
    } else {
        o.insert(QStringLiteral("e"), e.eventId);
        if (e.bookingId)
            o.insert(QStringLiteral("b"), e.bookingId);
        if (e.userId)
            o.insert(QStringLiteral("u"), e.userId);
        o.insert(QStringLiteral("s"), e.availableSlots);
        if (e.waitlistCount >= 0)
            o.insert(QStringLiteral("w"), e.waitlistCount);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<LiveEvent> decodeLiveEvent(const QByteArray &payload) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const int kind = o.value(QStringLiteral("k")).toInt(-1);
    if (kind < 0 || kind >= int(std::size(kKinds)))
        return std::nullopt;
    LiveEvent e;
    e.kind = kKinds[kind];
    if (e.kind == LiveEvent::Kind::AccessRevoked) {
        e.userId = o.value(QStringLiteral("u")).toInteger();
        e.sessionId = o.value(QStringLiteral("si")).toString();
        if (e.userId <= 0)
            return std::nullopt;
        return e;
    }
    if (e.kind == LiveEvent::Kind::Notification) {
        e.title = o.value(QStringLiteral("ti")).toString();
        e.type = o.value(QStringLiteral("ty")).toString();
        for (const QJsonValue &pair : o.value(QStringLiteral("to")).toArray()) {
            const QJsonArray a = pair.toArray();
            if (a.size() == 2)
                e.recipients.append({a.at(0).toInteger(), a.at(1).toInteger()});
        }
        return e;
    }
    e.eventId = o.value(QStringLiteral("e")).toInteger();
    if (isTeamKind(e.kind)) {
        e.detail = o.value(QStringLiteral("d")).toObject();
        if (e.eventId <= 0)
            return std::nullopt;
        return e;
    }
    e.bookingId = o.value(QStringLiteral("b")).toInteger();
    e.userId = o.value(QStringLiteral("u")).toInteger();
    e.availableSlots = o.value(QStringLiteral("s")).toInt();
    e.waitlistCount = o.value(QStringLiteral("w")).toInt(-1);
    if (e.eventId <= 0)
        return std::nullopt;
    return e;
}

} // namespace eventbook::services
