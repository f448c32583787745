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

std::optional<DoorMemory::Caller> DoorMemory::caller(const AccessClaims &claims, qint64 eventId) {
    QMutexLocker lock(&m_mutex);
    const Caller *c = m_callers.object(keyOf(claims, eventId));
    return c ? std::optional<Caller>(*c) : std::nullopt;
}

void DoorMemory::remember(const AccessClaims &claims, qint64 eventId, const Caller &caller) {
    QMutexLocker lock(&m_mutex);
    m_callers.insert(keyOf(claims, eventId), new Caller(caller));
}

void DoorMemory::forget(const AccessClaims &claims, qint64 eventId) {
    QMutexLocker lock(&m_mutex);
    m_callers.remove(keyOf(claims, eventId));
}

} // namespace eventbook::services
