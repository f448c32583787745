#pragma once

#include "api/api_client.h"
#include "api/credential_store.h"
#include "api/live_client.h"
#include "models/booking_list_model.h"
#include "models/event_list_model.h"
#include "models/notification_list_model.h"

#include <QObject>
#include <memory>

namespace eventbook::client {

class AdminSession;

// What the app knows and how it stays current: the API and live clients, the stored session,
// and the models the windows show. Live messages are merged into the models in place; a
// resync (reconnect, gap, RESYNC) refetches what is on screen. Knows nothing of widgets.
class ClientSession : public QObject {
    Q_OBJECT
public:
    explicit ClientSession(const QUrl &server, CredentialStore *credentials, QObject *parent = nullptr);
    ~ClientSession() override;

    ApiClient &api() { return m_api; }
    LiveClient &live() { return m_live; }
    CredentialStore *credentials() const { return m_credentials; }
    EventListModel &events() { return m_events; }
    BookingListModel &upcoming() { return m_upcoming; }
    BookingListModel &past() { return m_past; }
    NotificationListModel &notifications() { return m_notifications; }
    // The admin console's tables and figures, kept current the same way (empty for non-admins).
    AdminSession &admin() { return *m_admin; }

    void setServerUrl(const QUrl &server);
    QUrl serverUrl() const { return m_api.serverUrl(); }

    // Starts the live connection and, when a refresh token is stored for this server, signs in
    // with it (sessionRestored or restoreFailed follows).
    void start();
    void signIn(const QString &email, const QString &password, bool remember, ApiClient::Done<User> done);
    void registerAccount(const QString &email, const QString &password, const QString &name, bool remember,
                         ApiClient::Done<User> done);
    void signOut();
    bool signedIn() const { return m_api.signedIn(); }

    // Browse: the query in effect and its page.
    const EventListQuery &query() const { return m_query; }
    void setQuery(const EventListQuery &query);
    void reloadEvents();
    int totalEvents() const { return m_total; }
    int totalPages() const { return m_totalPages; }
    QStringList knownTags() const { return m_knownTags; }

    void reloadBookings();
    void reloadNotifications();
    void book(qint64 eventId, ApiClient::Done<Booking> done);
    void cancel(qint64 eventId, ApiClient::Done<Booking> done);
    // My places on waiting lists (position 1: the next seat is mine).
    const QList<WaitlistEntry> &waitlist() const { return m_waitlist; }
    int waitingPosition(qint64 eventId) const; // 0: not waiting
    void reloadWaitlist();
    void joinWaitlist(qint64 eventId, ApiClient::Done<WaitlistEntry> done);
    void leaveWaitlist(qint64 eventId, ApiClient::Done<Event> done);
    void markRead(qint64 id);
    void markAllRead();

Q_SIGNALS:
    void eventsLoaded();
    void eventsFailed(const QString &message);
    void bookingsLoaded();
    void notificationsLoaded();
    void waitlistLoaded();
    void promoted(qint64 eventId, const QString &title); // a seat came free and is mine now
    void userChanged();             // signed in, out, or the profile changed
    void sessionEnded(const QString &reason);
    void notificationReceived(const QString &title);
    void eventsTouched(qint64 eventId); // an event's data changed (detail panes refresh)

private:
    void wireLive();
    void restore(const QString &refreshToken);
    void afterSignIn(bool remember);
    // The stored token, bookings and inbox of whoever was signed in: gone.
    void forgetUser();
    void applyBookings(const QList<Booking> &all);
    void resync();

    ApiClient m_api;
    LiveClient m_live;
    CredentialStore *m_credentials;
    EventListModel m_events;
    BookingListModel m_upcoming{BookingListModel::Scope::Upcoming};
    BookingListModel m_past{BookingListModel::Scope::Past};
    NotificationListModel m_notifications;
    QList<WaitlistEntry> m_waitlist;
    quint64 m_waitlistRequest = 0; // answers to superseded readings are dropped
    EventListQuery m_query;
    int m_total = 0;
    int m_totalPages = 0;
    quint64 m_eventsRequest = 0; // answers to superseded queries are dropped
    QStringList m_knownTags;
    bool m_remember = false;
    QString m_pendingRestore; // a stored session to restore once the server answers
    // The last load of each failed: fetched again when the live connection comes up.
    bool m_eventsMissing = false;
    bool m_bookingsMissing = false;
    bool m_notificationsMissing = false;
    std::unique_ptr<AdminSession> m_admin; // last: it listens to everything above
};

} // namespace eventbook::client
