#include "door_memory.h"

namespace eventbook::services {

std::optional<checkin::TicketState> DoorMemory::ticket(qint64 bookingId) {
    QMutexLocker lock(&m_mutex);
    const checkin::TicketState *t = m_tickets.object(bookingId);
    return t ? std::optional<checkin::TicketState>(*t) : std::nullopt;
}

void DoorMemory::remember(const checkin::TicketState &ticket) {
    QMutexLocker lock(&m_mutex);
    m_tickets.insert(ticket.bookingId, new checkin::TicketState(ticket));
}

void DoorMemory::forget(qint64 bookingId) {
    QMutexLocker lock(&m_mutex);
    m_tickets.remove(bookingId);
}

QString DoorMemory::callerKey(qint64 userId, const QString &sessionId, qint64 eventId) {
    return QStringLiteral("%1/%2/%3").arg(userId).arg(eventId).arg(sessionId);
}

std::optional<DoorMemory::Caller> DoorMemory::caller(qint64 userId, const QString &sessionId, qint64 eventId) {
    const QString key = callerKey(userId, sessionId, eventId);
    QMutexLocker lock(&m_mutex);
    const Caller *c = m_callers.object(key);
    return c ? std::optional<Caller>(*c) : std::nullopt;
}

void DoorMemory::remember(qint64 userId, const QString &sessionId, qint64 eventId, const Caller &caller) {
    const QString key = callerKey(userId, sessionId, eventId);
    QMutexLocker lock(&m_mutex);
    m_callers.insert(key, new Caller(caller));
}

void DoorMemory::forget(qint64 userId, const QString &sessionId, qint64 eventId) {
    const QString key = callerKey(userId, sessionId, eventId);
    QMutexLocker lock(&m_mutex);
    m_callers.remove(key);
}

} // namespace eventbook::services
