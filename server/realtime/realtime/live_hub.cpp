#include "live_hub.h"

#include "eventbook/common/codecs.h"

#include "eventbook/common/json_keys.h"
#include "live_connection.h"
#include "services/auth_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QThreadPool>
#include <QWebSocket>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace eventbook::realtime {
namespace k = eventbook::keys;
namespace {
using services::LiveEvent;

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray idPayload(qint64 eventId) {
    return compact({{k::eventId, eventId}});
}

// Sockets closed since the last trim before glibc is asked to give freed memory back.
constexpr int kTrimAfterClosed = 64;
} // namespace

LiveHub::LiveHub(SocketSource &sockets, services::AuthService &auth, QThreadPool &pool,
                 LiveSettings settings, QObject *parent)
    : QObject(parent)
    , m_sockets(sockets)
    , m_auth(auth)
    , m_pool(pool)
    , m_settings(settings) {
    m_heartbeat.setInterval(m_settings.pingIntervalMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &LiveHub::heartbeat);
    m_heartbeat.start();
}

LiveHub::~LiveHub() {
    for (LiveConnection *conn : std::as_const(m_connections))
        delete conn;
}

void LiveHub::accept() {
    while (m_sockets.hasPendingSocket()) {
        std::unique_ptr<QWebSocket> socket = m_sockets.nextPendingSocket();
        if (!socket)
            continue;
        Q_EMIT accepted(socket->peerAddress(), socket->peerPort());
        // The QWebSocket owns the TCP socket it was upgraded from; both go with the connection.
        auto *conn = new LiveConnection(socket.release(), m_settings, m_counters, this);
        m_connections.insert(conn);
        connect(conn, &LiveConnection::textReceived, this, [this, conn](const QString &t) { onText(conn, t); });
        connect(conn, &LiveConnection::signedOut, this, [this, conn] {
            m_byUser.remove(m_byUser.key(conn), conn);
            conn->send("AUTH_ERROR",
                       compact({{k::message,
                                 QStringLiteral("Your session expired; this connection is anonymous now")}}));
        });
        // Queued: a socket may go while a fan-out loop is walking the connections.
        connect(conn, &LiveConnection::gone, this, [this, conn] { remove(conn); }, Qt::QueuedConnection);
    }
}

void LiveHub::remove(LiveConnection *conn) {
    if (!m_connections.remove(conn))
        return;
    if (conn->authenticated())
        m_byUser.remove(conn->userId(), conn);
    conn->deleteLater();
    if (++m_closedSinceTrim >= kTrimAfterClosed && !m_trimPending) {
        // After a crowd leaves glibc keeps its freed buffers; hand them back once the sockets
        // are really gone (deleteLater) and the leaving has calmed down.
        m_trimPending = true;
        QTimer::singleShot(500, this, [this] {
            m_trimPending = false;
            m_closedSinceTrim = 0;
#ifdef __GLIBC__
            malloc_trim(0);
#endif
        });
    }
}

void LiveHub::onText(LiveConnection *conn, const QString &text) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        conn->sendError(QStringLiteral("Messages must be JSON objects like {\"type\":\"PING\"}"));
        return;
    }
    const QJsonObject message = doc.object();
    const QString type = message.value(k::type).toString();
    if (type == QLatin1StringView("PING")) {
        conn->send("PONG", "{}");
    } else if (type == QLatin1StringView("AUTH")) {
        const QJsonValue token = message.value(k::payload).toObject().value(k::token);
        if (!token.isString() || token.toString().isEmpty() || token.toString().size() > 4096) {
            conn->send("AUTH_ERROR", compact({{k::message,
                                               QStringLiteral("AUTH needs payload.token: an access token")}}));
            return;
        }
        authenticate(conn, token.toString());
    } else if (type.isEmpty()) {
        conn->sendError(QStringLiteral("A message needs a \"type\": AUTH or PING"));
    } else {
        conn->sendError(QStringLiteral("Unknown message type %1; send AUTH or PING").arg(type.left(40)));
    }
}

void LiveHub::authenticate(LiveConnection *conn, const QString &token) {
    if (conn->authPending()) {
        conn->sendError(QStringLiteral("An AUTH is already being checked on this connection"));
        return;
    }
    conn->setAuthPending(true);
    QPointer<LiveConnection> target(conn);
    QPointer<LiveHub> hub(this);
    services::AuthService *auth = &m_auth; // outlives the pool's work (the server drains it first)
    m_pool.start([hub, target, token, auth] {
        auto who = auth->authenticateLive(token);
        // The pointers are checked on the main thread, where hub and sockets are deleted.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [hub, target, who = std::move(who)] {
            if (!hub || !target)
                return;
            hub->finishAuth(target.data(), who);
        });
    });
}

void LiveHub::finishAuth(LiveConnection *conn, const Result<services::AuthUser> &who) {
    if (!m_connections.contains(conn))
        return;
    conn->setAuthPending(false);
    if (conn->authenticated())
        m_byUser.remove(conn->userId(), conn);
    if (!who) {
        conn->signOut();
        conn->send("AUTH_ERROR", compact({{k::message, who.error().message}}));
        return;
    }
    conn->signIn(who->id, who->isAdmin, who->events, who->expiresAt, who->sessionId);
    m_byUser.insert(who->id, conn);
    conn->send("AUTH_OK",
               compact({{k::userId, who->id}, {k::isAdmin, who->isAdmin}, {k::role, codec::roleName(who->role)}}));
}

