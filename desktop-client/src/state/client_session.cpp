#include "client_session.h"

#include "admin_session.h"
#include "api/events_api.h"
#include "api/notifications_api.h"
#include "api/profile_api.h"
#include "api/waitlist_api.h"

#include <QDateTime>

namespace eventbook::client {

ClientSession::ClientSession(const QUrl &server, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_api(server)
    , m_credentials(credentials) {
    m_live.setServerUrl(server);
    m_query.limit = 12;
    // Browse opens on what is still to come; the past is one click away.
    m_query.from = QDateTime::currentDateTimeUtc();
    wireLive();
    m_admin = std::make_unique<AdminSession>(*this);
    connect(&m_api, &ApiClient::sessionChanged, this, [this] {
        m_live.setAccessToken(m_api.accessToken());
        if (m_remember && m_credentials && m_api.signedIn())
            m_credentials->save(m_api.serverUrl(), m_api.refreshToken(), {}); // rotated on every refresh
        Q_EMIT userChanged();
    });
    connect(&m_api, &ApiClient::sessionExpired, this, [this](const QString &reason) {
        forgetUser();
        Q_EMIT sessionEnded(reason);
    });
}

ClientSession::~ClientSession() = default;

void ClientSession::wireLive() {
    connect(&m_live, &LiveClient::slotsChanged, this, [this](qint64 eventId, int slots) {
        m_events.applySlots(eventId, slots);
        m_upcoming.applySlots(eventId, slots);
        m_past.applySlots(eventId, slots);
        Q_EMIT eventsTouched(eventId);
    });
    connect(&m_live, &LiveClient::waitlistChanged, this, [this](qint64 eventId, int count) {
        m_events.applyWaitlist(eventId, count);
        // Someone ahead of me left or got a seat: my place moved.
        if (waitingPosition(eventId) > 0)
            reloadWaitlist();
        Q_EMIT eventsTouched(eventId);
    });
    connect(&m_live, &LiveClient::promoted, this, [this](qint64 eventId, qint64) {
        m_events.setBooked(eventId, true);
        const int row = m_events.rowOf(eventId);
        QString title;
        for (const WaitlistEntry &w : std::as_const(m_waitlist)) {
            if (w.eventId == eventId && w.event)
                title = w.event->title;
        }
        if (title.isEmpty() && row >= 0)
            title = m_events.eventAt(row)->title;
        reloadBookings();
        reloadWaitlist();
        Q_EMIT promoted(eventId, title);
        Q_EMIT eventsTouched(eventId);
    });
    connect(&m_live, &LiveClient::bookingChanged, this,
            [this](LiveClient::BookingChange, qint64 eventId, qint64, int, qint64 userId) {
                // Made or cancelled elsewhere (another window, another device): refresh the list.
                if (userId != 0 && userId == m_api.user().id) {
                    reloadBookings();
                    Q_EMIT eventsTouched(eventId);
                }
            });
    connect(&m_live, &LiveClient::eventChanged, this, [this](LiveClient::EventChange change, qint64 eventId) {
        if (change == LiveClient::EventChange::Updated && m_events.rowOf(eventId) >= 0) {
            client::EventsApi(m_api).get(eventId, {this, [this](const Result<Event> &e) {
                if (e)
                    m_events.updateEvent(*e);
            }});
        } else if (change != LiveClient::EventChange::Updated) {
            reloadEvents(); // a new or deleted event shifts the pages
            if (change == LiveClient::EventChange::Deleted && signedIn())
                reloadBookings();
        }
        Q_EMIT eventsTouched(eventId);
    });
    connect(&m_live, &LiveClient::notificationArrived, this, [this](qint64 id, const QString &title, const QString &type) {
        Notification n;
        n.id = id;
        n.title = title;
        n.type = type;
        n.createdAt = QDateTime::currentDateTimeUtc();
        m_notifications.prepend(n);
        Q_EMIT notificationReceived(title);
        reloadNotifications(); // fetches the body
    });
    connect(&m_live, &LiveClient::authRejected, this, [this] {
        if (!m_api.signedIn())
            return;
        // A fresh token reaches the socket via sessionChanged. The server also signs sockets out
        // when the user's role or event scopes change: the profile says what they are now, and
        // the windows follow it (userChanged).
        m_api.refresh({this, [this](const Result<User> &r) {
            if (r)
                ProfileApi(m_api).get({this, [](const Result<User> &) {}});
        }});
    });
    connect(&m_live, &LiveClient::resyncNeeded, this, &ClientSession::resync);
    connect(&m_live, &LiveClient::stateChanged, this, [this](LiveClient::State state) {
        if (state != LiveClient::State::Live)
            return;
        if (!m_pendingRestore.isEmpty())
            restore(std::exchange(m_pendingRestore, QString()));
        // Whatever could not be loaded while the server was away is fetched now that it is back
        // (the first connection too, not only a reconnection, which resyncs anyway).
        if (m_eventsMissing)
            reloadEvents();
        if (m_bookingsMissing)
            reloadBookings();
        if (m_notificationsMissing)
            reloadNotifications();
    });
}

void ClientSession::setServerUrl(const QUrl &server) {
    m_api.setServerUrl(server);
    m_live.setServerUrl(server);
}

void ClientSession::start() {
    m_live.start();
    reloadEvents();
    if (!m_credentials)
        return;
    m_credentials->load(m_api.serverUrl(), [this](const std::optional<QString> &token) {
        if (token)
            restore(*token);
    });
}

void ClientSession::restore(const QString &refreshToken) {
    m_api.restoreSession(refreshToken);
    m_remember = true;
    m_api.refresh({this, [this, refreshToken](const Result<User> &r) {
        if (r) {
            client::ProfileApi(m_api).get({this, [this](const Result<User> &) { afterSignIn(true); }});
            return;
        }
        if (m_api.signedIn()) {
            // The server was not there (a refused token would have ended the session): try
            // again once the live connection says it is back.
            m_api.restoreSession(QString());
            m_pendingRestore = refreshToken;
            Q_EMIT userChanged();
        }
    }});
}

void ClientSession::signIn(const QString &email, const QString &password, bool remember, ApiClient::Done<User> done) {
    m_remember = remember;
    m_api.signIn(email, password, {this, [this, remember, done](const Result<User> &r) {
        if (r)
            afterSignIn(remember);
        done(r);
    }});
}

void ClientSession::registerAccount(const QString &email, const QString &password, const QString &name,
                                    bool remember, ApiClient::Done<User> done) {
    m_remember = remember;
    m_api.registerAccount(email, password, name, {this, [this, remember, done](const Result<User> &r) {
        if (r)
            afterSignIn(remember);
        done(r);
    }});
}

void ClientSession::afterSignIn(bool remember) {
    if (remember && m_credentials)
        m_credentials->save(m_api.serverUrl(), m_api.refreshToken(), {});
    reloadBookings();
    reloadNotifications();
    reloadWaitlist();
}

void ClientSession::signOut() {
    m_api.signOut();
    forgetUser();
}

void ClientSession::forgetUser() {
    if (m_credentials)
        m_credentials->remove(m_api.serverUrl());
    m_remember = false;
    applyBookings({});
    m_notifications.setNotifications({}, 0);
    m_waitlist.clear();
    Q_EMIT waitlistLoaded();
}

void ClientSession::setQuery(const EventListQuery &query) {
    m_query = query;
    reloadEvents();
}

void ClientSession::reloadEvents() {
    const quint64 request = ++m_eventsRequest;
    client::EventsApi(m_api).list(m_query, {this, [this, request](const Result<EventPage> &page) {
        if (request != m_eventsRequest)
            return; // the user has typed on since
        m_eventsMissing = !page;
        if (!page) {
            Q_EMIT eventsFailed(page.error().message);
            return;
        }
        m_total = page->total;
        m_totalPages = page->totalPages;
        for (const Event &e : page->events)
            for (const QString &tag : e.tags)
                if (!m_knownTags.contains(tag, Qt::CaseInsensitive))
                    m_knownTags.append(tag);
        m_knownTags.sort(Qt::CaseInsensitive);
        m_events.setEvents(page->events);
        Q_EMIT eventsLoaded();
    }});
}

void ClientSession::reloadBookings() {
    if (!signedIn())
        return applyBookings({});
    client::EventsApi(m_api).myBookings({this, [this](const Result<QList<Booking>> &r) {
        m_bookingsMissing = !r;
        if (r)
            applyBookings(*r);
    }});
}

void ClientSession::applyBookings(const QList<Booking> &all) {
    m_upcoming.setBookings(all);
    m_past.setBookings(all);
    m_events.setBooked(BookingListModel::confirmedEventIds(all));
    Q_EMIT bookingsLoaded();
}

void ClientSession::reloadNotifications() {
    if (!signedIn())
        return;
    client::NotificationsApi(m_api).list(1, 50, false, {this, [this](const Result<NotificationPage> &r) {
        m_notificationsMissing = !r;
        if (!r)
            return;
        m_notifications.setNotifications(r->items, r->unread);
        Q_EMIT notificationsLoaded();
    }});
}

void ClientSession::book(qint64 eventId, ApiClient::Done<Booking> done) {
    client::EventsApi(m_api).book(eventId, {this, [this, eventId, done](const Result<Booking> &r) {
        if (r) {
            m_events.setBooked(eventId, true);
            if (r->event)
                m_events.applySlots(eventId, r->event->availableSlots);
            reloadBookings();
        }
        done(r);
    }});
}

void ClientSession::cancel(qint64 eventId, ApiClient::Done<Booking> done) {
    client::EventsApi(m_api).cancel(eventId, {this, [this, eventId, done](const Result<Booking> &r) {
        if (r) {
            m_events.setBooked(eventId, false);
            reloadBookings();
        }
        done(r);
    }});
}

void ClientSession::markRead(qint64 id) {
    m_notifications.markRead(id);
    client::NotificationsApi(m_api).markRead(id, {this, [](const Result<Unit> &) {}});
}

void ClientSession::markAllRead() {
    m_notifications.markAllRead();
    client::NotificationsApi(m_api).markAllRead({this, [](const Result<Unit> &) {}});
}

void ClientSession::resync() {
    reloadEvents();
    reloadBookings();
    reloadNotifications();
    reloadWaitlist();
}

void ClientSession::reloadWaitlist() {
    if (!signedIn())
        return;
    const quint64 request = ++m_waitlistRequest;
    WaitlistApi(m_api).mine({this, [this, request](const Result<QList<WaitlistEntry>> &r) {
        if (!r || request != m_waitlistRequest) // a later reading is on its way
            return;
        m_waitlist = *r;
        Q_EMIT waitlistLoaded();
    }});
}

int ClientSession::waitingPosition(qint64 eventId) const {
    for (const WaitlistEntry &w : m_waitlist) {
        if (w.eventId == eventId)
            return w.position;
    }
    return 0;
}

void ClientSession::joinWaitlist(qint64 eventId, ApiClient::Done<WaitlistEntry> done) {
    WaitlistApi(m_api).join(eventId, {this, [this, eventId, done](const Result<WaitlistEntry> &r) {
        if (r) {
            m_waitlist.append(*r);
            if (r->event)
                m_events.applyWaitlist(eventId, r->event->waitlistCount);
            Q_EMIT waitlistLoaded();
            reloadWaitlist(); // and drops any older reading still on its way
        }
        done(r);
    }});
}

void ClientSession::leaveWaitlist(qint64 eventId, ApiClient::Done<Event> done) {
    WaitlistApi(m_api).leave(eventId, {this, [this, eventId, done](const Result<Event> &r) {
        if (r) {
            m_events.applyWaitlist(eventId, r->waitlistCount);
            reloadWaitlist();
        }
        done(r);
    }});
}

} // namespace eventbook::client
