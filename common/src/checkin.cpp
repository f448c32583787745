#include "eventbook/common/checkin.h"

#include <array>
#include <utility>

namespace eventbook::checkin {
namespace {
constexpr std::array<std::pair<Verdict, const char *>, 10> kVerdicts{{
    {Verdict::Admitted, "admitted"},
    {Verdict::Exited, "exited"},
    {Verdict::AlreadyInside, "already_inside"},
    {Verdict::NotInside, "not_inside"},
    {Verdict::Conflict, "conflict"},
    {Verdict::NotAdmitted, "not_admitted"},
    {Verdict::Revoked, "revoked"},
    {Verdict::WrongEvent, "wrong_event"},
    {Verdict::Forged, "forged"},
    {Verdict::Invalid, "invalid"},
}};
} // namespace

Verdict decide(const TicketState &ticket, qint64 deskEventId, Direction direction,
               std::optional<bool> offlineAdmitted) {
    if (ticket.eventId != deskEventId)
        return Verdict::WrongEvent;
    if (direction == Direction::Exit)
        return ticket.inside ? Verdict::Exited : Verdict::NotInside;
    if (offlineAdmitted && !*offlineAdmitted)
        return Verdict::NotAdmitted;
    if (!ticket.confirmed)
        // A desk that let a revoked ticket in from a stale manifest cannot undo it; the scan is
        // kept under this verdict, and nobody is counted in.
        return Verdict::Revoked;
    if (ticket.inside)
        return offlineAdmitted ? Verdict::Conflict : Verdict::AlreadyInside;
    return Verdict::Admitted;
}

TicketState apply(TicketState ticket, Verdict verdict, const QDateTime &at, const QString &device) {
    switch (verdict) {
    case Verdict::Admitted:
    case Verdict::Conflict:
        ++ticket.entries;
        ticket.inside = true;
        ticket.conflict = ticket.conflict || verdict == Verdict::Conflict;
        if (!ticket.firstAt)
            ticket.firstAt = at;
        break;
    case Verdict::Exited:
        ticket.inside = false;
        break;
    default:
        return ticket;
    }
    ticket.lastAt = at;
    ticket.lastDevice = device;
    return ticket;
}

bool admits(Verdict v) {
    return v == Verdict::Admitted || v == Verdict::Exited;
}

QString verdictName(Verdict v) {
    for (const auto &[verdict, name] : kVerdicts) {
        if (verdict == v)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Verdict> verdictFromName(const QString &name) {
    for (const auto &[verdict, text] : kVerdicts) {
        if (name == QLatin1StringView(text))
            return verdict;
    }
    return std::nullopt;
}

QString directionName(Direction d) {
    return d == Direction::Entry ? QStringLiteral("entry") : QStringLiteral("exit");
}

std::optional<Direction> directionFromName(const QString &name) {
    if (name == QLatin1StringView("entry"))
        return Direction::Entry;
    if (name == QLatin1StringView("exit"))
        return Direction::Exit;
    return std::nullopt;
}

} // namespace eventbook::checkin
