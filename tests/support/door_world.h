#pragma once

#include "services/ticket_signer.h"
#include "team_world.h"

#include <QJsonDocument>
#include <QUuid>

namespace eventbook::test {

// TeamWorld with its two tickets (the attendee's booking on each event) and the requests a door
// desk sends.
struct DoorWorld {
    TeamWorld team;
    qint64 ownBooking = 0;
    qint64 otherBooking = 0;
    QString ownTicket;
    QString otherTicket;

    bool ok() const { return team.ok() && ownBooking > 0 && otherBooking > 0; }

    static qint64 bookingOf(TestServer &server, const Account &a, qint64 eventId) {
        HttpClient http;
        const Reply r = http.get(server.url(QStringLiteral("/api/bookings/my")), a.token);
        for (const QJsonValue &b : r.json().value(QLatin1StringView("data")).toArray()) {
            if (b.toObject().value(QLatin1StringView("eventId")).toInteger() == eventId)
                return b.toObject().value(QLatin1StringView("id")).toInteger();
        }
        return 0;
    }

    // The ticket the server would issue, signed with its key (the server's config after start).
    static QString ticketFor(TestServer &server, qint64 bookingId, qint64 eventId) {
        return services::TicketSigner(server.app().config().ticketSeed).sign({bookingId, eventId});
    }

    static DoorWorld build(TestServer &server, Fixtures &fx, const Account &admin) {
        DoorWorld d;
        d.team = TeamWorld::build(server, fx, admin);
        if (!d.team.ok())
            return d;
        d.ownBooking = bookingOf(server, d.team.attendee, d.team.own);
        d.otherBooking = bookingOf(server, d.team.attendee, d.team.other);
        d.ownTicket = ticketFor(server, d.ownBooking, d.team.own);
        d.otherTicket = ticketFor(server, d.otherBooking, d.team.other);
        return d;
    }
};

inline QString newNonce() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A redeem body; `extra` adds or replaces fields.
inline QJsonObject scanBody(const QString &secret, const QString &device, const QJsonObject &extra = {}) {
    QJsonObject o{{QStringLiteral("secret"), secret},
                  {QStringLiteral("nonce"), newNonce()},
                  {QStringLiteral("deviceId"), device}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

inline Request redeemRequest(TestServer &server, const QByteArray &token, const QJsonObject &body) {
    return Request{"POST", server.url(QStringLiteral("/api/checkin/redeem")), token,
                   QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

} // namespace eventbook::test
