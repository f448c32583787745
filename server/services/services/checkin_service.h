#pragma once

#include "actor.h"
#include "eventbook/common/checkin.h"
#include "eventbook/common/result.h"
#include "live_feed.h"
#include "occupancy_gate.h"
#include "ticket_signer.h"
#include "token_signer.h"

namespace eventbook::storage {
class Database;
struct ScanWrite;
struct ScanWritten;
} // namespace eventbook::storage

namespace eventbook::services {

class DoorMemory;
struct ScanDecision;

// A scan as a desk sends it: a ticket's secret, or (a ticket left at home, found by name) its
// booking id.
struct ScanInput {
    QString secret;
    qint64 bookingId = 0;
    QString nonce;
    QString deviceId;
    checkin::Direction direction = checkin::Direction::Entry;
    QDateTime at;
    qint64 deskEventId = 0;                // the event the desk admits to; access to it is checked
    std::optional<bool> offlineAdmitted;   // an upload of a scan decided offline: what the desk did
};

struct ScanAnswer {
    checkin::Verdict verdict = checkin::Verdict::Invalid;
    bool replayed = false; // the nonce was uploaded before: this is that scan's answer
    // The ticket after the scan; absent for tickets that are not this event's or not genuine.
    std::optional<checkin::TicketState> ticket;
    std::optional<checkin::TicketState> before; // AlreadyInside: when and where it came in
    checkin::Scan scan;
    std::optional<checkin::Occupancy> occupancy;
    QString refusal; // a batch item refused for itself (a nonce reused), said instead of the verdict's words
};

// A door's caller as far as the request could tell without the database: a genuine, unexpired
// access token, and the address. Its row (token version, session, role, scope on the desk's event)
// is checked by the scan's first read, in the same round trip as the ticket.
struct DoorCaller {
    AccessClaims claims;
    QString ip;
};

// The manifest a desk keeps for offline decisions: one page of tickets, then either the next
// page's cursor or the delta cursor to ask with later.
struct ManifestPage {
    QList<checkin::TicketState> tickets;
    QString next;   // more pages of this listing
    QString cursor; // the listing is complete; changes after it come with this
};

// The door (issue 19): scans decided once, atomically per ticket and idempotently per nonce;
// the desks' manifest; occupancy and its live messages.
class CheckinService {
public:
    CheckinService(storage::Database &db, const TicketSigner &signer, LiveFeed *live, OccupancyGate &gate,
                   DoorMemory &memory)
        : m_db(db)
        , m_signer(signer)
        , m_live(live)
        , m_gate(gate)
        , m_memory(memory) {}

    Result<ScanAnswer> redeem(const ScanInput &input, const Actor &actor);
    // The same for a caller whose row is not checked yet: 401/403 as the access check would have
    // answered, before anything is decided or written. A scan naming no desk event (deskEventId 0)
    // is for the event its ticket's signature names.
    Result<ScanAnswer> redeem(const ScanInput &input, const DoorCaller &caller);
    // The door's access check on reads of its own, for answers that read no ticket: at least staff,
    // and with `eventId` a scope on that event.
    Result<Actor> admit(const DoorCaller &caller, std::optional<qint64> eventId);
    // Each scan in its own transaction, in order; one OCCUPANCY at the end.
    Result<QList<ScanAnswer>> batch(const QList<ScanInput> &scans, const Actor &actor);
    // VALIDATION_ERROR for a cursor this server did not make.
    Result<ManifestPage> manifest(qint64 eventId, const QString &cursor, int limit);
    Result<checkin::Occupancy> occupancy(qint64 eventId);
    Result<QList<checkin::TicketState>> search(qint64 eventId, const QString &needle);
    // Flagged tickets with every scan of each.
    Result<QList<std::pair<checkin::TicketState, QList<checkin::Scan>>>> conflicts(qint64 eventId);
    Result<QList<checkin::Scan>> scanPage(qint64 eventId, qint64 afterId, int limit);

private:
    Result<ScanAnswer> redeemAs(const ScanInput &input, Actor actor, const DoorCaller *unchecked);
    // With `unchecked`, the caller is admitted first (into `actor`).
    Result<ScanAnswer> scanOne(const ScanInput &input, Actor actor, const DoorCaller *unchecked = nullptr);
    // Empty when the write lost a race (the ticket changed, or the nonce was taken): try again.
    // With `unchecked`, its row is read with the ticket and admitted into `actor` before deciding.
    Result<std::optional<ScanAnswer>> decideOnce(const ScanInput &input, qint64 bookingId, Actor &actor,
                                                 const DoorCaller *unchecked);
    // On the ticket and caller as this server last saw them (a ticket never seen: as a fresh one of
    // `signedEvent`), in one statement. Empty when the database holds something else: read then.
    Result<std::optional<ScanAnswer>> decideRemembered(const ScanInput &input, qint64 bookingId, qint64 signedEvent,
                                                       Actor &actor, const DoorCaller *unchecked);
    // Records a decision; the answer with the scan's id and figures, or empty if the write lost.
    Result<std::optional<ScanAnswer>> recorded(ScanDecision &&d);
    // A decided scan, atomically: alone where it is one statement, in a transaction elsewhere.
    Result<std::optional<storage::ScanWritten>> record(const storage::ScanWrite &write);

    static constexpr int kAttempts = 16;
    // Hands the scans to the gate (CHECKIN and OCCUPANCY go out from there) and reads the figures
    // after them for the answer.
    std::optional<checkin::Occupancy> publishScans(qint64 eventId, const QList<QJsonObject> &scans);

    storage::Database &m_db;
    const TicketSigner &m_signer;
    LiveFeed *m_live;
    OccupancyGate &m_gate;
    DoorMemory &m_memory;
};

} // namespace eventbook::services
