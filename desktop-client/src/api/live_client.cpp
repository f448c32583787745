#include "live_client.h"

#include "eventbook/common/checkin_codecs.h"

#include "eventbook/common/json_keys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <algorithm>

Q_LOGGING_CATEGORY(lcLive, "eventbook.client.live")

namespace eventbook::client {
namespace k = eventbook::keys;

LiveClient::LiveClient(QObject *parent)
    : QObject(parent) {
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LiveClient::open);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            return;
        if (m_lastHeard.isValid() && m_lastHeard.elapsed() > 2 * m_pingMs) {
            qCInfo(lcLive) << "no answer for" << m_lastHeard.elapsed() << "ms; reconnecting";
            m_socket.abort(); // a silent link reads no close frame
            return;
        }
        m_socket.sendTextMessage(QStringLiteral(R"({"type":"PING"})"));
    });
    connect(&m_socket, &QWebSocket::connected, this, &LiveClient::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &LiveClient::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LiveClient::onText);
    connect(&m_socket, &QWebSocket::pong, this, [this] { m_lastHeard.restart(); });
}

LiveClient::~LiveClient() {
    // The socket's last disconnected() must not reach members already destroyed.
    m_socket.disconnect(this);
    m_socket.abort();
}

void LiveClient::setServerUrl(const QUrl &server) {
    QUrl url = server;
    url.setScheme(server.scheme() == QLatin1StringView("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString path = server.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/ws"));
    url.setQuery(QString());
    url.setFragment(QString());
    if (url == m_url)
        return;
    m_url = url;
    if (m_running) {
        m_socket.abort();
        m_attempt = 0;
        open();
    }
}

void LiveClient::setAccessToken(const QString &token) {
    const bool droppingAuth = token.isEmpty() && m_authenticated;
    m_token = token;
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    if (droppingAuth) {
        // The protocol has no "sign out" message: a fresh socket is an anonymous one.
        m_authenticated = false;
        m_socket.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("signed out"));
        return;
    }
    sendAuth();
}

void LiveClient::start() {
    if (m_running)
        return;
    m_running = true;
    m_attempt = 0;
    open();
}

void LiveClient::stop() {
    m_running = false;
    m_retry.stop();
    m_ping.stop();
    m_socket.abort();
    m_authenticated = false;
    setState(State::Offline);
}

void LiveClient::setBackoff(int initialMs, int maxMs) {
    m_initialBackoffMs = std::max(1, initialMs);
    m_maxBackoffMs = std::max(m_initialBackoffMs, maxMs);
}

void LiveClient::setPingInterval(int intervalMs) {
    m_pingMs = std::max(10, intervalMs);
    if (m_ping.isActive())
        m_ping.start(m_pingMs);
}

int LiveClient::backoffDelay(int attempt) const {
    const qint64 full = std::min<qint64>(m_maxBackoffMs, qint64(m_initialBackoffMs) << std::min(attempt, 20));
    const double jitter = 0.5 + 0.5 * QRandomGenerator::global()->generateDouble();
    return int(std::max<qint64>(1, qint64(double(full) * jitter)));
}

void LiveClient::open() {
    if (!m_running || !m_url.isValid())
        return;
    setState(m_everConnected || m_attempt > 0 ? State::Reconnecting : State::Connecting);
    m_socket.open(m_url);
}

void LiveClient::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LiveClient::onConnected() {
    const bool reconnected = m_everConnected;
    m_everConnected = true;
    m_attempt = 0;
    m_lastSeq.reset(); // seq counts per connection
    m_lastHeard.restart();
    m_ping.start(m_pingMs);
    setState(State::Live);
    if (!m_token.isEmpty())
        sendAuth();
    if (reconnected)
        Q_EMIT resyncNeeded(); // whatever happened while away was not delivered
}

void LiveClient::onDisconnected() {
    m_ping.stop();
    m_authenticated = false;
    if (!m_running) {
        setState(State::Offline);
        return;
    }
    scheduleReconnect();
}

void LiveClient::scheduleReconnect() {
    const int delay = backoffDelay(m_attempt++);
    qCInfo(lcLive) << "reconnecting in" << delay << "ms:" << m_socket.errorString();
    // Reconnecting while retries are young; offline once the server has stayed away a while.
    setState(m_attempt > 3 || !m_everConnected ? State::Offline : State::Reconnecting);
    m_retry.start(delay);
}

void LiveClient::sendAuth() {
    const QJsonObject message{{k::type, QStringLiteral("AUTH")}, {k::payload, QJsonObject{{k::token, m_token}}}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void LiveClient::onText(const QString &text) {
    m_lastHeard.restart();
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(k::type).toString();
    const QJsonObject p = message.value(k::payload).toObject();
    const QJsonValue seq = message.value(k::seq);
    bool gap = false;
    if (seq.isDouble()) {
        const auto n = qint64(seq.toDouble());
        gap = m_lastSeq && n != *m_lastSeq + 1;
        m_lastSeq = n;
    }
    const auto id = [&p](QLatin1StringView name) { return qint64(p.value(name).toDouble()); };
    const int slots = p.value(k::availableSlots).toInt();
    if (type == QLatin1StringView("SLOT_UPDATE")) {
        Q_EMIT slotsChanged(id(k::eventId), slots);
        if (p.contains(k::waitlistCount))
            Q_EMIT waitlistChanged(id(k::eventId), p.value(k::waitlistCount).toInt());
    } else if (type == QLatin1StringView("WAITLIST_PROMOTED")) {
        Q_EMIT promoted(id(k::eventId), id(k::bookingId));
    } else if (type == QLatin1StringView("BOOKING_CREATED") || type == QLatin1StringView("BOOKING_CANCELLED")) {
        const auto change = type == QLatin1StringView("BOOKING_CREATED") ? BookingChange::Created : BookingChange::Cancelled;
        Q_EMIT bookingChanged(change, id(k::eventId), id(k::bookingId), slots, id(k::userId));
    } else if (type == QLatin1StringView("EVENT_CREATED")) {
        Q_EMIT eventChanged(EventChange::Created, id(k::eventId));
    } else if (type == QLatin1StringView("EVENT_UPDATED")) {
        Q_EMIT eventChanged(EventChange::Updated, id(k::eventId));
    } else if (type == QLatin1StringView("EVENT_DELETED")) {
        Q_EMIT eventChanged(EventChange::Deleted, id(k::eventId));
    } else if (type == QLatin1StringView("NOTIFICATION")) {
        Q_EMIT notificationArrived(id(k::id), p.value(k::title).toString(), p.value(k::type).toString());
    } else if (type == QLatin1StringView("CHECKIN")) {
        if (p.value(k::ticket).isObject())
            Q_EMIT ticketScanned(codec::ticketStateFromJson(p.value(k::ticket).toObject()));
    } else if (type == QLatin1StringView("OCCUPANCY")) {
        Q_EMIT occupancyChanged(codec::occupancyFromJson(p));
    } else if (type == QLatin1StringView("AUTH_OK")) {
        m_authenticated = true;
        Q_EMIT authAccepted(id(k::userId), p.value(k::isAdmin).toBool());
    } else if (type == QLatin1StringView("AUTH_ERROR")) {
        m_authenticated = false;
        Q_EMIT authRejected(p.value(k::message).toString());
    } else if (type == QLatin1StringView("RESYNC")) {
        gap = true;
    } else if (type == QLatin1StringView("ERROR")) {
        qCWarning(lcLive) << "server said:" << p.value(k::message).toString();
    }
    if (gap)
        Q_EMIT resyncNeeded();
}

} // namespace eventbook::client