void LiveHub::heartbeat() {
    for (LiveConnection *conn : std::as_const(m_connections))
        conn->heartbeat();
}

void LiveHub::broadcast(QByteArrayView type, const QByteArray &payload) {
    for (LiveConnection *conn : std::as_const(m_connections))
        conn->send(type, payload);
}

void LiveHub::sendBooking(const LiveEvent &e, QByteArrayView type) {
    QJsonObject o{{k::eventId, e.eventId},
                  {k::bookingId, e.bookingId},
                  {k::availableSlots, e.availableSlots}};
    const QByteArray everyone = compact(o);
    o.insert(k::userId, e.userId);
    const QByteArray insiders = compact(o);
    for (LiveConnection *conn : std::as_const(m_connections)) {
        conn->send(type, conn->isInsider(e.eventId, e.userId) ? insiders : everyone);
    }
}

void LiveHub::sendToTeam(qint64 eventId, QByteArrayView type, const QByteArray &payload) {
    for (LiveConnection *conn : std::as_const(m_connections)) {
        if (conn->isTeam(eventId))
            conn->send(type, payload);
    }
}

void LiveHub::sendNotifications(const LiveEvent &e) {
    for (const auto &[userId, notificationId] : e.recipients) {
        const auto sockets = m_byUser.values(userId);
        if (sockets.isEmpty())
            continue;
        const QByteArray payload = compact({{k::id, notificationId},
                                            {k::title, e.title},
                                            {k::type, e.type}});
        for (LiveConnection *conn : sockets)
            conn->send("NOTIFICATION", payload);
    }
}

void LiveHub::revokeAccess(const LiveEvent &e) {
    // Copied: signing out edits the index being read.
    const QList<LiveConnection *> sockets = m_byUser.values(e.userId);
    for (LiveConnection *conn : sockets) {
        if (!e.sessionId.isEmpty() && conn->sessionId() != e.sessionId)
            continue;
        m_byUser.remove(e.userId, conn);
        conn->signOut();
        conn->send("AUTH_ERROR",
                   compact({{k::message,
                             QStringLiteral("Your sign-in is no longer valid (signed out, password or role "
                                            "changed); this connection is anonymous now")}}));
    }
}

void LiveHub::deliver(const LiveEvent &e) {
    const auto slotUpdate = [&] {
        QJsonObject o{{k::eventId, e.eventId}, {k::availableSlots, e.availableSlots}};
        if (e.waitlistCount >= 0)
            o.insert(k::waitlistCount, e.waitlistCount);
        broadcast("SLOT_UPDATE", compact(o));
    };
    switch (e.kind) {
    case LiveEvent::Kind::SlotsChanged:
        slotUpdate();
        break;
    case LiveEvent::Kind::BookingCreated:
        slotUpdate();
        sendBooking(e, "BOOKING_CREATED");
        break;
    case LiveEvent::Kind::BookingCancelled:
        slotUpdate();
        sendBooking(e, "BOOKING_CANCELLED");
        break;
    case LiveEvent::Kind::EventCreated:
        if (e.userId > 0) { // created by an organiser: it is in their scope from now on
            for (LiveConnection *conn : m_byUser.values(e.userId))
                conn->addScope(e.eventId);
        }
        broadcast("EVENT_CREATED", idPayload(e.eventId));
        break;
    case LiveEvent::Kind::EventUpdated:
        broadcast("EVENT_UPDATED", idPayload(e.eventId));
        break;
    case LiveEvent::Kind::EventDeleted:
        broadcast("EVENT_DELETED", idPayload(e.eventId));
        break;
    case LiveEvent::Kind::Notification:
        sendNotifications(e);
        break;
    case LiveEvent::Kind::AccessRevoked:
        revokeAccess(e);
        break;
    case LiveEvent::Kind::Checkin:
        // Scans travel in groups (services::OccupancyGate); each is its own CHECKIN message.
        for (const QJsonValue &scan : e.detail.value(k::scans).toArray())
            sendToTeam(e.eventId, "CHECKIN", compact(scan.toObject()));
        break;
    case LiveEvent::Kind::Occupancy:
        sendToTeam(e.eventId, "OCCUPANCY", compact(e.detail));
        break;
    case LiveEvent::Kind::WaitlistPromoted: {
        const QByteArray payload = compact({{k::eventId, e.eventId},
                                            {k::bookingId, e.bookingId},
                                            {k::availableSlots, e.availableSlots}});
        for (LiveConnection *conn : m_byUser.values(e.userId))
            conn->send("WAITLIST_PROMOTED", payload);
        break;
    }
    }
}

void LiveHub::resync() {
    broadcast("RESYNC", "{}");
}

void LiveHub::closeAll() {
    m_heartbeat.stop();
    for (LiveConnection *conn : std::as_const(m_connections))
        conn->close(1001, QStringLiteral("Server shutting down"));
}

} // namespace eventbook::realtime
