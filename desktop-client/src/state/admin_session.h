#pragma once

#include "api/admin_api.h"
#include "eventbook/common/domain.h"
#include "models/row_table_model.h"

#include <QObject>
#include <QTimer>

namespace eventbook::client {

class ClientSession;

// What the admin console knows and how it stays current, beside ClientSession: the tables of
// events, one event's attendees, users and audit entries, and the dashboard's figures. It fetches
// them, merges live messages in place (seat counts) or refetches, debounced, what a message
// changed, and forgets everything when the signed-in user is no admin. The pages only show it
// (they give the tables their columns) and send commands. Knows nothing of widgets.
class AdminSession : public QObject {
    Q_OBJECT
public:
    using EventTable = RowTableModel<Event>;
    using BookingTable = RowTableModel<Booking>;
    using UserTable = RowTableModel<User>;
    using AuditTable = RowTableModel<AuditEntry>;

    static constexpr int kEventPageSize = 50; // events are fetched page by page until all are in
    static constexpr int kDashboardDays = 30;
    static constexpr int kDashboardUpcoming = 8;

    explicit AdminSession(ClientSession &session, QObject *parent = nullptr);

    // The signed-in user's standing: admins see everything, organisers their events' tables and
    // dashboard, staff their events' attendees; attendees nothing here.
    Role role() const;
    bool isAdmin() const;
    // Whether the user works on the event (admins: every event).
    bool inScope(qint64 eventId) const;

    // Every event, past ones too. Live: seats change in place, an edited event is fetched
    // alone, others (created, deleted, resync) reload the list.
    EventTable &events() { return m_events; }
    void reloadEvents();
    bool eventsWanted() const { return m_eventsWanted; }
    void deleteEvent(const Event &event, ReplyTo<Unit> done);

    // The bookings of one event; live: a booking or cancellation for it reloads them.
    BookingTable &attendees() { return m_attendees; }
    void showAttendees(qint64 eventId);
    qint64 attendeesEvent() const { return m_attendeesEvent; }
    void reloadAttendees();

    // One page of users or of the audit log (no live messages carry these: the page reloads).
    UserTable &users() { return m_users; }
    void loadUsers(int page, int limit, const QString &search);
    qint64 usersTotal() const { return m_usersTotal; }
    AuditTable &audit() { return m_audit; }
    void loadAudit(const AuditQuery &query);
    qint64 auditTotal() const { return m_auditTotal; }

    // The dashboard's figures; live: any booking or event change refreshes them (debounced).
    void reloadDashboard();
    const DashboardStats &stats() const { return m_stats; }
    const QList<DailyBookings> &daily() const { return m_daily; }
    const QList<Event> &upcoming() const { return m_upcoming; }

Q_SIGNALS:
    void eventsLoaded();
    void eventsFailed(const QString &message);
    void attendeesLoaded(int confirmed);
    void attendeesFailed(const QString &message);
    void usersLoaded();
    void usersFailed(const QString &message);
    void auditLoaded();
    void auditFailed(const QString &message);
    void statsLoaded();
    void dailyLoaded();
    void upcomingLoaded();
    void dashboardRefreshed(); // all three parts answered (or failed)
    void dashboardFailed(const QString &message);

private:
    void wireLive();
    void loadEventPage(int page, QList<Event> sofar, quint64 request);
    void dashboardPartDone();
    void forget();

    QList<Event> scoped(const QList<Event> &events) const;

    ClientSession &m_session;
    Role m_seenRole = Role::Attendee;
    QList<qint64> m_seenScopes;
    EventTable m_events;
    BookingTable m_attendees;
    UserTable m_users;
    AuditTable m_audit;
    DashboardStats m_stats;
    QList<DailyBookings> m_daily;
    QList<Event> m_upcoming;
    qint64 m_attendeesEvent = 0;
    qint64 m_usersTotal = 0;
    qint64 m_auditTotal = 0;
    // Answers to superseded requests are dropped.
    quint64 m_eventsRequest = 0;
    quint64 m_attendeesRequest = 0;
    quint64 m_usersRequest = 0;
    quint64 m_auditRequest = 0;
    quint64 m_dashboardRequest = 0;
    int m_dashboardPending = 0;
    // What has been shown once is kept current; the rest is not fetched on every message.
    bool m_eventsWanted = false;
    bool m_dashboardWanted = false;
    QTimer m_eventsSoon;
    QTimer m_attendeesSoon;
    QTimer m_dashboardSoon;
};

} // namespace eventbook::client
