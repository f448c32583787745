#pragma once

#include "live_settings.h"
#include "socket_source.h"
#include "eventbook/common/result.h"
#include "services/auth_types.h"
#include "services/live_event.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>

class QThreadPool;

namespace eventbook::services {
class AuthService;
}

namespace eventbook::realtime {

class LiveConnection;

// The instance's /ws clients (API.md "WebSocket"): takes the sockets the HTTP server upgraded,
// answers AUTH (checked on the database pool: the token version lives in the user row) and
// PING, and fans each delivered change out to the sockets whose audience may see it.
class LiveHub : public QObject {
    Q_OBJECT
public:
    LiveHub(SocketSource &sockets, services::AuthService &auth, QThreadPool &pool, LiveSettings settings,
            QObject *parent = nullptr);
    ~LiveHub() override;

    void deliver(const services::LiveEvent &event);
    // Changes may have been missed (the LISTEN connection was re-made): clients refetch.
    void resync();
    // Shutdown: every socket gets 1001 Going Away.
    void closeAll();

    // Takes every socket the source has waiting; connect the source's "new socket" signal here.
    void accept();

    const LiveCounters &counters() const { return m_counters; }
    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    // A WebSocket handshake from this peer became a connection of the hub.
    void accepted(const QHostAddress &peer, quint16 port);

private:
    void onText(LiveConnection *conn, const QString &text);
    void authenticate(LiveConnection *conn, const QString &token);
    void finishAuth(LiveConnection *conn, const Result<services::AuthUser> &who);
    void remove(LiveConnection *conn);
    void heartbeat();
    void broadcast(QByteArrayView type, const QByteArray &payload);
    void sendBooking(const services::LiveEvent &event, QByteArrayView type);
    void sendToTeam(qint64 eventId, QByteArrayView type, const QByteArray &payload);
    void sendNotifications(const services::LiveEvent &event);
    void revokeAccess(const services::LiveEvent &event);

    SocketSource &m_sockets;
    services::AuthService &m_auth;
    QThreadPool &m_pool;
    LiveSettings m_settings;
    LiveCounters m_counters;
    QSet<LiveConnection *> m_connections;
    QMultiHash<qint64, LiveConnection *> m_byUser;
    QTimer m_heartbeat;
    int m_closedSinceTrim = 0;
    bool m_trimPending = false;
};

} // namespace eventbook::realtime
