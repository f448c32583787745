#include "scan_answer_json.h"

#include "eventbook/common/checkin_codecs.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"

namespace eventbook::http {
namespace k = eventbook::keys;
using checkin::Verdict;

QString scanMessage(const services::ScanAnswer &a) {
    if (!a.refusal.isEmpty())
        return a.refusal;
    const QString name = a.ticket ? a.ticket->holder : QString();
    switch (a.verdict) {
    case Verdict::Admitted:
        return a.ticket && a.ticket->entries > 1 ? QStringLiteral("Welcome back, %1").arg(name)
                                                 : QStringLiteral("Welcome, %1").arg(name);
    case Verdict::Exited:
        return QStringLiteral("Goodbye, %1: checked out").arg(name);
    case Verdict::AlreadyInside:
        if (a.before && a.before->lastAt)
            return QStringLiteral("%1 is already checked in (%2 at desk %3)")
                .arg(name, codec::formatTime(*a.before->lastAt), a.before->lastDevice);
        return QStringLiteral("%1 is already checked in").arg(name);
    case Verdict::NotInside:
        return QStringLiteral("%1 is not checked in: no exit recorded").arg(name);
    case Verdict::Conflict:
        return QStringLiteral("%1 was admitted offline while already inside: flagged for review").arg(name);
    case Verdict::NotAdmitted:
        return QStringLiteral("Recorded: %1 was turned away at the desk").arg(name);
    case Verdict::Revoked:
        return QStringLiteral("Revoked ticket: this booking is cancelled");
    case Verdict::WrongEvent:
        return QStringLiteral("This ticket is for another event");
    case Verdict::Forged:
        return QStringLiteral("Forged ticket: its signature does not match");
    case Verdict::Invalid:
        return QStringLiteral("Not an EventBook ticket");
    }
    return {};
}

QJsonObject scanAnswerJson(const services::ScanAnswer &a) {
    QJsonObject o{{k::result, checkin::verdictName(a.verdict)},
                  {k::admitted, checkin::admits(a.verdict)},
                  {k::message, scanMessage(a)},
                  {k::replayed, a.replayed},
                  {k::nonce, a.scan.nonce},
                  {k::deviceId, a.scan.deviceId},
                  {k::direction, checkin::directionName(a.scan.direction)},
                  {k::offline, a.scan.offline},
                  {k::at, codec::formatTime(a.scan.scannedAt)},
                  {k::eventId, a.scan.eventId}};
    if (a.ticket) {
        o.insert(k::bookingId, a.ticket->bookingId);
        o.insert(k::holder, a.ticket->holder);
        o.insert(k::ticket, codec::ticketState(*a.ticket));
    }
    if (a.scan.id > 0)
        o.insert(k::recordedAt, codec::formatTime(a.scan.recordedAt));
    if (a.before && a.before->lastAt)
        o.insert(k::previous, QJsonObject{{k::at, codec::formatTime(*a.before->lastAt)},
                                          {k::deviceId, a.before->lastDevice}});
    if (a.occupancy)
        o.insert(k::occupancy, codec::occupancy(*a.occupancy));
    return o;
}

} // namespace eventbook::http
