#include "door_scan.h"

#include "storage/time_codec.h"

namespace eventbook::services {
using checkin::Verdict;

ScanAnswer refusal(Verdict verdict, const ScanInput &input) {
    ScanAnswer a;
    a.verdict = verdict;
    a.scan.nonce = input.nonce;
    a.scan.deviceId = input.deviceId;
    a.scan.direction = input.direction;
    a.scan.verdict = verdict;
    a.scan.scannedAt = input.at;
    a.scan.eventId = input.deskEventId;
    return a;
}

ScanDecision decideScan(const checkin::TicketState &before, Verdict verdict, const ScanInput &input,
                        qint64 recordedBy) {
    ScanDecision d;
    ScanAnswer &a = d.answer;
    a.verdict = verdict;
    a.ticket = checkin::apply(before, verdict, input.at, input.deviceId);
    if (verdict == Verdict::AlreadyInside || verdict == Verdict::Conflict)
        a.before = before;
    const checkin::TicketState &after = *a.ticket;
    a.scan.eventId = before.eventId;
    a.scan.bookingId = before.bookingId;
    a.scan.nonce = input.nonce;
    a.scan.deviceId = input.deviceId;
    a.scan.direction = input.direction;
    a.scan.verdict = verdict;
    a.scan.offline = input.offlineAdmitted.has_value();
    a.scan.scannedAt = input.at;
    a.scan.recordedAt = storage::fromMs(storage::nowMs());
    a.scan.recordedBy = recordedBy;
    a.scan.holder = before.holder;

    storage::ScanWrite &write = d.write;
    write.before = before;
    if (after.entries != before.entries || after.inside != before.inside || after.conflict != before.conflict ||
        after.lastAt != before.lastAt)
        write.after = after;
    write.scan = a.scan;
    write.change.checkedIn = before.entries == 0 && after.entries > 0 ? 1 : 0;
    write.change.present = int(after.inside) - int(before.inside);
    write.change.conflicts = !before.conflict && after.conflict ? 1 : 0;
    write.change.scans = 1;
    return d;
}

} // namespace eventbook::services
