#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

// Door check-in (issue 19): the words of a scan and the one rule that decides it. The server
// decides online scans with it; the desktop desk decides with the same rule while offline, so
// the two never disagree about a ticket they see in the same state.
namespace eventbook::checkin {

enum class Direction { Entry, Exit };

enum class Verdict {
    Admitted,         // entry accepted (first entry, or again after an exit)
    Exited,           // exit accepted
    AlreadyInside,    // entry refused: the ticket is inside (checked in and not out)
    NotInside,        // exit refused: the ticket is not inside
    Conflict,         // an offline admission of a ticket another desk had admitted: kept and flagged
    NotAdmitted,      // an offline scan whose desk turned the holder away: kept, changes nothing
    Revoked,          // the booking is cancelled
    WrongEvent,       // a good ticket for another event than the desk's
    Forged,           // the signature does not verify
    Invalid,          // not an EventBook ticket at all
};

// One scan at a desk. Its nonce, chosen by the desk, makes a retried upload the same scan.
struct Scan {
    qint64 id = 0; // the server's; 0 for a scan not yet uploaded
    qint64 eventId = 0;
    qint64 bookingId = 0;
    QString nonce;
    QString deviceId;
    Direction direction = Direction::Entry;
    Verdict verdict = Verdict::Admitted;
    bool offline = false;
    QDateTime scannedAt;
    QDateTime recordedAt;
    qint64 recordedBy = 0;
    QString holder;
    QString recorderName;
};

// A ticket's state at the door: what a decision needs and what a desk shows.
struct TicketState {
    qint64 bookingId = 0;
    qint64 eventId = 0;
    QString holder;
    bool confirmed = true;
    int entries = 0; // admissions so far (a conflict counts: someone came in)
    bool inside = false;
    std::optional<QDateTime> firstAt;
    std::optional<QDateTime> lastAt;
    QString lastDevice;
    bool conflict = false;
};

// Occupancy of one event. `scans` counts every recorded scan and only grows: of two answers, the
// one with more scans is the newer, whatever order they arrive in.
struct Occupancy {
    qint64 eventId = 0;
    int tickets = 0;   // confirmed bookings
    int checkedIn = 0; // tickets admitted at least once
    int present = 0;   // tickets inside now (entries minus exits)
    int conflicts = 0; // tickets flagged
    qint64 scans = 0;
};

// The decision for a scan of a genuine ticket of `ticket.eventId` at a desk of `deskEventId`.
// `offlineAdmitted`: for a scan a desk already acted on offline, whether it let the holder in.
Verdict decide(const TicketState &ticket, qint64 deskEventId, Direction direction,
               std::optional<bool> offlineAdmitted = std::nullopt);
// The state after a decision at `at` by `device` (unchanged for refusals).
TicketState apply(TicketState ticket, Verdict verdict, const QDateTime &at, const QString &device);

bool admits(Verdict v); // the holder may pass (Admitted, Exited)
QString verdictName(Verdict v); // "admitted", "already_inside", …
std::optional<Verdict> verdictFromName(const QString &name);
QString directionName(Direction d); // "entry", "exit"
std::optional<Direction> directionFromName(const QString &name);

} // namespace eventbook::checkin
