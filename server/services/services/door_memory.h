#pragma once

#include "eventbook/common/checkin.h"
#include "storage/user_access_sql.h"
#include "token_signer.h"

#include <QCache>
#include <QMutex>
#include <optional>

namespace eventbook::services {

// What this server last saw at the door: tickets' door state and the desks' callers as their rows
// were read. A scan's first try decides on it and writes only if the database still holds exactly
// that (ScanWriter's compare-and-set, the caller's columns included), so the usual scan is one
// statement instead of a read and a write; a wrong memory costs the read it saved and never a wrong
// answer. A ticket it never saw is first guessed as a fresh one, the common case at a door.
// Per server: other instances' scans make it miss, not err. Thread-safe; bounded (least recently used
// go first).
class DoorMemory {
public:
    struct Caller {
        storage::UserAccess row;
        std::optional<Role> scope; // on the desk's event
        storage::AccessSeen seen;
    };

    std::optional<checkin::TicketState> ticket(qint64 bookingId);
    void remember(const checkin::TicketState &ticket);
    void forget(qint64 bookingId);

    // A caller is remembered per token session and desk event.
    std::optional<Caller> caller(const AccessClaims &claims, qint64 eventId);
    void remember(const AccessClaims &claims, qint64 eventId, const Caller &caller);
    void forget(const AccessClaims &claims, qint64 eventId);

private:
    struct CallerKey {
        qint64 userId = 0;
        qint64 eventId = 0;
        QString sessionId;
        bool operator==(const CallerKey &) const = default;
    };
    friend size_t qHash(const CallerKey &k, size_t seed) noexcept {
        return qHashMulti(seed, k.userId, k.eventId, k.sessionId);
    }
    static CallerKey keyOf(const AccessClaims &claims, qint64 eventId) {
        return {claims.userId, eventId, claims.sessionId};
    }

    // ~200 bytes a ticket: a door of 100,000 people in some 20 MB.
    static constexpr qsizetype kTickets = 100'000;
    static constexpr qsizetype kCallers = 1'000;

    QMutex m_mutex;
    QCache<qint64, checkin::TicketState> m_tickets{kTickets};
    QCache<CallerKey, Caller> m_callers{kCallers};
};

} // namespace eventbook::services
