#include "admin_session.h"

#include "api/events_api.h"
#include "client_session.h"

#include <QDateTime>
#include <algorithm>
#include <iterator>

namespace eventbook::client {

AdminSession::AdminSession(ClientSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_events([](const Event &e) { return e.id; }, this)
    , m_attendees([](const Booking &b) { return b.id; }, this)
    , m_users([](const User &u) { return u.id; }, this)
    , m_audit([](const AuditEntry &a) { return a.id; }, this) {
    for (auto [timer, ms] : {std::pair{&m_eventsSoon, 300}, {&m_attendeesSoon, 150}, {&m_dashboardSoon, 400}}) {
        timer->setSingleShot(true);
        timer->setInterval(ms);
    }
    connect(&m_eventsSoon, &QTimer::timeout, this, &AdminSession::reloadEvents);
    connect(&m_attendeesSoon, &QTimer::timeout, this, &AdminSession::reloadAttendees);
    connect(&m_dashboardSoon, &QTimer::timeout, this, &AdminSession::reloadDashboard);
    wireLive();
    // Whoever signs in after an admin sees none of it, and nothing is fetched for them. A change
    // of role or scope (granted while signed in) reloads what is shown for the new standing.
    connect(&session, &ClientSession::userChanged, this, [this] {
        const Role now = role();
        QList<qint64> scopes;
        for (const EventScope &s : m_session.api().user().scopes)
            scopes.append(s.eventId);
        const bool changed = now != m_seenRole || scopes != m_seenScopes;
        m_seenRole = now;
        m_seenScopes = scopes;
        if (now < Role::Staff)
            return forget();
        if (!changed)
            return;
        if (m_eventsWanted)
            reloadEvents();
        if (m_attendeesEvent > 0 && !inScope(m_attendeesEvent))
            showAttendees(0);
        if (m_dashboardWanted && now >= Role::Organiser)
            reloadDashboard();
    });
}

Role AdminSession::role() const {
    if (!m_session.api().signedIn())
        return Role::Attendee;
    const User &u = m_session.api().user();
    return u.isAdmin ? Role::Admin : u.role;
}

bool AdminSession::isAdmin() const {
    return role() == Role::Admin;
}

bool AdminSession::inScope(qint64 eventId) const {
    if (role() == Role::Admin)
        return true;
    if (role() < Role::Staff)
        return false;
    const QList<EventScope> &scopes = m_session.api().user().scopes;
    return std::any_of(scopes.begin(), scopes.end(), [eventId](const EventScope &s) { return s.eventId == eventId; });
}

QList<Event> AdminSession::scoped(const QList<Event> &events) const {
    if (isAdmin())
        return events;
    QList<Event> out;
    std::copy_if(events.begin(), events.end(), std::back_inserter(out), [this](const Event &e) { return inScope(e.id); });
    return out;
}

void AdminSession::forget() {
    m_eventsWanted = m_dashboardWanted = false;
    ++m_eventsRequest;
    ++m_attendeesRequest;
    ++m_usersRequest;
    ++m_auditRequest;
    ++m_dashboardRequest;
    m_dashboardPending = 0;
    for (QTimer *t : {&m_eventsSoon, &m_attendeesSoon, &m_dashboardSoon})
        t->stop();
    m_events.setRows({});
    m_attendees.setRows({});
    m_users.setRows({});
    m_audit.setRows({});
    m_attendeesEvent = 0;
    m_usersTotal = m_auditTotal = 0;
    m_stats = {};
    m_daily.clear();
    m_upcoming.clear();
}

void AdminSession::wireLive() {
    LiveClient &live = m_session.live();
    connect(&live, &LiveClient::slotsChanged, this, [this](qint64 id, int slots) {
        m_events.modifyRow(id, [slots](Event &e) { e.availableSlots = slots; });
        if (m_dashboardWanted && role() >= Role::Organiser)
            m_dashboardSoon.start();
    });
    connect(&live, &LiveClient::eventChanged, this, [this](LiveClient::EventChange change, qint64 id) {
        if (m_dashboardWanted && role() >= Role::Organiser)
            m_dashboardSoon.start();
        if (!m_eventsWanted || role() < Role::Staff)
            return;
        // An edit changes one row: fetch that event, not every page of them.
        if (change == LiveClient::EventChange::Updated && m_events.rowOf(id) >= 0) {
            EventsApi(m_session.api()).get(id, {this, [this](const Result<Event> &e) {
                if (e)
                    m_events.updateRow(*e);
            }});
            return;
        }
        m_eventsSoon.start();
    });
    connect(&live, &LiveClient::bookingChanged, this, [this](LiveClient::BookingChange, qint64 eventId) {
        if (eventId == m_attendeesEvent && inScope(eventId))
            m_attendeesSoon.start();
    });
    connect(&live, &LiveClient::resyncNeeded, this, [this] {
        if (role() < Role::Staff)
            return;
        if (m_eventsWanted)
            m_eventsSoon.start();
        if (m_attendeesEvent > 0)
            m_attendeesSoon.start();
        if (m_dashboardWanted)
            m_dashboardSoon.start();
    });
}

void AdminSession::reloadEvents() {
    if (role() < Role::Staff)
        return;
    m_eventsWanted = true;
    loadEventPage(1, {}, ++m_eventsRequest);
}

void AdminSession::loadEventPage(int page, QList<Event> sofar, quint64 request) {
    EventListQuery q;
    q.page = page;
    q.limit = kEventPageSize;
    q.sort = QStringLiteral("date");
    EventsApi(m_session.api()).list(q, {this, [this, page, sofar, request](const Result<EventPage> &r) mutable {
        if (request != m_eventsRequest)
            return;
        if (!r)
            return Q_EMIT eventsFailed(r.error().message);
        sofar.append(r->events);
        if (page < r->totalPages)
            return loadEventPage(page + 1, sofar, request);
        // Organisers and staff work on the events they are scoped to (the server checks it again).
        m_events.setRows(scoped(sofar));
        Q_EMIT eventsLoaded();
    }});
}

void AdminSession::deleteEvent(const Event &event, ReplyTo<Unit> done) {
    AdminApi(m_session.api()).deleteEvent(event.id, ReplyTo<Unit>(this, [this, done](const Result<Unit> &r) {
        if (r)
            reloadEvents();
        done(r);
    }));
}

void AdminSession::showAttendees(qint64 eventId) {
    m_attendeesEvent = eventId;
    reloadAttendees();
}

void AdminSession::reloadAttendees() {
    const quint64 request = ++m_attendeesRequest;
    if (m_attendeesEvent <= 0 || !inScope(m_attendeesEvent)) {
        m_attendees.setRows({});
        return;
    }
    AdminApi(m_session.api()).eventBookings(m_attendeesEvent, {this, [this, request](const Result<QList<Booking>> &r) {
        if (request != m_attendeesRequest)
            return;
        if (!r)
            return Q_EMIT attendeesFailed(r.error().message);
        m_attendees.setRows(*r);
        int confirmed = 0;
        for (const Booking &b : *r)
            confirmed += b.status == BookingStatus::Confirmed;
        Q_EMIT attendeesLoaded(confirmed);
    }});
}

void AdminSession::loadUsers(int page, int limit, const QString &search) {
    const quint64 request = ++m_usersRequest;
    AdminApi(m_session.api()).users(page, limit, search, {this, [this, request](const Result<UserPage> &r) {
        if (request != m_usersRequest)
            return;
        if (!r)
            return Q_EMIT usersFailed(r.error().message);
        m_users.setRows(r->users);
        m_usersTotal = r->total;
        Q_EMIT usersLoaded();
    }});
}

void AdminSession::loadAudit(const AuditQuery &query) {
    const quint64 request = ++m_auditRequest;
    AdminApi(m_session.api()).auditLog(query, {this, [this, request](const Result<AuditPage> &r) {
        if (request != m_auditRequest)
            return;
        if (!r)
            return Q_EMIT auditFailed(r.error().message);
        m_audit.setRows(r->logs);
        m_auditTotal = r->total;
        Q_EMIT auditLoaded();
    }});
}

void AdminSession::dashboardPartDone() {
    if (--m_dashboardPending == 0)
        Q_EMIT dashboardRefreshed();
}

void AdminSession::reloadDashboard() {
    if (role() < Role::Organiser)
        return;
    m_dashboardWanted = true;
    m_dashboardPending = 3;
    const quint64 request = ++m_dashboardRequest;
    AdminApi admin(m_session.api());
    admin.stats({this, [this, request](const Result<DashboardStats> &r) {
        if (request != m_dashboardRequest)
            return;
        if (r) {
            m_stats = *r;
            Q_EMIT statsLoaded();
        } else {
            Q_EMIT dashboardFailed(r.error().message);
        }
        dashboardPartDone();
    }});
    admin.dailyBookings(kDashboardDays, {this, [this, request](const Result<QList<DailyBookings>> &r) {
        if (request != m_dashboardRequest)
            return;
        if (r) {
            m_daily = *r;
            Q_EMIT dailyLoaded();
        }
        dashboardPartDone();
    }});
    EventListQuery q;
    // An organiser's next events are among the next hundred of everyone's: the list is public.
    q.limit = isAdmin() ? kDashboardUpcoming : 100;
    q.sort = QStringLiteral("date");
    q.from = QDateTime::currentDateTimeUtc();
    EventsApi(m_session.api()).list(q, {this, [this, request](const Result<EventPage> &r) {
        if (request != m_dashboardRequest)
            return;
        if (r) {
            m_upcoming = scoped(r->events).mid(0, kDashboardUpcoming);
            Q_EMIT upcomingLoaded();
        }
        dashboardPartDone();
    }});
}

} // namespace eventbook::client
