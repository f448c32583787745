#pragma once

#include "live_settings.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

class QWebSocket;

namespace eventbook::realtime {

// One client's /ws socket: its audience (anonymous, or a user and their role until the access
// token expires), its message sequence, and the bounds that keep it from costing the server
// memory (frame size, unsent bytes) or a socket (nothing heard from it).
class LiveConnection : public QObject {
    Q_OBJECT
public:
    LiveConnection(QWebSocket *socket, const LiveSettings &settings, LiveCounters &counters,
                   QObject *parent = nullptr);
    ~LiveConnection() override;

    // `payload` is a JSON object's text. Returns false when the socket was dropped for falling
    // behind.
    bool send(QByteArrayView type, QByteArrayView payload);
    void sendError(const QString &message);

    qint64 userId() const { return m_userId; }
    bool isAdmin() const { return m_isAdmin; }
    bool authenticated() const { return m_userId > 0; }
    // Admins, the booking's holder and the event's organisers and staff hear who booked.
    bool isInsider(qint64 eventId, qint64 holderId) const {
        return authenticated() && (m_isAdmin || m_userId == holderId || m_events.contains(eventId));
    }
    // An organiser's new event is theirs at once (no new token needed to hear about it).
    // Admins and the event's organisers and door staff.
    bool isTeam(qint64 eventId) const { return authenticated() && (m_isAdmin || m_events.contains(eventId)); }
    void addScope(qint64 eventId) { m_events.insert(eventId); }
    void signIn(qint64 userId, bool isAdmin, const QList<qint64> &events, qint64 expiresAtSecs,
                const QString &sessionId);
    const QString &sessionId() const { return m_sessionId; }
    void signOut();

    bool authPending() const { return m_authPending; }
    void setAuthPending(bool pending) { m_authPending = pending; }

    // The hub's heartbeat: pings a live peer, drops a silent one. Returns false when dropped.
    bool heartbeat();
    void close(int code, const QString &reason);

Q_SIGNALS:
    void textReceived(const QString &message);
    void signedOut(); // the access token expired
    void gone();

private:
    void drop(int code, const QString &reason);

    QWebSocket *m_socket;
    const LiveSettings &m_settings;
    LiveCounters &m_counters;
    qint64 m_seq = 0;
    qint64 m_userId = 0;
    bool m_isAdmin = false;
    QSet<qint64> m_events; // the events an organiser or staff member is scoped to
    QString m_sessionId;
    bool m_authPending = false;
    bool m_dropping = false;
    QElapsedTimer m_lastHeard;
    QTimer m_expiry;
};

} // namespace eventbook::realtime
