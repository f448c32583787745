#pragma once

#include "eventbook/common/checkin.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <optional>

namespace eventbook::client {

// The app's connection to the server's /ws (API.md): connects, sends AUTH when it has a token,
// answers silence with a reconnect (exponential backoff with jitter), pings so a dead link is
// noticed, and turns the server's messages into signals. Whenever messages may have been lost
// (a reconnect, a gap in `seq`, the server's RESYNC) it emits resyncNeeded() so the views refetch.
class LiveClient : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Live, Reconnecting };
    Q_ENUM(State)
    enum class BookingChange { Created, Cancelled };
    enum class EventChange { Created, Updated, Deleted };

    explicit LiveClient(QObject *parent = nullptr);
    ~LiveClient() override;

    // The server's HTTP URL; the socket goes to ws(s)://same-host/ws. Reconnects when running.
    void setServerUrl(const QUrl &server);
    QUrl socketUrl() const { return m_url; }
    // Sent as AUTH now and after every reconnect; an empty token makes the socket anonymous again.
    void setAccessToken(const QString &token);

    void start();
    void stop();
    State state() const { return m_state; }
    bool authenticated() const { return m_authenticated; }
    int reconnectAttempts() const { return m_attempt; }

    // Backoff: first retry after `initialMs`, doubling up to `maxMs`, each scaled by a random
    // factor in [0.5, 1] so a restarted server is not met by every client at once.
    void setBackoff(int initialMs, int maxMs);
    // A PING every `intervalMs`; no message at all for twice that closes and reconnects.
    void setPingInterval(int intervalMs);
    // The delay before reconnect attempt `attempt` (0-based), jitter included.
    int backoffDelay(int attempt) const;

Q_SIGNALS:
    void stateChanged(eventbook::client::LiveClient::State state);
    void slotsChanged(qint64 eventId, int availableSlots);
    void waitlistChanged(qint64 eventId, int waitlistCount); // SLOT_UPDATE that carries the count
    void promoted(qint64 eventId, qint64 bookingId);          // WAITLIST_PROMOTED: a seat is mine
    void bookingChanged(eventbook::client::LiveClient::BookingChange change, qint64 eventId, qint64 bookingId,
                        int availableSlots, qint64 userId); // userId 0 when the server did not say
    void eventChanged(eventbook::client::LiveClient::EventChange change, qint64 eventId);
    void notificationArrived(qint64 id, const QString &title, const QString &type);
    // The door (the event's team only): a scan at any desk, and the event's occupancy after it.
    void ticketScanned(const eventbook::checkin::TicketState &ticket);
    void occupancyChanged(const eventbook::checkin::Occupancy &occupancy);
    void authAccepted(qint64 userId, bool isAdmin);
    void authRejected(const QString &message); // e.g. the token ran out: refresh and set it again
    void resyncNeeded();

private:
    void open();
    void setState(State state);
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void sendAuth();
    void scheduleReconnect();

    QWebSocket m_socket;
    QTimer m_retry;
    QTimer m_ping;
    QElapsedTimer m_lastHeard;
    QUrl m_url;
    QString m_token;
    State m_state = State::Offline;
    bool m_running = false;
    bool m_authenticated = false;
    bool m_everConnected = false;
    int m_attempt = 0;
    int m_initialBackoffMs = 500;
    int m_maxBackoffMs = 30'000;
    int m_pingMs = 25'000;
    std::optional<qint64> m_lastSeq;
};

} // namespace eventbook::client
